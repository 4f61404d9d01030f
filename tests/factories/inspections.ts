import { scopeFor } from "@/lib/auth/scope";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { InspectionKind, OnSiteCategory, StandardVersion, TeamRole } from "@/lib/generated/prisma/enums";
import { generateInspections } from "@/lib/inspections/generation/mutations";
import { saveInspectionItem } from "@/lib/inspections/checklist/mutations";
import { createAgency } from "./agencies";
import { insertPlan } from "./plans";

/** A unit of the test kind applying the given standard version. */
export async function qmsUnit(standardVersion: StandardVersion = "ISO_9001_2015") {
  const unit = await createAgency();
  return db.agency.update({ where: { id: unit.id }, data: { standardVersion } });
}

export type InspectedPlanOptions = {
  createdById: string;
  year?: number;
  /** Units in the dossier track; those with `onSite` also on site. */
  units: { agencyId: string; onSite?: OnSiteCategory }[];
  members?: { userId: string; role: TeamRole }[];
};

/** An APPROVED plan given its inspections as approval gives them (generateInspections in one transaction). */
export async function approvedPlanWithInspections(options: InspectedPlanOptions) {
  const plan = await insertPlan({
    createdById: options.createdById,
    year: options.year ?? 2031,
    status: "APPROVED",
    targets: options.units,
    members: options.members ?? [],
  });
  const created = await db.$transaction((tx) => generateInspections(tx, plan.id));
  return { plan, created };
}

/** One inspection of a plan with its items in checklist order (and each item's checklist code). */
export function inspectionOf(planId: string, agencyId: string, kind: InspectionKind = "ON_SITE") {
  return db.inspection.findFirstOrThrow({
    where: { planId, agencyId, kind },
    include: {
      items: {
        orderBy: { position: "asc" },
        include: { checklistItem: { select: { code: true, clause: true, template: { select: { standard: true } } } } },
      },
    },
  });
}

/** Assigns team members (by user id) to an inspection, as the lead's form would. */
export async function assign(inspectionId: string, userIds: string[]) {
  const inspection = await db.inspection.findUniqueOrThrow({ where: { id: inspectionId }, select: { planId: true } });
  const members = await db.planMember.findMany({
    where: { planId: inspection.planId, userId: { in: userIds } },
    select: { id: true },
  });
  await db.inspectionAssignee.createMany({
    data: members.map((m) => ({ inspectionId, memberId: m.id })),
    skipDuplicates: true,
  });
}

/** Saves CONFORM on every item still unassessed (through the use case, so versions and status move as in the app). */
export async function assessAll(actor: Actor, inspectionId: string) {
  const items = await db.inspectionItem.findMany({
    where: { inspectionId, result: null },
    select: { id: true, version: true },
  });
  for (const item of items)
    await saveInspectionItem(
      { inspectionId, itemId: item.id, version: item.version, result: "CONFORM", note: "" },
      { scope: scopeFor(actor), ip: null },
    );
}
