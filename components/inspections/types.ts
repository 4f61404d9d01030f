import type { ChecklistStandard } from "@/lib/generated/prisma/enums";
import type { ItemResultValue } from "@/lib/inspections/constants";

import type { FindingView } from "@/lib/inspections/findings/view";

export type { FindingView };

/** `href`: where a file is read (records have none here); `size` already formatted; `image`: shown as a thumbnail. */
export type EvidenceView = {
  id: string;
  kind: "RECORD" | "FILE";
  label: string;
  caption: string;
  href: string | null;
  size: string | null;
  image: boolean;
};

/** One checklist item as the page hands it to the client. */
export type ItemView = {
  id: string;
  code: string;
  /** With clauseGroup, what the live score needs (lib/inspections/scoring/score.ts). */
  standard: ChecklistStandard;
  clauseGroup: string;
  clause: string;
  title: string;
  guidance: string;
  result: ItemResultValue | null;
  note: string;
  version: number;
  savedBy: string | null;
  savedAt: string | null;
  finding: FindingView | null;
  evidence: EvidenceView[];
};

export type ItemGroup = { key: string; standardLabel: string; label: string; items: ItemView[] };
