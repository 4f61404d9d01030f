import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { createRecord } from "@/lib/documents/mutations";
import { getStorage } from "@/lib/storage";
import { createAgency } from "./agencies";
import { insertInspection } from "./inspection-rows";
import { insertPlan } from "./plans";
import { recordFields, storedFile } from "./records";
import { uniqueToken } from "./unique";
import { actorOf, createActor, createUser } from "./users";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * A small plan of `year` with something in every folder of its archive: the signed approval decision, two
 * units (one on site with a signed-off inspection, a finding, an answer with an evidence file and DOST's
 * verdict; one by dossier with a record naming the plan and an annual report of the year), a record of the
 * on-site unit in another year (not in the archive), an approved and a draft year report, and the people who
 * ask for it: an administrator, an inspector, the on-site unit's officer, a committee viewer, a partner on the team.
 */
export async function planArchiveWorld(year: number) {
  const token = uniqueToken();
  const admin = (await createActor("DOST_ADMIN")).actor;
  const inspector = (await createActor("DOST_INSPECTOR")).actor;
  const committee = (await createActor("COMMITTEE_VIEWER")).actor;
  const partnerUser = await createUser({ role: "PARTNER_INSPECTOR" });
  const lead = await createUser({ role: "DOST_INSPECTOR", name: "Nguyễn Văn Trưởng Đoàn" });
  const onSite = await createAgency({ name: `UBND Thành phố Long Xuyên ${token}` });
  const dossier = await createAgency({ name: `Sở Tư pháp/Văn phòng ${token}` });
  const officer = (await createActor("AGENCY_OFFICER", { agencyId: onSite.id })).actor;
  const dossierOfficer = (await createActor("AGENCY_OFFICER", { agencyId: dossier.id })).actor;
  const decision = await storedFile("Quyết định 346 phê duyệt.pdf");
  const plan = await insertPlan({
    createdById: admin.id,
    year,
    status: "IN_PROGRESS",
    teamDecisionNumber: "447/QĐ-SKHCN",
    members: [
      { userId: lead.id, role: "LEAD" },
      { userId: partnerUser.id, role: "MEMBER" },
    ],
    targets: [{ agencyId: onSite.id, onSite: "MANDATORY" }, { agencyId: dossier.id }],
  });
  await db.inspectionPlan.update({
    where: { id: plan.id },
    data: {
      approvalFileKey: decision.key,
      approvalFileName: decision.name,
      approvalFileSize: decision.size,
      approvalFileSha256: decision.sha256,
    },
  });

  // Records: one naming the plan (in), one of the on-site unit for another year and no plan (out).
  const planRecord = await createRecord(
    recordFields({ planId: plan.id, title: "Chính sách chất lượng", category: "QUALITY_POLICY" }),
    [await storedFile("Chính sách.pdf"), await storedFile("Mục tiêu: năm nay.pdf")],
    { scope: scopeFor(dossierOfficer), ip: null },
  );
  const otherYear = await createRecord(recordFields({ title: "Báo cáo cũ" }), [await storedFile("cu.pdf")], {
    scope: scopeFor(officer),
    ip: null,
  });
  // The dossier unit's annual report of the year, as submitAnnualReport writes it (no file).
  await db.qmsRecord.create({
    data: {
      agencyId: dossier.id,
      category: "ANNUAL_REPORT",
      title: `Báo cáo năm ${year} về áp dụng HTQLCL`,
      createdById: dossierOfficer.id,
      versions: {
        create: {
          number: 1,
          periodFrom: utc(year, 1, 1),
          periodTo: utc(year, 12, 31),
          uploadedById: dossierOfficer.id,
          annualReport: {
            create: {
              agencyId: dossier.id,
              year,
              scopeDescription: "Toàn bộ thủ tục hành chính của Sở",
              procedureCount: 112,
              improvements: "Số hoá quy trình tiếp nhận hồ sơ",
            },
          },
        },
      },
    },
  });

  // The on-site unit's signed-off inspection with a finding, answered with a file and accepted.
  const { inspection, findings } = await insertInspection({
    planId: plan.id,
    agencyId: onSite.id,
    signedOffById: lead.id,
    recordDate: utc(year, 6, 5),
    items: [
      { code: "QD-01", result: "CONFORM" },
      { code: "QD-02", result: "MINOR_NC", note: "Danh mục TTHC chưa cập nhật" },
    ],
    findings: [{ code: "QD-02", severity: "MINOR", dueDate: utc(year, 8, 5), status: "CLOSED" }],
  });
  const evidence = await storedFile("Danh mục TTHC cập nhật.pdf");
  const report = await db.correctiveReport.create({
    data: { inspectionId: inspection.id, agencyId: onSite.id, submittedById: officer.id },
  });
  await db.correctiveAnswer.create({
    data: {
      findingId: findings[0]!.id,
      reportId: report.id,
      round: 1,
      cause: "Chưa phân công người cập nhật",
      action: "Cập nhật danh mục và phân công theo dõi",
      status: "ACCEPTED",
      submittedById: officer.id,
      submittedAt: utc(year, 7, 1),
      verifiedById: admin.id,
      verifiedAt: utc(year, 7, 10),
      verdictNote: "Khắc phục có hiệu lực",
      evidence: {
        create: {
          kind: "FILE",
          fileKey: evidence.key,
          fileName: evidence.name,
          fileSize: evidence.size,
          contentType: "application/pdf",
          sha256: evidence.sha256,
          createdById: officer.id,
        },
      },
    },
  });

  // The year's reports: the December report approved by the director (in), a November draft (out).
  await db.yearReport.create({
    data: {
      kind: "MINISTRY_ANNUAL",
      year,
      asOf: utc(year, 12, 10),
      status: "APPROVED",
      approvalNumber: "121/BC-SKHCN",
      approvalDate: utc(year, 12, 12),
      createdById: admin.id,
    },
  });
  await db.yearReport.create({
    data: { kind: "NOVEMBER_CONSOLIDATION", year, asOf: utc(year, 11, 15), createdById: admin.id },
  });

  // The plan's papers: the team decision and the request letter issued (in), the check decision a draft (out),
  // and a correction letter, issued, after the dossier unit was asked for its missing records.
  const issued = { issuedAt: utc(year, 2, 2), issuedById: admin.id, lockVersion: 1 };
  const correction = await db.recordRequest.create({
    data: {
      agencyId: dossier.id,
      planId: plan.id,
      categories: ["INTERNAL_AUDIT_REPORT"],
      comment: "Thiếu báo cáo đánh giá nội bộ",
      requestedById: admin.id,
    },
  });
  await db.planPaper.createMany({
    data: [
      { planId: plan.id, kind: "TEAM_DECISION", ...issued },
      { planId: plan.id, kind: "REQUEST_LETTER", number: "120/SKHCN-TĐC", date: utc(year, 2, 1), ...issued },
      { planId: plan.id, kind: "CHECK_DECISION", number: "130/QĐ-SKHCN", lockVersion: 1 },
      {
        planId: plan.id,
        kind: "CORRECTION_LETTER",
        agencyId: dossier.id,
        recordRequestId: correction.id,
        number: "135/SKHCN-TĐC",
        date: utc(year, 4, 20),
        ...issued,
      },
    ],
  });

  return {
    admin,
    inspector,
    committee,
    partner: actorOf(partnerUser),
    officer,
    plan,
    onSite,
    dossier,
    decision,
    evidence,
    planRecordId: planRecord.id,
    otherYearRecordId: otherYear.id,
  };
}

/**
 * A plan whose unit's record holds `files` stored files of `megabytes` MB each of random bytes (which do not
 * compress), written to storage a megabyte at a time so the test itself never holds one whole.
 */
export async function bigPlanArchive(admin: Actor, year: number, files: number, megabytes: number) {
  const unit = await createAgency();
  const plan = await insertPlan({
    createdById: admin.id,
    year,
    status: "IN_PROGRESS",
    targets: [{ agencyId: unit.id }],
  });
  const { randomBytes } = await import("node:crypto");
  const stored = [];
  for (let i = 0; i < files; i++) {
    stored.push(
      await getStorage().put(
        (async function* () {
          for (let m = 0; m < megabytes; m++) yield new Uint8Array(randomBytes(1024 * 1024));
        })(),
      ),
    );
  }
  await db.qmsRecord.create({
    data: {
      agencyId: unit.id,
      category: "INTERNAL_AUDIT_REPORT",
      title: "Báo cáo đánh giá nội bộ (ảnh chụp)",
      planId: plan.id,
      createdById: admin.id,
      versions: {
        create: {
          number: 1,
          effectiveDate: utc(year, 3, 1),
          uploadedById: admin.id,
          files: {
            create: stored.map((s, i) => ({
              storageKey: s.key,
              fileName: `anh-${i + 1}.jpg`,
              contentType: "image/jpeg",
              size: BigInt(s.size),
              sha256: s.sha256,
              uploadedById: admin.id,
            })),
          },
        },
      },
    },
  });
  return { plan, bytes: stored.reduce((sum, s) => sum + s.size, 0) };
}
