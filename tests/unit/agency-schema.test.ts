import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { agencyListQuerySchema, updateAgencySchema } from "@/lib/agencies/schema";

const base = {
  id: "11111111-1111-4111-8111-111111111111",
  version: "3",
  name: "UBND Phường Mỹ Hòa",
  kindId: "22222222-2222-4222-8222-222222222222",
  isoRequirement: "ENCOURAGED",
  standardVersion: "ISO_9001_2015",
};

function issues(result: z.ZodSafeParseResult<unknown>) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("updateAgencySchema", () => {
  it("reads a form as typed: version as a number, dd/MM/yyyy dates as calendar days", () => {
    const parsed = updateAgencySchema.parse({
      ...base,
      announcementNumber: "123/QĐ-UBND",
      announcementDate: "25/02/2021",
      validFrom: "1/7/2025",
      validTo: "2025-12-31",
    });
    expect(parsed).toMatchObject({
      version: 3,
      announcementNumber: "123/QĐ-UBND",
      announcementDate: utc(2021, 2, 25),
      validFrom: utc(2025, 7, 1),
      validTo: utc(2025, 12, 31),
    });
  });

  it("turns empty optional fields into null and an empty validFrom into the registry's start", () => {
    const empty = {
      shortName: "",
      nameEn: "  ",
      parentId: "",
      group: "",
      announcementNumber: "",
      announcementDate: "",
      procedureCount: "",
      contactName: "",
      contactPhone: "",
      contactEmail: " ",
      note: "",
      validFrom: "",
      validTo: "",
    };
    const parsed = updateAgencySchema.parse({ ...base, ...empty });
    for (const key of [
      "shortName",
      "nameEn",
      "parentId",
      "group",
      "announcementNumber",
      "announcementDate",
      "procedureCount",
      "contactName",
      "contactPhone",
      "contactEmail",
      "note",
      "validTo",
    ] as const) {
      expect(parsed[key], key).toBeNull();
    }
    expect(parsed.validFrom).toEqual(utc(2000, 1, 1));
    expect(parsed.confirmed).toBe(false);
  });

  it("reads the confirmed checkbox", () => {
    expect(updateAgencySchema.parse({ ...base, confirmed: "on" }).confirmed).toBe(true);
    expect(updateAgencySchema.parse({ ...base, confirmed: "false" }).confirmed).toBe(false);
    expect(updateAgencySchema.parse({ ...base, confirmed: true }).confirmed).toBe(true);
  });

  it("refuses an end of validity before its start, on validTo", () => {
    expect(issues(updateAgencySchema.safeParse({ ...base, validFrom: "01/07/2025", validTo: "30/06/2025" }))).toEqual([
      { path: "validTo", message: "agencies.errors.validityOrder" },
    ]);
    expect(updateAgencySchema.safeParse({ ...base, validFrom: "01/07/2025", validTo: "01/07/2025" }).success).toBe(
      true,
    );
  });

  it("refuses an announcement number without its date, on announcementDate", () => {
    expect(issues(updateAgencySchema.safeParse({ ...base, announcementNumber: "05/QĐ-UBND" }))).toEqual([
      { path: "announcementDate", message: "agencies.errors.announcementDate" },
    ]);
    expect(updateAgencySchema.safeParse({ ...base, announcementDate: "18/12/2021" }).success).toBe(true);
  });

  it.each(["31/02/2021", "2021-13-01", "hôm qua"])("refuses the date %j with agencies.errors.date", (date) => {
    expect(
      issues(updateAgencySchema.safeParse({ ...base, announcementNumber: "1/QĐ", announcementDate: date })),
    ).toContainEqual({ path: "announcementDate", message: "agencies.errors.date" });
  });

  it.each(["12345", "0296-abc-852", "+84 296 3852 000 000 000"])("refuses the phone %j", (phone) => {
    expect(issues(updateAgencySchema.safeParse({ ...base, contactPhone: phone }))).toEqual([
      { path: "contactPhone", message: "agencies.errors.phone" },
    ]);
  });

  it("accepts phone numbers as offices write them", () => {
    for (const phone of ["0296 3852 000", "+84 296 3852 000", "(0296) 385.2000"])
      expect(updateAgencySchema.parse({ ...base, contactPhone: phone }).contactPhone).toBe(phone);
  });

  it("refuses a malformed e-mail and lower-cases a good one", () => {
    expect(issues(updateAgencySchema.safeParse({ ...base, contactEmail: "vanphong@" }))).toEqual([
      { path: "contactEmail", message: "errors.email" },
    ]);
    expect(updateAgencySchema.parse({ ...base, contactEmail: " VanPhong@AnGiang.gov.vn " }).contactEmail).toBe(
      "vanphong@angiang.gov.vn",
    );
  });

  it.each([
    ["0", 0],
    ["10000", 10_000],
    [" 42 ", 42],
  ])("accepts %j procedures", (value, expected) => {
    expect(updateAgencySchema.parse({ ...base, procedureCount: value }).procedureCount).toBe(expected);
  });

  it.each(["-1", "10001", "2.5", "nhiều"])("refuses %j procedures", (value) => {
    expect(issues(updateAgencySchema.safeParse({ ...base, procedureCount: value }))).toEqual([
      { path: "procedureCount", message: "agencies.errors.procedureCount" },
    ]);
  });

  it("stores combining (NFD) input in NFC", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const parsed = updateAgencySchema.parse({
      ...base,
      name: nfd("  UBND Xã Mỹ Hoà Hưng "),
      shortName: nfd("Mỹ Hoà Hưng"),
      contactName: nfd("Nguyễn Thị Ánh"),
      note: nfd("Đã công bố lại"),
    });
    expect(parsed).toMatchObject({
      name: "UBND Xã Mỹ Hoà Hưng",
      shortName: "Mỹ Hoà Hưng",
      contactName: "Nguyễn Thị Ánh",
      note: "Đã công bố lại",
    });
    expect(parsed.name).toBe(parsed.name.normalize("NFC"));
  });

  it("refuses an empty name as missing, and only once", () => {
    expect(issues(updateAgencySchema.safeParse({ ...base, name: "   " })).filter((i) => i.path === "name")).toEqual([
      { path: "name", message: "errors.required" },
    ]);
  });

  it("refuses a missing or one-letter name, a bad id, kind or choice", () => {
    const found = issues(
      updateAgencySchema.safeParse({
        ...base,
        id: "883",
        name: " X ",
        kindId: "ubnd_xa",
        parentId: "883",
        isoRequirement: "SOMETIMES",
        standardVersion: "ISO_9001_2000",
      }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        { path: "id", message: "errors.invalidId" },
        { path: "name", message: "agencies.errors.nameTooShort" },
        { path: "kindId", message: "errors.invalidChoice" },
        { path: "parentId", message: "errors.invalidChoice" },
        { path: "isoRequirement", message: "errors.invalidChoice" },
        { path: "standardVersion", message: "errors.invalidChoice" },
      ]),
    );
  });
});

describe("agencyListQuerySchema", () => {
  it("falls back to no filter on bad values instead of failing", () => {
    expect(
      agencyListQuerySchema.parse({ standard: "ISO_1", requirement: "x", announced: "maybe", page: "-3" }),
    ).toEqual({ page: 1 });
    expect(
      agencyListQuerySchema.parse({ q: " long xuyen ", kind: "ubnd_xa", page: "2", activeOn: "01/01/2021" }),
    ).toEqual({ q: "long xuyen", kind: "ubnd_xa", page: 2, activeOn: "01/01/2021" });
  });
});
