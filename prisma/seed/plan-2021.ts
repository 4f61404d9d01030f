import { vietnamInstant } from "@/lib/dates";
import { generateInspections } from "@/lib/inspections/generation/mutations";
import { proposedScopeWhere } from "@/lib/plans/targets/proposed-scope";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import agenciesData from "./data/agencies.json" with { type: "json" };
import { provincialCode, seedValidFrom } from "./reference";

/**
 * An Giang's 2021 plan (legal.md §2.1, §7): Plan 05/KH-SKHCN of 19/01/2021, approved by Decision
 * 346/QĐ-UBND of 25/02/2021. The dossier track is the published scope (197 units); the on-site list was not
 * published, so the on-site selection is an illustration and the plan is marked `isSample`.
 */
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
/** Office hours in Viet Nam on that day, for the workflow timestamps. */
const vietnamMorning = (y: number, m: number, d: number) => vietnamInstant(utc(y, m, d), "08:00")!;

export const plan2021 = {
  year: 2021,
  number: "05/KH-SKHCN",
  issuedOn: utc(2021, 1, 19),
  title:
    "Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001 tại các cơ quan hành chính nhà nước trên địa bàn tỉnh An Giang năm 2021",
  legalBases: [
    "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
    "Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ Khoa học và Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg",
  ].join("\n"),
  objectives: [
    "Đánh giá việc xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2008 hoặc TCVN ISO 9001:2015 tại các cơ quan hành chính nhà nước trên địa bàn tỉnh, theo Quyết định số 19/2014/QĐ-TTg.",
    "Yêu cầu cơ quan, đơn vị khắc phục những điểm chưa phù hợp; kết quả kiểm tra là căn cứ chọn cơ quan kiểm tra tại trụ sở những năm sau (Thông tư 26/2014/TT-BKHCN, Điều 37).",
  ].join("\n"),
  // No figures: the plan page states them from the scope (components/plans/scope-statement.tsx), so a copy
  // or an amendment with another scope never quotes this one's numbers.
  requirements: [
    "Kiểm tra qua hồ sơ, báo cáo mọi cơ quan, đơn vị trong phạm vi kiểm tra; kiểm tra tại trụ sở không ít hơn 1/3 số cơ quan bắt buộc áp dụng (Điều 33 Thông tư 26/2014/TT-BKHCN) và một số UBND cấp xã thuộc diện khuyến khích áp dụng.",
    "Nội dung kiểm tra theo Điều 36 Thông tư 26/2014/TT-BKHCN; cơ quan, đơn vị báo cáo bằng văn bản kèm bằng chứng.",
    "Cơ quan được kiểm tra tại trụ sở thực hiện hành động khắc phục và báo cáo trong 2 tháng kể từ ngày ký biên bản kiểm tra (Điều 37).",
  ].join("\n"),
  approvalNumber: "346/QĐ-UBND",
  approvalDate: utc(2021, 2, 25),
  submittedAt: vietnamMorning(2021, 1, 19),
  approvedAt: vietnamMorning(2021, 2, 25),
  milestones: [
    { kind: "CONSOLIDATION", date: utc(2021, 11, 30), note: "Theo TT26 Đ38, Đ42" },
    { kind: "REPORT", date: utc(2021, 12, 15), note: "Theo TT26 Đ38, Đ42" },
  ],
  onSite: { provincial: 10, district: 4, communes: 52 },
  sampleRationale: "Mẫu minh hoạ: danh sách thực tế không công bố",
} as const;

/** The requirements the seed wrote before they lost their figures; a plan still carrying them gets the new text. */
const requirementsWithFigures = [
  "Kiểm tra qua hồ sơ, báo cáo 197 cơ quan, đơn vị: 30 cơ quan cấp tỉnh, 11 UBND cấp huyện và 156 UBND cấp xã.",
  "Kiểm tra tại trụ sở 14 cơ quan bắt buộc áp dụng (10 cơ quan cấp tỉnh, 4 UBND cấp huyện; không ít hơn 1/3 theo Điều 33 Thông tư 26/2014/TT-BKHCN) và 52 UBND cấp xã thuộc diện khuyến khích áp dụng.",
  ...plan2021.requirements.split("\n").slice(1),
].join("\n");

/** Seeded provincial agencies are found by their registry code (names may be edited in the app). */
function codeOf(name: string): string {
  const index = agenciesData.provincialAgencies2021.findIndex((a) => a.name === name);
  if (index < 0) throw new Error(`plan-2021 seed: "${name}" is not in agencies.json`);
  return provincialCode(index);
}
const leadCode = codeOf("Sở Khoa học và Công nghệ");
const coordinatorCodes = [codeOf("Sở Nội vụ"), codeOf("Sở Tư pháp")];

type Unit = { id: string; code: string; parentId: string | null; note: string | null; kind: { code: string } };
const byCode = (a: Unit, b: Unit) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/**
 * The illustrative on-site selection, the same on every run: the first provincial agencies and districts in
 * code order (leaving out the inspecting unit and the two co-operating departments, whose staff sit on the
 * team), and communes taken round-robin across the districts in code order.
 */
export function chooseOnSite(provincial: Unit[], districts: Unit[], communes: Unit[]) {
  const excluded = new Set([leadCode, ...coordinatorCodes]);
  const mandatory = [
    ...[...provincial]
      .sort(byCode)
      .filter((u) => !excluded.has(u.code))
      .slice(0, plan2021.onSite.provincial),
    ...[...districts].sort(byCode).slice(0, plan2021.onSite.district),
  ];
  const queues = [...districts].sort(byCode).map((d) => communes.filter((c) => c.parentId === d.id).sort(byCode));
  const encouraged: Unit[] = [];
  for (
    let round = 0;
    encouraged.length < plan2021.onSite.communes && queues.some((q) => q.length > round);
    round += 1
  ) {
    for (const queue of queues) {
      if (encouraged.length < plan2021.onSite.communes && queue[round]) encouraged.push(queue[round]!);
    }
  }
  return { mandatory, encouraged };
}

/**
 * Creates the plan once: only when no plan 05/KH-SKHCN of 2021 exists, and only when a DOST administrator
 * exists to be its author (the demo seed makes one; a real deployment gets it after `create-admin` and the
 * next start). Returns how many plans it created (0 or 1).
 */
export async function seedPlan2021(
  db: PrismaClient,
  options: { log?: (line: string) => void } = {},
): Promise<{ plans: number }> {
  const where = { year: plan2021.year, number: plan2021.number };
  if (await db.inspectionPlan.count({ where })) {
    // Only the seed's own words: a text edited in the app (in an amendment) is left alone.
    const { count } = await db.inspectionPlan.updateMany({
      where: { ...where, isSample: true, requirements: requirementsWithFigures },
      data: { requirements: plan2021.requirements },
    });
    if (count)
      options.log?.(
        `plan ${plan2021.number} (${plan2021.year}): requirements no longer quote figures (the page states them from the scope)`,
      );
    return { plans: 0 };
  }
  const author = await db.user.findFirst({
    where: { role: "DOST_ADMIN" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  if (!author) {
    options.log?.(`plan ${plan2021.number} (${plan2021.year}) not seeded: no DOST administrator yet to be its author`);
    return { plans: 0 };
  }

  const on = plan2021.issuedOn;
  const units: Unit[] = await db.agency.findMany({
    where: { AND: [proposedScopeWhere(on), { kind: { code: { in: ["co_quan_tinh", "ubnd_huyen", "ubnd_xa"] } } }] },
    select: { id: true, code: true, parentId: true, note: true, kind: { select: { code: true } } },
  });
  const ofKind = (kind: string) => units.filter((u) => u.kind.code === kind);
  const provincial = ofKind("co_quan_tinh");
  const districts = ofKind("ubnd_huyen");
  const communes = ofKind("ubnd_xa");
  const seeded = (code: string) =>
    db.agency.findFirst({ where: { code, validFrom: seedValidFrom }, select: { id: true } });
  const lead = await seeded(leadCode);
  const coordinators = await Promise.all(coordinatorCodes.map(seeded));
  if (!lead || coordinators.some((c) => !c)) {
    options.log?.(`plan ${plan2021.number} (${plan2021.year}) not seeded: the reference agencies are missing`);
    return { plans: 0 };
  }

  const { mandatory, encouraged } = chooseOnSite(provincial, districts, communes);
  const category = new Map([
    ...mandatory.map((u) => [u.id, "MANDATORY"] as const),
    ...encouraged.map((u) => [u.id, "ENCOURAGED"] as const),
  ]);
  const targets = [...provincial, ...districts, ...communes].sort(byCode).map((u) => {
    const onSiteCategory = category.get(u.id) ?? null;
    return {
      agencyId: u.id,
      inDossier: true,
      onSite: onSiteCategory !== null,
      onSiteCategory,
      rationale: onSiteCategory ? plan2021.sampleRationale : null,
    };
  });

  try {
    await db.inspectionPlan.create({
      data: {
        ...where,
        issuedOn: plan2021.issuedOn,
        title: plan2021.title,
        legalBases: plan2021.legalBases,
        objectives: plan2021.objectives,
        requirements: plan2021.requirements,
        leadAgencyId: lead.id,
        status: "APPROVED",
        isSample: true,
        approvalNumber: plan2021.approvalNumber,
        approvalDate: plan2021.approvalDate,
        submittedAt: plan2021.submittedAt,
        approvedAt: plan2021.approvedAt,
        createdById: author.id,
        coordinators: { create: coordinators.map((c) => ({ agencyId: c!.id })) },
        milestones: { create: plan2021.milestones.map((m) => ({ ...m })) },
        targets: { createMany: { data: targets } },
        // Action names as lib/plans writes them, so the thread reads like one made in the app.
        events: {
          create: [
            { action: "submit", at: plan2021.submittedAt, actorId: author.id },
            {
              action: "approve",
              at: plan2021.approvedAt,
              comment: `Quyết định ${plan2021.approvalNumber} ngày 25/02/2021`,
            },
          ],
        },
      },
    });
  } catch (error) {
    // Two seeds at once (two instances starting): the unique (year, number, version) lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return { plans: 0 };
    throw error;
  }
  return { plans: 1 };
}

/**
 * The 2021 plan's inspections (a dossier review per target, an on-site inspection per on-site target), as
 * its approval would have made them, on the version in force (an approved amendment carries the inspections
 * over itself). Every start calls it: a plan that has inspections already got all of them (generation is one
 * transaction), so one count settles it and nothing else runs.
 */
export async function seedInspections2021(db: PrismaClient): Promise<{ inspections: number }> {
  const plan = await db.inspectionPlan.findFirst({
    where: { year: plan2021.year, number: plan2021.number, status: { in: ["APPROVED", "IN_PROGRESS", "COMPLETED"] } },
    orderBy: { version: "desc" },
    select: { id: true, _count: { select: { inspections: true } } },
  });
  if (!plan || plan._count.inspections > 0) return { inspections: 0 };
  const created = await db.$transaction((tx) => generateInspections(tx, plan.id), {
    maxWait: 30_000,
    timeout: 120_000,
  });
  return { inspections: created.inspections };
}
