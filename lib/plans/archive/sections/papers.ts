import "server-only";
import { formatCalendarDate } from "@/lib/dates";
import type { OfficialDocument } from "@/lib/official/model";
import { renderDocx } from "@/lib/official/render/docx";
import { renderPdf } from "@/lib/official/render/pdf";
import { getPlanPapers, paperNumber, type PlanPapers } from "@/lib/plans/papers/data";
import {
  checkDecisionDocument,
  correctionLetterDocument,
  planDocument,
  requestLetterDocuments,
  requestLetterEntryName,
  teamDecisionDocument,
} from "@/lib/plans/papers/documents";
import { approvedStatuses } from "@/lib/plans/papers/kinds";
import { pathSegment } from "../names";
import type { ArchiveContext, ArchiveEntry, ArchiveKind, ArchiveSection } from "../types";

/** The plan's papers, read once per archive for its two paper sections (02 and 04), when the first reaches them. */
const papersRead = new WeakMap<ArchiveContext, Promise<PlanPapers | null>>();
function papersOf(ctx: ArchiveContext): Promise<PlanPapers | null> {
  let papers = papersRead.get(ctx);
  if (!papers) papersRead.set(ctx, (papers = getPlanPapers(ctx.scope, ctx.plan.id)));
  return papers;
}

/** A document number in a file name: "05/KH-SKHCN" → "05-KH-SKHCN" (a slash would be a folder). */
const fileNumber = (number: string | null) => (number ?? "").replaceAll("/", "-");

/** A paper as its PDF (to file) and DOCX (as signed), rendered when the archive reaches each. */
async function* both(
  doc: OfficialDocument,
  stem: string,
  meta: { kind: ArchiveKind; unit: string | null; date: Date | null },
  unique: ArchiveContext["unique"],
): AsyncGenerator<ArchiveEntry> {
  const base = { kind: meta.kind, unit: meta.unit, paperDate: formatCalendarDate(meta.date) };
  yield { ...base, name: unique(`${stem}.pdf`), data: await renderPdf(doc) };
  yield { ...base, name: unique(`${stem}.docx`), data: await renderDocx(doc) };
}

const planFolder = "02-van-ban-ke-hoach";

/**
 * 02-van-ban-ke-hoach: the plan itself (Mẫu 19, once approved), and the team's and the check decisions once
 * issued, as PDF and DOCX. Drafts stay out: the archive keeps what was signed.
 */
export const planPapersSection: ArchiveSection = {
  folder: planFolder,
  async *entries(ctx) {
    const papers = await papersOf(ctx);
    if (!papers) return;
    const { plan } = papers;
    const { t, unique } = ctx;
    const name = (key: "plan" | "teamDecision" | "checkDecision", number: string | null) =>
      `${planFolder}/${pathSegment(t(`planArchive.files.${key}`, { number: fileNumber(number) }))}`;
    if (approvedStatuses.includes(plan.status))
      yield* both(
        planDocument(plan),
        name("plan", plan.number),
        {
          kind: "planPaper",
          unit: null,
          date: plan.issuedOn,
        },
        unique,
      );
    const team = paperNumber(papers, "TEAM_DECISION");
    if (team.issued)
      yield* both(
        teamDecisionDocument(plan, team),
        name("teamDecision", team.number),
        {
          kind: "planPaper",
          unit: null,
          date: team.date,
        },
        unique,
      );
    const check = paperNumber(papers, "CHECK_DECISION");
    if (check.issued)
      yield* both(
        checkDecisionDocument(plan, check),
        name("checkDecision", check.number),
        {
          kind: "planPaper",
          unit: null,
          date: check.date,
        },
        unique,
      );
  },
};

const lettersFolder = "04-cong-van";

/**
 * 04-cong-van: the issued request letter (TT26 Đ35) as sent, one DOCX per dossier unit as in its mail merge, and
 * each issued correction letter as PDF and DOCX.
 */
export const planLettersSection: ArchiveSection = {
  folder: lettersFolder,
  async *entries(ctx) {
    const papers = await papersOf(ctx);
    if (!papers) return;
    const { plan } = papers;
    const { t, unique } = ctx;
    const request = paperNumber(papers, "REQUEST_LETTER");
    if (request.issued) {
      const letters = requestLetterDocuments(plan, request, papers.letterUnits);
      const folder = `${lettersFolder}/${pathSegment(t("planArchive.files.requestLetters", { number: fileNumber(request.number) }))}`;
      for (const [i, letter] of letters.entries()) {
        const unit = papers.letterUnits[i]!;
        yield {
          name: unique(`${folder}/${requestLetterEntryName(unit, i)}`),
          data: await renderDocx(letter),
          kind: "requestLetter",
          unit: unit.name,
          paperDate: formatCalendarDate(request.date),
        };
      }
    }
    for (const r of papers.requests) {
      const number = paperNumber(papers, "CORRECTION_LETTER", r.id);
      if (!number.issued) continue;
      const stem = `${lettersFolder}/${pathSegment(t("planArchive.files.correctionLetter", { number: fileNumber(number.number), unit: r.unitName }))}`;
      yield* both(
        correctionLetterDocument(plan, number, r),
        stem,
        { kind: "correctionLetter", unit: r.unitName, date: number.date },
        unique,
      );
    }
  },
};
