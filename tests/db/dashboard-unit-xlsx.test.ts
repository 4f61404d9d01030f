import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { unitDashboard } from "@/lib/dashboard/unit/data";
import { unitDashboardTables, unitWorkbookTables } from "@/lib/dashboard/unit/tables";
import type { DashboardTable } from "@/lib/dashboard/table-model";
import { formatCalendarDate, isoDay, todayInVietnam } from "@/lib/dates";
import { db } from "@/lib/db";
import type { Agency } from "@/lib/generated/prisma/client";
import { createTranslator } from "@/lib/i18n";
import { createAgency } from "@/tests/factories/agencies";
import { insertInspection } from "@/tests/factories/inspection-rows";
import { insertPlan } from "@/tests/factories/plans";
import { createActor } from "@/tests/factories/users";

// Only the request's edges are replaced: the session (the actor) and the cookies the language is read from.
const request = vi.hoisted(() => ({ actor: null as unknown, locale: undefined as string | undefined }));
vi.mock("@/lib/auth/session", () => ({
  getCurrentActor: async () => request.actor,
  getCurrentSession: async () => null,
  requestIp: async () => "198.51.100.33",
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "locale" && request.locale ? { name, value: request.locale } : undefined),
  }),
}));
const { GET } = await import("@/app/(app)/tong-quan/don-vi/[id]/bang-so-lieu/route");

/*
 * Commune A (until 30/06/2025) merged into N on 01/07/2025; O is another unit. Year y1: a plan on A and O, A's dossier
 * review (2 of 2 conforming) and on-site inspection (1 of 2) signed off. Year y2: a plan on N, its dossier review
 * signed off (1 of 2) with an overdue major finding.
 */
const y1 = 7000 + Math.floor(Math.random() * 800);
const y2 = y1 + 4;
const yesterday = new Date(Date.now() - 24 * 3600 * 1000);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const today = todayInVietnam();

let admin: Actor, officerN: Actor, officerO: Actor;
let A: Agency, N: Agency, O: Agency;
let aDossier: string;

beforeAll(async () => {
  A = await createAgency({ validTo: utc(2025, 6, 30) });
  O = await createAgency();
  N = await createAgency({ validFrom: utc(2025, 7, 1) });
  await db.agencySuccession.create({
    data: { predecessorId: A.id, successorId: N.id, kind: "MERGE", effectiveDate: utc(2025, 7, 1) },
  });
  [admin, officerN, officerO] = await Promise.all([
    createActor("DOST_ADMIN").then((a) => a.actor),
    createActor("AGENCY_OFFICER", { agencyId: N.id }).then((a) => a.actor),
    createActor("AGENCY_OFFICER", { agencyId: O.id }).then((a) => a.actor),
  ]);
  const plan1 = await insertPlan({
    createdById: admin.id,
    year: y1,
    status: "COMPLETED",
    targets: [{ agencyId: A.id, onSite: "MANDATORY" }, { agencyId: O.id }],
  });
  const plan2 = await insertPlan({
    createdById: admin.id,
    year: y2,
    status: "IN_PROGRESS",
    targets: [{ agencyId: N.id }],
  });
  aDossier = (
    await insertInspection({
      planId: plan1.id,
      agencyId: A.id,
      kind: "DOSSIER",
      overallResult: "CONFORMING",
      items: [
        { code: "QD-01", result: "CONFORM" },
        { code: "QD-02", result: "CONFORM" },
      ],
    })
  ).inspection.id;
  await insertInspection({
    planId: plan1.id,
    agencyId: A.id,
    kind: "ON_SITE",
    overallResult: "CONFORMING_WITH_FINDINGS",
    items: [
      { code: "N-4.1", result: "CONFORM" },
      { code: "N-4.2", result: "MINOR_NC" },
    ],
    findings: [{ code: "N-4.2", severity: "MINOR", dueDate: utc(2999, 1, 1) }],
  });
  await insertInspection({
    planId: plan2.id,
    agencyId: N.id,
    kind: "DOSSIER",
    overallResult: "NOT_CONFORMING",
    items: [
      { code: "QD-01", result: "MAJOR_NC" },
      { code: "QD-02", result: "CONFORM" },
    ],
    findings: [{ code: "QD-01", severity: "MAJOR", dueDate: utc(2020, 1, 1) }],
  });
  await insertInspection({
    planId: plan1.id,
    agencyId: O.id,
    kind: "DOSSIER",
    items: [{ code: "QD-01", result: "CONFORM" }],
  });
  // The factory signs off in 2051; the dashboard counts up to the as-of day.
  await db.inspection.updateMany({
    where: { planId: { in: [plan1.id, plan2.id] }, status: "SIGNED_OFF" },
    data: { signedOffAt: yesterday },
  });
});

function get(actor: Actor, id: string, query = "", locale?: "vi" | "en") {
  request.actor = actor;
  request.locale = locale;
  return GET(new Request(`http://localhost/tong-quan/don-vi/${id}/bang-so-lieu${query}`), {
    params: Promise.resolve({ id }),
  });
}

async function workbookOf(response: Response) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as never);
  return workbook;
}

/** A sheet's rows as plain values (row 1 first), empty cells as null. */
function sheetRows(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  for (let n = 1; n <= sheet.rowCount; n++) {
    // Cells left empty are holes in exceljs's array: read as null.
    rows.push(Array.from((sheet.getRow(n).values as unknown[]).slice(1), (v) => v ?? null));
  }
  return rows;
}

/** What a table's sheet must hold: its title, its header row, then each row's name and cell values; its note last. */
const expectedRows = (table: DashboardTable): unknown[][] => [
  [table.title],
  [table.rowHeading, ...table.columns.map((c) => c.label)],
  ...table.rows.map((row) => {
    const values = [row.header, ...table.columns.map((_, i) => row.cells[i]?.value ?? null)];
    // A row's trailing empty cells are not stored.
    while (values.length > 1 && values.at(-1) === null) values.pop();
    return values;
  }),
  ...(table.note ? [[], [table.note]] : []),
];

const tablesOf = async (actor: Actor, options: { inspectionId?: string } = {}) =>
  unitDashboardTables((await unitDashboard(scopeFor(actor), { agencyId: N.id, asOf: today, ...options }))!, {
    t: createTranslator("vi"),
    locale: "vi",
  });

describe("the unit dashboard's XLSX (/tong-quan/don-vi/<id>/bang-so-lieu)", () => {
  it("answers a workbook named after the unit and the day, never cached or sniffed", async () => {
    const response = await get(admin, N.id);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toContain(
      `filename="tong-quan-don-vi-${N.code}-${isoDay(today)}.xlsx"`,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe("PK");
  });

  it("says what was exported (unit, as-of day, who), then holds every table of the page with the same figures", async () => {
    const workbook = await workbookOf(await get(admin, N.id));
    const [summary, ...sheets] = workbook.worksheets;
    const tables = unitWorkbookTables(await tablesOf(admin));
    expect(summary!.name).toBe("Tổng quan");
    expect(sheetRows(summary!)).toEqual([
      [`Tổng quan đơn vị: ${N.name}`],
      [`Đơn vị: ${N.name} (mã ${N.code})`],
      [`Số liệu đến ngày: ${formatCalendarDate(today)}`],
      [`Người xuất: ${admin.name}`],
      [],
      ...tables.map((table) => [table.title]),
    ]);
    expect(sheets).toHaveLength(tables.length);
    sheets.forEach((sheet, i) => expect(sheetRows(sheet)).toEqual(expectedRows(tables[i]!)));
  });

  it("the scores read A's y1 results under N (as 'A (nay là N)') and N's own y2 result; the score's sum is a note", async () => {
    const workbook = await workbookOf(await get(admin, N.id));
    const sheet = workbook.worksheets.find(
      (s) => s.getCell("A1").value === `Mức phù hợp và kết quả kiểm tra của ${N.name} qua các năm`,
    )!;
    const rows = sheetRows(sheet).slice(2, 4);
    expect(rows).toEqual([
      [String(y1), `${A.name} (nay là ${N.name})`, 100, 50, "Đạt, còn điểm cần khắc phục", 1],
      [String(y2), N.name, 50, "Không có trong kế hoạch", "Chưa đạt yêu cầu", 1],
    ]);
    expect(sheet.getCell("C3").type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell("D3").note).toBe("1/2 = 50,0 %");
    // The overdue finding says so in its due date.
    const findings = workbook.worksheets.find((s) => String(s.getCell("A1").value).startsWith("Phát hiện chưa đóng"))!;
    expect(sheetRows(findings).flat()).toContain("01/01/2020 (quá hạn)");
  });

  it("takes the page's own query: the inspection shown by clause group, and the as-of day", async () => {
    const chosen = await workbookOf(await get(admin, N.id, `?kiem-tra=${aDossier}`));
    const clauses = (await tablesOf(admin, { inspectionId: aDossier })).clauses;
    expect(clauses.title).toBe(`Mức phù hợp theo nhóm điều khoản của cuộc kiểm tra Qua hồ sơ, báo cáo năm ${y1}`);
    const sheet = chosen.worksheets.find((s) => s.getCell("A1").value === clauses.title)!;
    expect(sheetRows(sheet)).toEqual(expectedRows(clauses));
    expect(sheetRows(sheet).at(-3)).toEqual(["Toàn bộ", 2, 2, 0, 100]);

    // As of the day before the sign-offs: nothing counts yet.
    const before = formatCalendarDate(new Date(yesterday.getTime() - 2 * 24 * 3600 * 1000));
    const response = await get(admin, N.id, `?ngay=${encodeURIComponent(before)}`);
    expect(response.headers.get("content-disposition")).toContain(
      `tong-quan-don-vi-${N.code}-${before.split("/").reverse().join("-")}.xlsx`,
    );
    const old = await workbookOf(response);
    expect(sheetRows(old.worksheets[0]!)[2]).toEqual([`Số liệu đến ngày: ${before}`]);
    const scores = sheetRows(old.worksheets[1]!).slice(2, 4);
    expect(scores.map((row) => row.slice(2, 4))).toEqual([
      ["Chưa có", "Chưa có"],
      ["Chưa có", "Không có trong kế hoạch"],
    ]);
  });

  it("is written in the reader's language", async () => {
    const workbook = await workbookOf(await get(admin, N.id, "", "en"));
    expect(workbook.worksheets[0]!.name).toBe("Overview");
    expect(sheetRows(workbook.worksheets[0]!).slice(0, 2)).toEqual([
      [`Unit overview: ${N.name}`],
      [`Unit: ${N.name} (code ${N.code})`],
    ]);
  });

  it("is read with the page's rule: an officer gets their own unit's, and 404 for another unit", async () => {
    const own = await get(officerN, N.id);
    expect(own.status).toBe(200);
    const workbook = await workbookOf(own);
    const tables = unitWorkbookTables(await tablesOf(officerN));
    workbook.worksheets.slice(1).forEach((sheet, i) => expect(sheetRows(sheet)).toEqual(expectedRows(tables[i]!)));
    // An officer sees their own unit's signed-off inspections only: A's are not listed (their scores are).
    expect(tables[1]!.rows.map((r) => r.header)).toEqual([String(y2)]);

    for (const [actor, id] of [
      [officerO, N.id],
      [officerN, O.id],
      [officerN, A.id],
    ] as const) {
      const response = await get(actor, id);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await response.json()).toMatchObject({ code: "NOT_FOUND" });
    }
  });

  it("a bad id, an unknown unit or a malformed query is 404", async () => {
    for (const [id, query] of [
      ["not-an-id", ""],
      ["00000000-0000-4000-8000-000000000000", ""],
      [N.id, "?kiem-tra=abc"],
      [N.id, "?ngay=31/02/2021"],
    ]) {
      const response = await get(admin, id!, query);
      expect(response.status, `${id}${query}`).toBe(404);
      await response.arrayBuffer();
    }
  });
});
