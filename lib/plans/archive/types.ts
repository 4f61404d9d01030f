import type { Scope } from "@/lib/auth/actor";
import type { Translator } from "@/lib/i18n/translator";
import type { MessageKey } from "@/lib/i18n";
import type { ZipEntry } from "@/lib/official/zip";
import type { ArchivePlan } from "./data";

/** What the index says of an entry besides its path, size and hash (lib/plans/archive/index-files.ts). */
export type ArchiveKind =
  | "approvalDecision"
  | "planPaper"
  | "requestLetter"
  | "correctionLetter"
  | "record"
  | "annualReport"
  | "minutes"
  | "correctiveEvidence"
  | "correctiveSummary"
  | "yearReport"
  | "checksums";

/**
 * One file of the archive: a ZIP entry (bytes given whole, or a stream opened only when its turn comes) with
 * the index's columns. `paperDate` is the paper's own date as dd/MM/yyyy ("" when it has none).
 */
export type ArchiveEntry = ZipEntry & { kind: ArchiveKind; unit: string | null; paperDate: string };

/**
 * What every section reads from: the caller's scope (every query of a section takes it), the plan as the
 * scope sees it, the Vietnamese translator (the archive's papers are Vietnamese whatever the reader's
 * language), and `unique`, which makes a path unique in the whole archive (a second "a.pdf" becomes "a (2).pdf").
 */
export type ArchiveContext = {
  scope: Scope;
  plan: ArchivePlan;
  t: Translator<MessageKey>;
  unique: (path: string) => string;
};

/**
 * A folder of the archive, e.g. "03-ho-so-don-vi": its entries produced one at a time, as the reader takes
 * them (an async generator renders a paper or opens a stored file only when the archive asks for it).
 */
export type ArchiveSection = { folder: string; entries: (ctx: ArchiveContext) => AsyncIterable<ArchiveEntry> };
