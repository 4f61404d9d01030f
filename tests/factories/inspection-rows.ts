import { db } from "@/lib/db";
import type { Finding, Inspection } from "@/lib/generated/prisma/client";
import type {
  FindingSeverity,
  FindingStatus,
  InspectionKind,
  InspectionStatus,
  ItemResult,
  OverallResult,
  StandardVersion,
} from "@/lib/generated/prisma/enums";

export type ItemRow = { code: string; result: ItemResult | null; note?: string };
export type FindingRow = {
  /** The checklist item (by code) the finding is raised on. */
  code: string;
  severity: FindingSeverity;
  description?: string;
  requiredAction?: string;
  legalBasis?: string;
  dueDate?: Date | null;
  status?: FindingStatus;
};

export type InspectionRowOptions = {
  planId: string;
  agencyId: string;
  kind?: InspectionKind;
  status?: InspectionStatus;
  standardVersion?: StandardVersion;
  recordDate?: Date | null;
  representativeName?: string | null;
  representativeTitle?: string | null;
  overallResult?: OverallResult | null;
  strengths?: string;
  shortcomings?: string;
  recommendations?: string;
  /** Who signed off; with status SIGNED_OFF the sign-off instant is set too. */
  signedOffById?: string | null;
  /** Users (plan members) assigned to this inspection. */
  assigneeUserIds?: string[];
  /** Checklist items of the seeded templates (version 1) by code, in this order. */
  items: ItemRow[];
  /** Numbered 1, 2, … in this order. */
  findings?: FindingRow[];
};

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * An inspection of a plan's target written straight into the database, in any state, with its items and
 * findings: for tests of what is read from an inspection (the record, the findings list) without walking it
 * through the fill-in and sign-off use cases. The target is created when the plan does not have the unit yet.
 */
export async function insertInspection(
  options: InspectionRowOptions,
): Promise<{ inspection: Inspection; itemIds: Map<string, string>; findings: Finding[] }> {
  const status = options.status ?? "SIGNED_OFF";
  const kind = options.kind ?? "ON_SITE";
  const target = await db.planTarget.upsert({
    where: { planId_agencyId: { planId: options.planId, agencyId: options.agencyId } },
    create: {
      planId: options.planId,
      agencyId: options.agencyId,
      onSite: kind === "ON_SITE",
      onSiteCategory: kind === "ON_SITE" ? "MANDATORY" : null,
    },
    update: {},
  });
  const codes = options.items.map((i) => i.code);
  const checklist = await db.checklistItem.findMany({
    where: { code: { in: codes }, template: { version: 1 } },
    select: { id: true, code: true },
  });
  const byCode = new Map(checklist.map((c) => [c.code, c.id]));
  const missing = codes.filter((c) => !byCode.has(c));
  if (missing.length) throw new Error(`insertInspection: no seeded checklist item ${missing.join(", ")}`);
  const members = options.assigneeUserIds?.length
    ? await db.planMember.findMany({ where: { planId: options.planId, userId: { in: options.assigneeUserIds } } })
    : [];

  const inspection = await db.inspection.create({
    data: {
      planId: options.planId,
      targetId: target.id,
      agencyId: options.agencyId,
      kind,
      status,
      standardVersion: options.standardVersion ?? "ISO_9001_2015",
      recordDate: options.recordDate !== undefined ? options.recordDate : utc(2051, 6, 15),
      representativeName: options.representativeName !== undefined ? options.representativeName : "Nguyễn Văn Đại Diện",
      representativeTitle: options.representativeTitle !== undefined ? options.representativeTitle : "Phó Chủ tịch",
      overallResult:
        options.overallResult !== undefined
          ? options.overallResult
          : status === "SIGNED_OFF"
            ? "CONFORMING_WITH_FINDINGS"
            : null,
      strengths: options.strengths ?? "",
      shortcomings: options.shortcomings ?? "",
      recommendations: options.recommendations ?? "",
      startedAt: status === "NOT_STARTED" ? null : utc(2051, 6, 15),
      signedOffAt: status === "SIGNED_OFF" ? new Date(Date.UTC(2051, 5, 15, 9, 0)) : null,
      signedOffById: status === "SIGNED_OFF" ? (options.signedOffById ?? null) : null,
      items: {
        create: options.items.map((item, i) => ({
          checklistItemId: byCode.get(item.code)!,
          position: i + 1,
          result: item.result,
          note: item.note ?? "",
        })),
      },
      assignees: { create: members.map((m) => ({ memberId: m.id })) },
    },
  });
  const items = await db.inspectionItem.findMany({
    where: { inspectionId: inspection.id },
    select: { id: true, checklistItemId: true },
  });
  const itemIds = new Map(checklist.map((c) => [c.code, items.find((i) => i.checklistItemId === c.id)!.id]));
  const findings: Finding[] = [];
  for (const [i, f] of (options.findings ?? []).entries()) {
    const clause = (
      await db.checklistItem.findUniqueOrThrow({ where: { id: byCode.get(f.code)! }, select: { clause: true } })
    ).clause;
    findings.push(
      await db.finding.create({
        data: {
          inspectionId: inspection.id,
          itemId: itemIds.get(f.code)!,
          agencyId: options.agencyId,
          number: i + 1,
          clause,
          legalBasis: f.legalBasis ?? "",
          severity: f.severity,
          description: f.description ?? `Phát hiện ${i + 1}`,
          requiredAction: f.requiredAction ?? "Khắc phục và báo cáo",
          dueDate: f.dueDate !== undefined ? f.dueDate : utc(2051, 8, 15),
          status: f.status ?? "OPEN",
        },
      }),
    );
  }
  return { inspection, itemIds, findings };
}
