import { scopeFor } from "@/lib/auth/scope";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { InspectionPlan } from "@/lib/generated/prisma/client";
import type { MilestoneKind, OnSiteCategory, PlanStatus, TeamRole } from "@/lib/generated/prisma/enums";
import { createPlan } from "@/lib/plans/mutations";
import { planFieldsSchema, setTargetSchema, type PlanFields } from "@/lib/plans/schema";
import { createAgency } from "./agencies";
import { uniqueToken } from "./unique";

/** A plan number no other test uses, shaped as the schema wants: 05/KH-T3F9A0C21B7E4. */
export const uniquePlanNumber = (n = 5) => `${String(n).padStart(2, "0")}/KH-T${uniqueToken().toUpperCase()}`;

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

let leadAgency: Promise<string> | undefined;
/** The lead unit of factory plans (one per test file; its identity does not matter to the plan rules). */
export const factoryLeadAgencyId = () =>
  (leadAgency ??= createAgency({ name: `Sở Khoa học và Công nghệ thử ${uniqueToken()}` }).then((a) => a.id));

/** The plan form as the browser posts it, for `year`, issued on 19/01 of that year, with a unique number. */
export async function planForm(year: number, changes: Record<string, string | string[]> = {}) {
  return {
    year: String(year),
    number: uniquePlanNumber(),
    issuedOn: `19/01/${year}`,
    title: `Kế hoạch kiểm tra việc áp dụng HTQLCL theo TCVN ISO 9001 năm ${year}`,
    legalBases: "Quyết định số 19/2014/QĐ-TTg; Thông tư số 26/2014/TT-BKHCN",
    objectives: "",
    requirements: "",
    leadAgencyId: await factoryLeadAgencyId(),
    ...changes,
  };
}

/** A draft made through the use case itself, so its dossier scope is proposed from the registry. */
export async function createDraftPlan(
  actor: Actor,
  year: number,
  changes: Record<string, string | string[]> = {},
): Promise<{ id: string; fields: PlanFields }> {
  const fields = planFieldsSchema.parse(await planForm(year, changes));
  const { id } = await createPlan(fields, { scope: scopeFor(actor), ip: null });
  return { id, fields };
}

/** The scope form for one unit: in the dossier, and on site when a category is given. */
export function targetForm(
  planId: string,
  agencyId: string,
  options: { onSite?: OnSiteCategory; inDossier?: boolean; reason?: string } = {},
) {
  return setTargetSchema.parse({
    planId,
    agencyId,
    inDossier: options.inDossier ?? true,
    dossierReason: options.reason ?? "",
    onSite: Boolean(options.onSite),
    onSiteCategory: options.onSite ?? "",
    rationale: options.onSite ? "Chưa được kiểm tra tại trụ sở trong 3 năm gần đây" : "",
  });
}

export type PlanRowTarget = { agencyId: string; inDossier?: boolean; dossierReason?: string; onSite?: OnSiteCategory };

export type PlanRowOptions = {
  createdById: string;
  year: number;
  status?: PlanStatus;
  number?: string;
  issuedOn?: Date;
  title?: string;
  /** Defaults: set for plans past DRAFT, null for drafts (a returned draft passes a date). */
  submittedAt?: Date | null;
  teamDecisionNumber?: string;
  targets?: PlanRowTarget[];
  members?: { userId: string; role: TeamRole }[];
  milestones?: { kind: MilestoneKind; date: Date }[];
};

/**
 * A plan written straight into the database in any state, with a small scope of the caller's choosing
 * (no registry proposal): for tests about what happens to a plan once it is in that state.
 */
export async function insertPlan(options: PlanRowOptions): Promise<InspectionPlan> {
  const status = options.status ?? "DRAFT";
  const issuedOn = options.issuedOn ?? utc(options.year, 1, 19);
  const pastDraft = status !== "DRAFT";
  const approved = pastDraft && status !== "SUBMITTED";
  return db.inspectionPlan.create({
    data: {
      year: options.year,
      number: options.number ?? uniquePlanNumber(),
      issuedOn,
      title: options.title ?? `Kế hoạch kiểm tra HTQLCL năm ${options.year}`,
      leadAgencyId: await factoryLeadAgencyId(),
      status,
      createdById: options.createdById,
      submittedAt:
        options.submittedAt !== undefined ? options.submittedAt : pastDraft ? utc(options.year, 1, 20) : null,
      ...(approved
        ? {
            approvalNumber: "346/QĐ-UBND",
            approvalDate: utc(options.year, 2, 25),
            approvedAt: utc(options.year, 2, 25),
          }
        : {}),
      teamDecisionNumber: options.teamDecisionNumber ?? null,
      teamDecisionDate: options.teamDecisionNumber ? utc(options.year, 3, 9) : null,
      targets: {
        create: (options.targets ?? []).map((t) => ({
          agencyId: t.agencyId,
          inDossier: t.inDossier ?? true,
          dossierReason: t.dossierReason ?? null,
          onSite: Boolean(t.onSite),
          onSiteCategory: t.onSite ?? null,
          rationale: t.onSite ? "Chọn kiểm tra tại trụ sở" : null,
        })),
      },
      members: { create: options.members ?? [] },
      milestones: { create: options.milestones ?? [] },
    },
  });
}
