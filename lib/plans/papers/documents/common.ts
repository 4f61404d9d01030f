import { formatCalendarDate, vietnamDay } from "@/lib/dates";
import { dateWords } from "@/lib/official/format";
import { province } from "@/lib/official/issuer";
import type { Block, OfficialDocument, Run } from "@/lib/official/model";
import type { PapersPlan, PaperUnit } from "../kinds";
import { draftLine, legalBasis, roleLabels, signer } from "./wording";

export const text = (s: string, runs: Partial<Run> = {}): Block => ({
  type: "paragraph",
  runs: [{ text: s, ...runs }],
});
export const centred = (s: string, bold = true): Block => ({
  type: "paragraph",
  align: "center",
  runs: [{ text: s, bold }],
});

/** A field's text as paragraphs, one per non-empty line. */
export const lines = (value: string): string[] =>
  value
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);

/** "Kế hoạch số 05/KH-SKHCN ngày 19/01/2021 của Sở Khoa học và Công nghệ". */
export const planReference = (plan: PapersPlan) =>
  `Kế hoạch số ${plan.number} ngày ${formatCalendarDate(plan.issuedOn)} của ${plan.leadAgency}`;

/** "…, được UBND tỉnh phê duyệt tại Quyết định số 346/QĐ-UBND ngày 25/02/2021"; empty before approval. */
export const approvalReference = (plan: PapersPlan) =>
  plan.approvalNumber
    ? `, được ${province.committee} phê duyệt tại Quyết định số ${plan.approvalNumber} ngày ${formatCalendarDate(plan.approvalDate)}`
    : "";

/** The "Căn cứ …;" lines every decision of the plan opens with. */
export function decisionBases(plan: PapersPlan, extra: string[] = []): Block[] {
  return [
    `Căn cứ ${legalBasis.qd19};`,
    `Căn cứ ${legalBasis.tt26};`,
    `Căn cứ ${planReference(plan)}${approvalReference(plan)};`,
    ...extra,
  ].map((s) => text(s, { italic: true }));
}

/** The issuing body, place and signature of every paper of the plan: DOST under the provincial committee. */
export function frame(plan: PapersPlan) {
  return {
    issuer: { parent: province.committee, name: plan.leadAgency },
    place: province.place,
    year: plan.year,
    signatures: [{ ...signer }],
  } satisfies Partial<OfficialDocument>;
}

export const draft = (issued: boolean) => (issued ? null : draftLine);

/** A visit's days: "12/5/2021" as dd/MM/yyyy, or "12/05/2021 – 13/05/2021" over two days; "" when none. */
export function visitDays(unit: PaperUnit): string {
  const day = (instant: Date) => {
    const [y, m, d] = vietnamDay(instant).split("-");
    return `${d}/${m}/${y}`;
  };
  return unit.visits
    .map((v) => {
      const [from, to] = [day(v.startsAt), day(v.endsAt)];
      return from === to ? from : `${from} – ${to}`;
    })
    .join("\n");
}

/** The date a milestone falls on in words ("ngày 31 tháng 3 năm 2021"); null when the plan sets none. */
export function milestoneWords(plan: PapersPlan, kind: PapersPlan["milestones"][number]["kind"]): string | null {
  const m = plan.milestones.find((x) => x.kind === kind);
  return m ? dateWords(m.date) : null;
}

/** The units of the dossier track and of the on-site track, in the plan's order. */
export const dossierUnits = (plan: PapersPlan) => plan.units.filter((u) => u.inDossier);
export const onSiteUnits = (plan: PapersPlan) => plan.units.filter((u) => u.onSite);

/**
 * The team as a table (the plan's "Đoàn kiểm tra" and the team decision's Article 1): name, unit and role,
 * the last column titled `roleTitle`; `none` when the team is not formed yet.
 */
export function membersTable(plan: PapersPlan, roleTitle: string, none: Block): Block {
  if (!plan.members.length) return none;
  return {
    type: "table",
    columns: [
      { title: "STT", width: 8, align: "center" },
      { title: "Họ và tên", width: 31 },
      { title: "Đơn vị công tác", width: 39 },
      { title: roleTitle, width: 22 },
    ],
    rows: plan.members.map((m, i) => [String(i + 1), m.name, m.agency ?? "", roleLabels[m.role]]),
  };
}
