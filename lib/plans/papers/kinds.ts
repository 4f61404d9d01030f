import type {
  MilestoneKind,
  OnSiteCategory,
  PlanPaperKind,
  PlanStatus,
  RecordCategory,
  TeamRole,
} from "@/lib/generated/prisma/enums";

/*
 * The papers of a plan (TT26 Đ34–37) and the data their models are built from. Pure: no Prisma client, no
 * rendering, so a benchmark or a unit test builds the models from plain objects.
 */

export type { PlanPaperKind };
export const paperKinds = ["TEAM_DECISION", "CHECK_DECISION", "REQUEST_LETTER", "CORRECTION_LETTER"] as const;

/** The series of each paper's number: "…/KH-SKHCN", "…/QĐ-SKHCN", "…/SKHCN-TĐC" (Decree 30 Annex III). */
export const numberSuffix = {
  PLAN: "KH-SKHCN",
  TEAM_DECISION: "QĐ-SKHCN",
  CHECK_DECISION: "QĐ-SKHCN",
  REQUEST_LETTER: "SKHCN-TĐC",
  CORRECTION_LETTER: "SKHCN-TĐC",
} as const satisfies Record<PlanPaperKind | "PLAN", string>;

/** The download names under /ke-hoach/<id>/van-ban/ (the extension says the format). */
export const paperFiles = {
  PLAN: "ke-hoach",
  TEAM_DECISION: "quyet-dinh-doan",
  CHECK_DECISION: "quyet-dinh-kiem-tra",
  REQUEST_LETTER: "cong-van-de-nghi",
  CORRECTION_LETTER: "cong-van-sua-bo-sung",
} as const satisfies Record<PlanPaperKind | "PLAN", string>;

export const paperHref = (planId: string, file: string) => `/ke-hoach/${planId}/van-ban/${file}`;
export const correctionHref = (planId: string, requestId: string, format: "docx" | "pdf") =>
  paperHref(planId, `${paperFiles.CORRECTION_LETTER}/${requestId}.${format}`);

/** A plan is approved once the committee has approved it: its own paper is issued then (its state follows the plan's). */
export const approvedStatuses: readonly PlanStatus[] = ["APPROVED", "IN_PROGRESS", "COMPLETED", "SUPERSEDED"];

/** One unit of the plan's scope as the papers name it. */
export type PaperUnit = {
  agencyId: string;
  code: string;
  name: string;
  kind: { name: string; level: number; sortOrder: number };
  /** The district a commune-level unit lies in (its parent's name); null for the others. */
  district: string | null;
  inDossier: boolean;
  onSite: boolean;
  onSiteCategory: OnSiteCategory | null;
  /** Its on-site visits, earliest first. */
  visits: { startsAt: Date; endsAt: Date }[];
};

/** A plan as its papers quote it. */
export type PapersPlan = {
  id: string;
  year: number;
  number: string;
  issuedOn: Date;
  title: string;
  legalBases: string;
  objectives: string;
  requirements: string;
  status: PlanStatus;
  approvalNumber: string | null;
  approvalDate: Date | null;
  teamDecisionNumber: string | null;
  teamDecisionDate: Date | null;
  /** The inspecting unit (DOST) and the co-operating departments. */
  leadAgency: string;
  coordinators: string[];
  milestones: { kind: MilestoneKind; date: Date }[];
  members: { name: string; role: TeamRole; agency: string | null }[];
  /** The scope, in the registry's order (kind, then name). */
  units: PaperUnit[];
};

/** A paper's number and date as stored; null: left blank (the draft prints "Số:      /QĐ-SKHCN"). */
export type PaperNumber = { number: string | null; date: Date | null; issued: boolean };

/** A record request of the plan, which a correction letter answers. */
export type CorrectionRequest = {
  id: string;
  agencyId: string;
  unitName: string;
  categories: RecordCategory[];
  comment: string | null;
  at: Date;
};
