import type { Actor } from "@/lib/auth/actor";
import type { PlanPaperKind, RecordCategory } from "@/lib/generated/prisma/enums";
import type { PlanPapers } from "./data";
import { paperNumber, paperRow } from "./data";
import { approvedStatuses, correctionHref, paperFiles, paperHref } from "./kinds";
import { canPaper, paperRefusal, type PaperResource } from "./policy";

export type PaperFile = { href: string; format: "docx" | "pdf" | "zip"; count?: number };

export type PaperItem = {
  key: string;
  kind: PlanPaperKind | "PLAN";
  /** A correction letter's addressee, categories and date of request. */
  request?: { id: string; unitName: string; categories: RecordCategory[]; at: Date };
  number: string | null;
  date: Date | null;
  issued: boolean;
  files: PaperFile[];
  /** The number form for DOST; null when the actor may not change this paper (read-only). */
  form: { lockVersion: number; canIssue: boolean; issueRefusal: string | null } | null;
};

/**
 * The papers of the tab, in the order they are issued (TT26 Đ34–37), each with its downloads and, for DOST
 * while it is a draft, its form; only what the actor may read (canPaper).
 */
export function paperList(actor: Pick<Actor, "role">, papers: PlanPapers): PaperItem[] {
  const { plan } = papers;
  const files = (base: string, formats: ("docx" | "pdf")[]): PaperFile[] =>
    formats.map((format) => ({ href: paperHref(plan.id, `${base}.${format}`), format }));
  const resource = (kind: PaperResource["kind"], issued: boolean, addressed = false): PaperResource => ({
    kind,
    planStatus: plan.status,
    issued,
    addressedToOwnUnit: addressed,
  });
  const form = (kind: PlanPaperKind, issued: boolean, recordRequestId?: string): PaperItem["form"] => {
    const r = resource(kind, issued);
    if (!canPaper(actor, "edit", r)) return null;
    return {
      lockVersion: paperRow(papers, kind, recordRequestId)?.lockVersion ?? 0,
      canIssue: canPaper(actor, "issue", r),
      issueRefusal: paperRefusal(actor, "issue", r),
    };
  };
  const item = (kind: PlanPaperKind, addressed: boolean, paperFilesOf: PaperFile[]): PaperItem | null => {
    const n = paperNumber(papers, kind);
    if (!canPaper(actor, "read", resource(kind, n.issued, addressed))) return null;
    return { key: kind, kind, ...n, files: paperFilesOf, form: form(kind, n.issued) };
  };
  const letters = papers.letterUnits.length;
  const list: (PaperItem | null)[] = [
    canPaper(actor, "read", resource("PLAN", approvedStatuses.includes(plan.status)))
      ? {
          key: "PLAN",
          kind: "PLAN",
          number: plan.number,
          date: plan.issuedOn,
          issued: approvedStatuses.includes(plan.status),
          files: files(paperFiles.PLAN, ["docx", "pdf"]),
          form: null,
        }
      : null,
    item("TEAM_DECISION", false, files(paperFiles.TEAM_DECISION, ["docx", "pdf"])),
    item("CHECK_DECISION", papers.onSiteOwnUnit, files(paperFiles.CHECK_DECISION, ["docx", "pdf"])),
    letters
      ? item("REQUEST_LETTER", true, [
          { href: paperHref(plan.id, `${paperFiles.REQUEST_LETTER}.zip`), format: "zip", count: letters },
          ...files(paperFiles.REQUEST_LETTER, letters === 1 ? ["docx", "pdf"] : ["docx"]),
        ])
      : null,
    ...papers.requests.map((r): PaperItem | null => {
      const n = paperNumber(papers, "CORRECTION_LETTER", r.id);
      if (!canPaper(actor, "read", resource("CORRECTION_LETTER", n.issued, true))) return null;
      return {
        key: `CORRECTION_LETTER:${r.id}`,
        kind: "CORRECTION_LETTER",
        request: { id: r.id, unitName: r.unitName, categories: r.categories, at: r.at },
        ...n,
        files: (["docx", "pdf"] as const).map((format) => ({ href: correctionHref(plan.id, r.id, format), format })),
        form: form("CORRECTION_LETTER", n.issued, r.id),
      };
    }),
  ];
  return list.filter((x): x is PaperItem => x !== null);
}
