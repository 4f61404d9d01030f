import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { requestMissing } from "@/lib/documents/requests/mutations";
import { addFileEvidence } from "@/lib/inspections/evidence/mutations";
import { saveInspectionItem } from "@/lib/inspections/checklist/mutations";
import { saveConclusion, signOffInspection } from "@/lib/inspections/mutations";
import { conclusionSchema } from "@/lib/inspections/schema";
import { getStorage } from "@/lib/storage";
import { createYearReport } from "@/lib/year-reports/mutations";
import { createAgency } from "@/tests/factories/agencies";
import { approvedPlanWithInspections, assessAll, assign, inspectionOf, qmsUnit } from "@/tests/factories/inspections";
import { createRecordFor, pdfBytes, storedFile } from "@/tests/factories/records";
import { createActor } from "@/tests/factories/users";
import { samples } from "@/tests/support/files";

/** Text that COPY's text format must escape: tab, newline, carriage return, backslash, and a Vietnamese NFC string. */
export const awkwardText = 'Dòng 1\tcột\nDòng 2\r\n\\N không phải NULL \\ "ngoặc" — Sở KH&CN An Giang';

/**
 * Puts rows into every table of the app's database (the use cases where they are short to call, plain rows
 * where the path does not matter to a backup) and files into every place that points at storage: a record's
 * file, an inspection's evidence, a plan's signed approval. The seed (demo) has filled the reference tables.
 */
export async function fillEveryTable() {
  const admin = await createActor("DOST_ADMIN");
  const lead = await createActor("DOST_INSPECTOR");
  const unit = await qmsUnit();
  const officer = await createActor("AGENCY_OFFICER", { agencyId: unit.id });
  await db.agency.update({ where: { id: unit.id }, data: { note: awkwardText, contactPhone: null } });

  const record = await createRecordFor(officer.actor);
  const { plan } = await approvedPlanWithInspections({
    createdById: admin.user.id,
    units: [{ agencyId: unit.id, onSite: "MANDATORY" }],
    members: [{ userId: lead.user.id, role: "LEAD" }],
  });
  const approval = await storedFile("Quyết định 346.pdf", pdfBytes("phê duyệt"));
  await db.inspectionPlan.update({
    where: { id: plan.id },
    data: {
      approvalFileKey: approval.key,
      approvalFileName: approval.name,
      approvalFileSize: approval.size,
      approvalFileSha256: approval.sha256,
    },
  });
  await requestMissing(
    { planId: plan.id, agencyId: unit.id, comment: awkwardText },
    { scope: scopeFor(admin.actor), ip: "198.51.100.7" },
  );
  const request = await db.recordRequest.findFirstOrThrow({ where: { planId: plan.id, agencyId: unit.id } });
  await db.planPaper.create({
    data: {
      planId: plan.id,
      kind: "CORRECTION_LETTER",
      agencyId: unit.id,
      recordRequestId: request.id,
      number: "7/SKHCN-TĐC",
      date: new Date("2031-04-20"),
      issuedAt: new Date(),
      issuedById: admin.user.id,
      lockVersion: 1,
    },
  });

  const inspection = await inspectionOf(plan.id, unit.id, "ON_SITE");
  await assign(inspection.id, [lead.user.id]);
  const [first, second] = inspection.items;
  const photo = await getStorage().put(
    (async function* () {
      yield new Uint8Array(samples.png());
    })(),
  );
  await addFileEvidence(
    {
      inspectionId: inspection.id,
      itemId: first!.id,
      caption: "Ảnh hiện trường",
      files: [{ ...photo, name: "ảnh.png", contentType: "image/png" }],
    },
    { scope: scopeFor(lead.actor), ip: null },
  );
  await saveInspectionItem(
    {
      inspectionId: inspection.id,
      itemId: second!.id,
      version: second!.version,
      result: "MINOR_NC",
      note: awkwardText,
    },
    { scope: scopeFor(lead.actor), ip: null },
  );
  await db.finding.updateMany({
    where: { inspectionId: inspection.id },
    data: { description: awkwardText, requiredAction: "Bổ sung hồ sơ" },
  });
  await assessAll(lead.actor, inspection.id);
  const current = await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
  await saveConclusion(
    conclusionSchema.parse({
      inspectionId: inspection.id,
      lockVersion: String(current.lockVersion),
      recordDate: "20/06/2031",
      overallResult: "CONFORMING",
    }),
    { scope: scopeFor(lead.actor), ip: null },
  );
  const { lockVersion } = await db.inspection.findUniqueOrThrow({ where: { id: inspection.id } });
  await signOffInspection({ inspectionId: inspection.id, lockVersion }, { scope: scopeFor(lead.actor), ip: null });

  const target = await db.planTarget.findFirstOrThrow({ where: { planId: plan.id, agencyId: unit.id } });
  const member = await db.planMember.findFirstOrThrow({ where: { planId: plan.id } });
  await db.planVisit.create({
    data: {
      planId: plan.id,
      targetId: target.id,
      startsAt: new Date("2031-05-12T01:30:00Z"),
      endsAt: new Date("2031-05-12T09:00:00Z"),
      members: { create: [{ memberId: member.id }] },
    },
  });
  const version = await db.recordVersion.findFirstOrThrow({ where: { recordId: record.id } });
  await db.annualReport.create({
    data: {
      versionId: version.id,
      agencyId: unit.id,
      year: 2031,
      procedureCount: 212,
      internalAuditDate: new Date("2031-10-01"),
      improvements: awkwardText,
    },
  });
  await db.agencyImport.create({
    data: {
      fileName: "đơn vị.xlsx",
      format: "xlsx",
      rowCount: 1,
      createCount: 1,
      updateCount: 0,
      errorCount: 0,
      rows: [{ code: "X", name: awkwardText, n: 1.5, ok: true }],
      createdById: admin.user.id,
    },
  });
  const successor = await createAgency();
  const reorganisation = await db.reorganisation.create({
    data: {
      key: `test-${successor.id}`,
      title: "Sắp xếp thử",
      legalBasis: "Nghị quyết 1/2025",
      effectiveDate: new Date("2025-07-01"),
      appliedAt: new Date(),
      appliedById: admin.user.id,
    },
  });
  await db.agencySuccession.create({
    data: {
      predecessorId: unit.id,
      successorId: successor.id,
      kind: "MERGE",
      effectiveDate: new Date("2025-07-01"),
      reorganisationId: reorganisation.id,
    },
  });
  await db.signInThrottle.create({
    data: { key: officer.user.email, failures: 3, lastFailedAt: new Date(), lockedUntil: null },
  });
  await db.userSession.create({
    data: {
      userId: officer.user.id,
      expiresAt: new Date("2031-05-12T09:00:00Z"),
      revokedAt: new Date("2031-05-12T02:00:00Z"),
      ip: "198.51.100.7",
      userAgent: awkwardText,
    },
  });
  await fillCorrectiveTables({ adminId: admin.user.id, officerId: officer.user.id, planId: plan.id, unitId: unit.id });
  // A year's report through its use case (its first history row with it), with narrative text COPY must escape.
  const report = await createYearReport(
    { kind: "NOVEMBER_CONSOLIDATION", year: 2777, asOf: new Date("2777-11-15") },
    { scope: scopeFor(admin.actor), ip: "198.51.100.7" },
  );
  await db.yearReport.update({ where: { id: report.id }, data: { narrative: { overview: awkwardText } } });
  await db.notification.create({
    data: { userId: officer.user.id, type: "test", title: awkwardText, body: "", link: "/ho-so", readAt: new Date() },
  });
}

/** The corrective-action loop's tables (issue 14): an answer with a stored file, an extension, the thread, reminders, digests, follow-up, proposal. */
async function fillCorrectiveTables(ids: { adminId: string; officerId: string; planId: string; unitId: string }) {
  const finding = await db.finding.findFirstOrThrow({ where: { agencyId: ids.unitId } });
  const report = await db.correctiveReport.create({
    data: { inspectionId: finding.inspectionId, agencyId: ids.unitId, note: awkwardText, submittedById: ids.officerId },
  });
  const file = await storedFile("Biên bản khắc phục.pdf", pdfBytes("khắc phục"));
  const version = await db.recordVersion.findFirstOrThrow({ where: { record: { agencyId: ids.unitId } } });
  await db.correctiveAnswer.create({
    data: {
      findingId: finding.id,
      reportId: report.id,
      round: 1,
      cause: awkwardText,
      action: "Sửa quy trình",
      plannedDate: new Date("2031-08-01"),
      responsible: "Trưởng phòng",
      status: "REJECTED",
      submittedById: ids.officerId,
      verifiedById: ids.adminId,
      verifiedAt: new Date(),
      verdictNote: awkwardText,
      evidence: {
        create: [
          {
            kind: "FILE",
            fileKey: file.key,
            fileName: file.name,
            fileSize: file.size,
            contentType: "application/pdf",
            sha256: file.sha256,
            createdById: ids.officerId,
          },
          { kind: "RECORD", recordVersionId: version.id, createdById: ids.officerId },
        ],
      },
    },
  });
  await db.dueDateExtension.create({
    data: {
      findingId: finding.id,
      reason: awkwardText,
      previousDueDate: new Date("2031-08-20"),
      requestedDate: new Date("2031-09-20"),
      status: "GRANTED",
      requestedById: ids.officerId,
      decidedById: ids.adminId,
      decidedAt: new Date(),
      grantedDate: new Date("2031-09-20"),
    },
  });
  await db.findingEvent.create({
    data: {
      findingId: finding.id,
      action: "answered",
      comment: awkwardText,
      data: { round: 1 },
      actorId: ids.officerId,
    },
  });
  await db.findingReminder.create({
    data: { findingId: finding.id, kind: "DUE_IN_14", dueDate: new Date("2031-08-20") },
  });
  await db.digestDelivery.create({ data: { kind: "weekly", period: "2031-W33", userId: ids.adminId } });
  await db.inspectionFollowUp.create({
    data: { inspectionId: finding.inspectionId, findingId: finding.id, outcome: "RERAISED", note: awkwardText },
  });
  await db.onSiteProposal.create({
    data: {
      planId: ids.planId,
      agencyId: ids.unitId,
      score: 45,
      proposed: true,
      category: "MANDATORY",
      reasons: [{ key: "plans.proposal.reasons.overdue", params: { count: 2 } }],
      decision: "CHANGED",
      decisionNote: awkwardText,
    },
  });
}
