// The pages the first-load case measures: every `page.tsx` under app/ (found on disk, so a new page cannot be
// left out), each with one sample URL on the seeded 2021 data and the demo role that opens it. The few rows the
// seed does not make (a signed-off inspection with a finding, a record, a year report, an import preview, an
// amendment of the plan) are written here, straight in the bench database, on the seeded plan and units.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { demoAccounts } from "@/prisma/seed/demo";
import { plan2021 } from "@/prisma/seed/plan-2021";

/** Route patterns of the app's pages as the URL shows them: route groups `(…)` left out, `[id]` kept. */
export function pageRoutes(appDir = path.join(process.cwd(), "app")): string[] {
  return readdirSync(appDir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => {
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((s) => s !== "." && !/^\(.*\)$/.test(s));
      return `/${segments.join("/")}`;
    })
    .sort();
}

export type World = Awaited<ReturnType<typeof sampleWorld>>;
/** null: the page is opened signed out. */
export type Sample = { url: string; role: Role | null };

/** One sample per route pattern; a page added under app/ without a line here fails the case. */
export const samples: Record<string, (w: World) => Sample> = {
  "/": () => ({ url: "/", role: "DOST_ADMIN" }),
  "/bang-kiem": () => ({ url: "/bang-kiem", role: "DOST_ADMIN" }),
  "/bang-kiem/[id]": (w) => ({ url: `/bang-kiem/${w.checklistId}`, role: "DOST_ADMIN" }),
  "/bang-kiem/doi-chieu": () => ({ url: "/bang-kiem/doi-chieu", role: "DOST_ADMIN" }),
  "/bao-cao": () => ({ url: "/bao-cao", role: "DOST_ADMIN" }),
  "/bao-cao/[id]": (w) => ({ url: `/bao-cao/${w.yearReportId}`, role: "DOST_ADMIN" }),
  "/co-quan": () => ({ url: "/co-quan", role: "DOST_ADMIN" }),
  "/co-quan/[id]": (w) => ({ url: `/co-quan/${w.agencyId}`, role: "DOST_ADMIN" }),
  "/co-quan/[id]/sua": (w) => ({ url: `/co-quan/${w.agencyId}/sua`, role: "DOST_ADMIN" }),
  "/co-quan/nhap": () => ({ url: "/co-quan/nhap", role: "DOST_ADMIN" }),
  "/co-quan/nhap/[id]": (w) => ({ url: `/co-quan/nhap/${w.importId}`, role: "DOST_ADMIN" }),
  "/co-quan/sap-xep": () => ({ url: "/co-quan/sap-xep", role: "DOST_ADMIN" }),
  "/dang-nhap": () => ({ url: "/dang-nhap", role: null }),
  "/dang-xuat": () => ({ url: "/dang-xuat", role: "DOST_ADMIN" }),
  "/doi-mat-khau": () => ({ url: "/doi-mat-khau", role: "AGENCY_OFFICER" }),
  "/gioi-thieu": () => ({ url: "/gioi-thieu", role: null }),
  "/ho-so": () => ({ url: "/ho-so", role: "AGENCY_OFFICER" }),
  "/ho-so/[id]": (w) => ({ url: `/ho-so/${w.recordId}`, role: "AGENCY_OFFICER" }),
  "/ho-so/[id]/phien-ban-moi": (w) => ({ url: `/ho-so/${w.recordId}/phien-ban-moi`, role: "AGENCY_OFFICER" }),
  "/ho-so/bao-cao-nam/moi": () => ({ url: "/ho-so/bao-cao-nam/moi", role: "AGENCY_OFFICER" }),
  "/ho-so/day-du": () => ({ url: "/ho-so/day-du", role: "DOST_ADMIN" }),
  "/ho-so/moi": () => ({ url: "/ho-so/moi", role: "AGENCY_OFFICER" }),
  "/ke-hoach": () => ({ url: "/ke-hoach", role: "DOST_ADMIN" }),
  "/ke-hoach/[id]": (w) => ({ url: `/ke-hoach/${w.planId}`, role: "DOST_ADMIN" }),
  "/ke-hoach/[id]/doan": (w) => ({ url: `/ke-hoach/${w.planId}/doan`, role: "DOST_ADMIN" }),
  "/ke-hoach/[id]/kiem-tra": (w) => ({ url: `/ke-hoach/${w.planId}/kiem-tra`, role: "DOST_ADMIN" }),
  "/ke-hoach/[id]/lich": (w) => ({ url: `/ke-hoach/${w.planId}/lich`, role: "DOST_ADMIN" }),
  "/ke-hoach/[id]/pham-vi": (w) => ({ url: `/ke-hoach/${w.planId}/pham-vi`, role: "DOST_ADMIN" }),
  // The comparison and the edit form are of the amendment (a draft with a previous version).
  "/ke-hoach/[id]/so-sanh": (w) => ({ url: `/ke-hoach/${w.amendmentId}/so-sanh`, role: "DOST_ADMIN" }),
  "/ke-hoach/[id]/sua": (w) => ({ url: `/ke-hoach/${w.amendmentId}/sua`, role: "DOST_ADMIN" }),
  "/ke-hoach/[id]/van-ban": (w) => ({ url: `/ke-hoach/${w.planId}/van-ban`, role: "DOST_ADMIN" }),
  "/ke-hoach/moi": () => ({ url: "/ke-hoach/moi", role: "DOST_ADMIN" }),
  "/khac-phuc": () => ({ url: "/khac-phuc", role: "AGENCY_OFFICER" }),
  "/khac-phuc/bao-cao/[inspectionId]": (w) => ({
    url: `/khac-phuc/bao-cao/${w.signedOffInspectionId}`,
    role: "AGENCY_OFFICER",
  }),
  "/kiem-tra": () => ({ url: "/kiem-tra", role: "DOST_INSPECTOR" }),
  // The checklist and the conclusion while they can still be filled in (the most interactive state).
  "/kiem-tra/[id]": (w) => ({ url: `/kiem-tra/${w.openInspectionId}`, role: "DOST_INSPECTOR" }),
  "/kiem-tra/[id]/ket-luan": (w) => ({ url: `/kiem-tra/${w.openInspectionId}/ket-luan`, role: "DOST_INSPECTOR" }),
  "/kiem-tra/[id]/bien-ban": (w) => ({ url: `/kiem-tra/${w.signedOffInspectionId}/bien-ban`, role: "DOST_ADMIN" }),
  "/phat-hien": () => ({ url: "/phat-hien", role: "DOST_ADMIN" }),
  "/phat-hien/[id]": (w) => ({ url: `/phat-hien/${w.findingId}`, role: "AGENCY_OFFICER" }),
  "/phien": () => ({ url: "/phien", role: "DOST_ADMIN" }),
  "/quan-tri/nguoi-dung": () => ({ url: "/quan-tri/nguoi-dung", role: "DOST_ADMIN" }),
  "/quan-tri/nguoi-dung/[id]": (w) => ({ url: `/quan-tri/nguoi-dung/${w.officerId}`, role: "DOST_ADMIN" }),
  "/quan-tri/nhat-ky": () => ({ url: "/quan-tri/nhat-ky", role: "DOST_ADMIN" }),
  "/quan-tri/thu-di": () => ({ url: "/quan-tri/thu-di", role: "DOST_ADMIN" }),
  "/thong-bao": () => ({ url: "/thong-bao", role: "DOST_ADMIN" }),
  "/tong-quan": () => ({ url: "/tong-quan?nam=2021", role: "COMMITTEE_VIEWER" }),
  "/tong-quan/don-vi/[id]": (w) => ({ url: `/tong-quan/don-vi/${w.agencyId}`, role: "COMMITTEE_VIEWER" }),
  "/tong-quan/qua-cac-nam": () => ({ url: "/tong-quan/qua-cac-nam", role: "COMMITTEE_VIEWER" }),
};

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * The ids the samples need, on a freshly seeded database (demo accounts on): the 2021 plan, Long Xuyên (the demo
 * officer's unit) and its on-site inspection, signed off here with one finding; an on-site inspection assigned to
 * the demo DOST inspector, left open; a record of Long Xuyên; a November report of 2021; an import preview; and an
 * amendment of the plan.
 */
export async function sampleWorld(db: PrismaClient) {
  const account = (role: Role) =>
    db.user.findUniqueOrThrow({ where: { email: demoAccounts.find((a) => a.role === role)!.email } });
  const [admin, inspector, officer] = await Promise.all([
    account("DOST_ADMIN"),
    account("DOST_INSPECTOR"),
    account("AGENCY_OFFICER"),
  ]);
  const agencyId = officer.agencyId!;
  const plan = await db.inspectionPlan.findFirstOrThrow({
    where: { year: plan2021.year, number: plan2021.number, previousId: null },
  });
  const template = await db.checklistTemplate.findFirstOrThrow({ where: { standard: "ISO_9001_2015", version: 1 } });

  const signedOff = await db.inspection.findFirstOrThrow({
    where: { planId: plan.id, agencyId, kind: "ON_SITE" },
    include: { items: { orderBy: { position: "asc" }, take: 1, include: { checklistItem: true } } },
  });
  const item = signedOff.items[0]!;
  await db.inspection.update({
    where: { id: signedOff.id },
    data: {
      status: "SIGNED_OFF",
      startedAt: utc(2021, 5, 10),
      recordDate: utc(2021, 5, 10),
      representativeName: "Nguyễn Văn Đại Diện",
      representativeTitle: "Phó Chủ tịch UBND",
      overallResult: "CONFORMING_WITH_FINDINGS",
      signedOffAt: new Date(Date.UTC(2021, 4, 10, 9)),
      signedOffById: admin.id,
    },
  });
  await db.inspectionItem.update({ where: { id: item.id }, data: { result: "MINOR_NC", note: "Chưa cập nhật" } });
  const finding = await db.finding.create({
    data: {
      inspectionId: signedOff.id,
      itemId: item.id,
      agencyId,
      number: 1,
      clause: item.checklistItem.clause,
      severity: "MINOR",
      description: "Chưa cập nhật danh mục tài liệu nội bộ",
      requiredAction: "Cập nhật danh mục và báo cáo",
      dueDate: utc(2021, 7, 10),
    },
  });
  const open = await db.inspection.findFirstOrThrow({
    where: {
      planId: plan.id,
      kind: "ON_SITE",
      status: { not: "SIGNED_OFF" },
      assignees: { some: { member: { userId: inspector.id } } },
    },
  });

  const record = await db.qmsRecord.create({
    data: {
      agencyId,
      category: "INTERNAL_AUDIT_REPORT",
      title: "Báo cáo đánh giá nội bộ năm 2021",
      planId: plan.id,
      createdById: officer.id,
      versions: {
        create: {
          number: 1,
          periodFrom: utc(2021, 1, 1),
          periodTo: utc(2021, 12, 31),
          uploadedById: officer.id,
          files: {
            create: {
              storageKey: `bench-first-load-${plan.id}`,
              fileName: "Báo cáo đánh giá nội bộ.pdf",
              contentType: "application/pdf",
              size: 1024n,
              sha256: "0".repeat(64),
              uploadedById: officer.id,
            },
          },
        },
      },
    },
  });
  // Figures left null: the page computes them on view (a draft made before figures were stored).
  const yearReport = await db.yearReport.create({
    data: { kind: "NOVEMBER_CONSOLIDATION", year: 2021, asOf: utc(2021, 11, 30), createdById: admin.id },
  });
  const agencyImport = await db.agencyImport.create({
    data: {
      fileName: "danh-muc-co-quan.xlsx",
      format: "xlsx",
      rowCount: 1,
      createCount: 0,
      updateCount: 0,
      errorCount: 1,
      errors: [{ row: 2, column: "parentCode", key: "agencies.import.cycle" }],
      createdById: admin.id,
    },
  });
  // An amendment as lib/plans/versions amendPlan starts it (that module reaches the catalogue through use-intl,
  // which this process cannot load): a draft version 2 with the same content and scope, one date moved.
  const [coordinators, milestones, targets] = await Promise.all([
    db.planCoordinator.findMany({ where: { planId: plan.id } }),
    db.planMilestone.findMany({ where: { planId: plan.id } }),
    db.planTarget.findMany({ where: { planId: plan.id } }),
  ]);
  const amendment = await db.inspectionPlan.create({
    data: {
      year: plan.year,
      number: plan.number,
      version: plan.version + 1,
      previousId: plan.id,
      issuedOn: plan.issuedOn,
      title: plan.title,
      legalBases: plan.legalBases,
      objectives: plan.objectives,
      requirements: plan.requirements,
      leadAgencyId: plan.leadAgencyId,
      isSample: plan.isSample,
      createdById: admin.id,
      coordinators: { create: coordinators.map((c) => ({ agencyId: c.agencyId })) },
      milestones: {
        create: milestones.map((m, i) => ({ kind: m.kind, date: i ? m.date : utc(2021, 12, 10), note: m.note })),
      },
      targets: { create: targets.map(({ id: _id, planId: _planId, ...target }) => target) },
    },
  });

  return {
    planId: plan.id,
    amendmentId: amendment.id,
    checklistId: template.id,
    agencyId,
    officerId: officer.id,
    signedOffInspectionId: signedOff.id,
    openInspectionId: open.id,
    findingId: finding.id,
    recordId: record.id,
    yearReportId: yearReport.id,
    importId: agencyImport.id,
  };
}
