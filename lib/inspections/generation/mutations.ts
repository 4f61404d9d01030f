import { randomUUID } from "node:crypto";
import { composeChecklist, getPublishedTemplates, standardsFor } from "@/lib/checklists";

import type { Tx } from "@/lib/db";
import { insertJsonRows } from "@/lib/db/bulk";
import type { InspectionKind, StandardVersion } from "@/lib/generated/prisma/enums";
import { carryForward } from "../follow-up/carry";

/*
 * No "server-only" here: the seed (prisma/seed) gives the seeded 2021 plan its inspections with this module.
 */

type TemplateItem = {
  id: string;
  code: string;
  position: number;
  kindCodes: string[];
  standardVersions: StandardVersion[];
};

/** The inspections a target calls for: a dossier review when in the dossier track, an on-site inspection when on site. */
export function kindsFor(target: { inDossier: boolean; onSite: boolean }): InspectionKind[] {
  return [...(target.inDossier ? (["DOSSIER"] as const) : []), ...(target.onSite ? (["ON_SITE"] as const) : [])];
}

/**
 * Creates the inspections an approved plan calls for, with their checklists, in the caller's transaction.
 * Idempotent: only (target, kind) pairs without an inspection are created, so running it again, or after
 * inspections were carried over from an amended version, adds only what is missing. The checklist of each
 * inspection is composed from the newest published templates for the unit's kind and standard version; the
 * templates used are marked as used (immutable from then on). Rows go in with one bulk insert per table: the
 * 2021 plan alone makes 263 inspections and about 13,700 items.
 */
export async function generateInspections(tx: Tx, planId: string): Promise<{ inspections: number; items: number }> {
  const targets = await tx.planTarget.findMany({
    where: { planId, OR: [{ inDossier: true }, { onSite: true }] },
    select: {
      id: true,
      agencyId: true,
      inDossier: true,
      onSite: true,
      agency: { select: { standardVersion: true, kind: { select: { code: true } } } },
      inspections: { select: { kind: true } },
    },
  });
  const wanted = targets.flatMap((t) =>
    kindsFor(t)
      .filter((kind) => !t.inspections.some((i) => i.kind === kind))
      .map((kind) => ({ target: t, kind })),
  );
  if (!wanted.length) return { inspections: 0, items: 0 };

  const standards = [...new Set(wanted.flatMap((w) => standardsFor(w.target.agency.standardVersion)))];
  const templates = (await getPublishedTemplates(tx)).filter((t) => standards.includes(t.standard));
  const missing = standards.filter((s) => !templates.some((t) => t.standard === s));
  if (missing.length) throw new Error(`generateInspections: no published checklist for ${missing.join(", ")}`);
  const templateOf = new Map(templates.flatMap((t) => t.items.map((i) => [i.id, t.id] as const)));

  const now = new Date().toISOString();
  const checklists = new Map<string, TemplateItem[]>();
  const inspections: Record<string, unknown>[] = [];
  const items: Record<string, unknown>[] = [];
  const used = new Set<string>();
  for (const { target, kind } of wanted) {
    const unit = { kindCode: target.agency.kind.code, standardVersion: target.agency.standardVersion };
    const key = `${unit.kindCode}|${unit.standardVersion}`;
    let checklist = checklists.get(key);
    if (!checklist) checklists.set(key, (checklist = composeChecklist(templates, unit)));
    const id = randomUUID();
    inspections.push({
      id,
      planId,
      targetId: target.id,
      agencyId: target.agencyId,
      kind,
      standardVersion: unit.standardVersion,
      updatedAt: now,
    });
    checklist.forEach((item, index) => {
      items.push({ id: randomUUID(), inspectionId: id, checklistItemId: item.id, position: index + 1 });
      used.add(templateOf.get(item.id)!);
    });
  }
  await insertJsonRows(
    tx,
    "inspection",
    ["id", "planId", "targetId", "agencyId", "kind", "standardVersion", "updatedAt"],
    inspections,
  );
  await insertJsonRows(tx, "inspection_item", ["id", "inspectionId", "checklistItemId", "position"], items);
  await tx.checklistTemplate.updateMany({
    where: { id: { in: [...used] }, usedAt: null },
    data: { usedAt: new Date(now) },
  });
  // The units' earlier findings not closed yet follow them into this plan's inspections (carry-over).
  await carryForward(tx, planId);
  return { inspections: inspections.length, items: items.length };
}

/**
 * When an amendment is approved, the inspections of the version it replaces move to it: each one whose unit
 * is still a target in the same track gets the new plan and target (its results, findings and evidence go
 * with it). Its assignees are mapped to the same people on the new version's team.
 *
 * An inspection whose unit or track left the scope is deleted while NOT_STARTED (nothing was recorded). One
 * already started or signed off is kept where it is, on the superseded version and its target: the results
 * are part of the record and must not vanish because the scope changed; it is still listed (under the old
 * version) and can be concluded there, but it no longer counts towards the new version's completion.
 */
export async function carryOverInspections(tx: Tx, fromPlanId: string, toPlanId: string) {
  const [old, targets, members] = await Promise.all([
    tx.inspection.findMany({
      where: { planId: fromPlanId },
      select: {
        id: true,
        agencyId: true,
        kind: true,
        status: true,
        assignees: { select: { member: { select: { userId: true } } } },
      },
    }),
    tx.planTarget.findMany({
      where: { planId: toPlanId },
      select: { id: true, agencyId: true, inDossier: true, onSite: true },
    }),
    tx.planMember.findMany({ where: { planId: toPlanId }, select: { id: true, userId: true } }),
  ]);
  const targetOf = new Map(targets.map((t) => [t.agencyId, t]));
  const memberOf = new Map(members.map((m) => [m.userId, m.id]));
  // Three statements for the whole plan (not three per inspection): a version of the 2021 plan moves 263.
  const moves: { id: string; targetId: string }[] = [];
  const assignees: { inspectionId: string; memberId: string }[] = [];
  const removable: string[] = [];
  for (const inspection of old) {
    const target = targetOf.get(inspection.agencyId);
    if (target && kindsFor(target).includes(inspection.kind)) {
      moves.push({ id: inspection.id, targetId: target.id });
      for (const a of inspection.assignees) {
        const memberId = memberOf.get(a.member.userId);
        if (memberId) assignees.push({ inspectionId: inspection.id, memberId });
      }
    } else if (inspection.status === "NOT_STARTED") {
      removable.push(inspection.id);
    }
  }
  if (moves.length) {
    await tx.$executeRaw`
      UPDATE inspection i SET "planId" = ${toPlanId}::uuid, "targetId" = m."targetId"
        FROM json_to_recordset(${JSON.stringify(moves)}::json) AS m(id uuid, "targetId" uuid)
       WHERE i.id = m.id`;
    await tx.inspectionAssignee.deleteMany({ where: { inspectionId: { in: moves.map((m) => m.id) } } });
    await tx.inspectionAssignee.createMany({ data: assignees, skipDuplicates: true });
  }
  const carried = moves.length;
  const { count: removed } = await tx.inspection.deleteMany({
    where: { id: { in: removable }, status: "NOT_STARTED" },
  });
  return { carried, removed, kept: old.length - carried - removed };
}
