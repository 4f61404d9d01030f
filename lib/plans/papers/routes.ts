import "server-only";
import type { RouteContext } from "@/lib/http/route";
import { idSchema } from "@/lib/ids";
import type { OfficialDocument } from "@/lib/official/model";
import { officialFileOf, officialResponse } from "@/lib/official/respond";
import { zipResponse } from "@/lib/official/zip";
import { getPlanPapers, paperNumber, type PlanPapers } from "./data";
import {
  checkDecisionDocument,
  correctionLetterDocument,
  planDocument,
  requestLetterDocuments,
  teamDecisionDocument,
} from "./documents";
import { approvedStatuses, paperFiles } from "./kinds";
import { canPaper } from "./policy";
import { requestLettersZip } from "./letters-zip";

type Params = { id: string; file: string };

/** The paper behind a download name, for the actor; null when it is not theirs to read (404). */
function paperDocument(
  papers: PlanPapers,
  base: string,
  actor: RouteContext<Params>["scope"]["actor"],
): OfficialDocument | OfficialDocument[] | null {
  const { plan } = papers;
  const readable = (kind: "TEAM_DECISION" | "CHECK_DECISION" | "REQUEST_LETTER", addressed: boolean) =>
    canPaper(actor, "read", {
      kind,
      planStatus: plan.status,
      issued: paperNumber(papers, kind).issued,
      addressedToOwnUnit: addressed,
    });
  switch (base) {
    case paperFiles.PLAN:
      return canPaper(actor, "read", {
        kind: "PLAN",
        planStatus: plan.status,
        issued: approvedStatuses.includes(plan.status),
      })
        ? planDocument(plan)
        : null;
    case paperFiles.TEAM_DECISION:
      return readable("TEAM_DECISION", false) ? teamDecisionDocument(plan, paperNumber(papers, "TEAM_DECISION")) : null;
    case paperFiles.CHECK_DECISION:
      return readable("CHECK_DECISION", papers.onSiteOwnUnit)
        ? checkDecisionDocument(plan, paperNumber(papers, "CHECK_DECISION"))
        : null;
    case paperFiles.REQUEST_LETTER:
      return papers.letterUnits.length && readable("REQUEST_LETTER", true)
        ? requestLetterDocuments(plan, paperNumber(papers, "REQUEST_LETTER"), papers.letterUnits)
        : null;
    default:
      return null;
  }
}

/**
 * /ke-hoach/<id>/van-ban/<file>: the plan (ke-hoach), the team decision (quyet-dinh-doan), the check decision
 * (quyet-dinh-kiem-tra) as .docx or .pdf; the request letters (cong-van-de-nghi) as one .docx with a letter per
 * unit, or as a .zip with one .docx per unit (a .pdf when the actor has one letter: an officer's own). Only
 * what the actor may read (getPlanPapers narrows an officer to their own unit); null (404) otherwise.
 */
export async function planPaperFile({ params, scope }: RouteContext<Params>): Promise<Response | null> {
  const zip = params.file === `${paperFiles.REQUEST_LETTER}.zip`;
  const file = zip ? null : officialFileOf(params.file);
  if (!zip && !file) return null;
  const papers = await getPlanPapers(scope, params.id);
  if (!papers) return null;
  const doc = paperDocument(papers, zip ? paperFiles.REQUEST_LETTER : file!.base, scope.actor);
  if (!doc) return null;
  const name = `${zip ? paperFiles.REQUEST_LETTER : file!.base}-${papers.plan.year}`;
  if (zip) return zipResponse(`${name}.zip`, requestLettersZip(doc as OfficialDocument[], papers.letterUnits));
  if (Array.isArray(doc)) {
    if (file!.format === "pdf") return doc.length === 1 ? officialResponse(doc[0]!, "pdf", name) : null;
    return officialResponse(doc, "docx", name);
  }
  return officialResponse(doc, file!.format, name);
}

/** /ke-hoach/<id>/van-ban/cong-van-sua-bo-sung/<requestId>.docx|.pdf: the correction letter of one record request. */
export async function correctionLetterFile({ params, scope }: RouteContext<Params>): Promise<Response | null> {
  const file = officialFileOf(params.file);
  if (!file || !idSchema.safeParse(file.base).success) return null;
  const papers = await getPlanPapers(scope, params.id);
  // An officer's papers hold only their own unit's requests.
  const request = papers?.requests.find((r) => r.id === file.base);
  if (!papers || !request) return null;
  const number = paperNumber(papers, "CORRECTION_LETTER", request.id);
  const readable = canPaper(scope.actor, "read", {
    kind: "CORRECTION_LETTER",
    planStatus: papers.plan.status,
    issued: number.issued,
    addressedToOwnUnit: papers.whole || request.agencyId === papers.ownAgencyId,
  });
  if (!readable) return null;
  return officialResponse(
    correctionLetterDocument(papers.plan, number, request),
    file.format,
    `${paperFiles.CORRECTION_LETTER}-${papers.plan.year}`,
  );
}
