import { beforeAll, describe, expect, it } from "vitest";
import { listAgencies, listAgenciesForExport, listAgencyFilterChoices, registryView } from "@/lib/agencies/data";
import type { AgencyListQuery } from "@/lib/agencies/schema";
import { type Scope } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import type { Agency } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { compareVietnamese } from "@/lib/text/collation";
import { foldForSearch } from "@/lib/text/normalize";
import { createAgency } from "@/tests/factories/agencies";
import { uniqueToken } from "@/tests/factories/unique";
import { createActor } from "@/tests/factories/users";
import { whileVersionHolds } from "@/tests/support/data-version";

let admin: Scope;
let inspector: Scope;

beforeAll(async () => {
  admin = scopeFor((await createActor("DOST_ADMIN")).actor);
  inspector = scopeFor((await createActor("DOST_INSPECTOR")).actor);
});

const list = (scope: Scope, query: Partial<AgencyListQuery> = {}) => listAgencies(scope, { page: 1, ...query });
const codes = (result: Awaited<ReturnType<typeof list>>) => result.agencies.map((a) => a.code);
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("listAgencies: search and filters on the seeded registry", () => {
  it('finds "UBND Thành phố Long Xuyên" by "long xuyen", with or without diacritics', async () => {
    for (const q of ["long xuyen", "LONG XUYÊN", "  Long   Xuyên "]) {
      const result = await list(inspector, { q });
      expect(codes(result), q).toContain("883");
      expect(result.agencies.find((a) => a.code === "883")).toMatchObject({
        name: "UBND Thành phố Long Xuyên",
        kind: { code: "ubnd_huyen" },
        parent: null,
      });
      for (const a of result.agencies) expect(foldForSearch(a.name)).toMatch(/long.*xuyen|xuyen.*long/);
    }
  });

  it('finds both spellings of Mỹ Hòa by "my hoa"', async () => {
    const communes = await list(inspector, { q: "my hoa", kind: "ubnd_xa" });
    expect(communes.agencies.map((a) => [a.code, a.name])).toEqual([
      ["30307", "UBND Phường Mỹ Hòa"],
      ["30313", "UBND Xã Mỹ Hoà Hưng"],
    ]);
    expect(codes(await list(inspector, { q: "Mỹ Hoà" }))).toEqual(expect.arrayContaining(["30307", "30313"]));
    expect(codes(await list(inspector, { q: "my hoa hung" }))).toEqual(["30313"]);
  });

  it("every search word must match", async () => {
    expect((await list(inspector, { q: "long xuyen chau doc" })).total).toBe(0);
  });

  it("filters by kind: 11 district-level units, 156 communes over 4 pages", async () => {
    const districts = await list(inspector, { kind: "ubnd_huyen" });
    expect(districts.total).toBe(11);
    expect(districts.agencies.every((a) => a.kind.code === "ubnd_huyen")).toBe(true);
    const communes = await list(inspector, { kind: "ubnd_xa", page: 4 });
    expect(communes).toMatchObject({ total: 156, pages: 4 });
    expect(communes.agencies).toHaveLength(6);
  });

  it("a page past the end has no row and still counts the units (its own count)", async () => {
    const past = await list(inspector, { kind: "ubnd_xa", page: 9 });
    expect(past).toMatchObject({ agencies: [], total: 156, pages: 4 });
    expect(await list(inspector, { q: "không có đơn vị nào như vậy" })).toMatchObject({
      agencies: [],
      total: 0,
      pages: 1,
    });
  });

  it("filters by district: the city of Long Xuyên and its 13 communes", async () => {
    const result = await list(inspector, { district: "883" });
    expect(result.total).toBe(14);
    expect(codes(result)).toContain("883");
    expect(
      result.agencies.filter((a) => a.code !== "883").every((a) => a.parent?.name === "UBND Thành phố Long Xuyên"),
    ).toBe(true);
    expect(codes(result)).toEqual(
      expect.arrayContaining([
        "30280",
        "30283",
        "30285",
        "30286",
        "30289",
        "30292",
        "30295",
        "30298",
        "30301",
        "30304",
        "30307",
        "30310",
        "30313",
      ]),
    );
  });

  it("combines the other filters with the scope", async () => {
    const { agencies: found } = await listAgencies(inspector, {
      standard: "ISO_9001_2015",
      requirement: "MANDATORY",
      announced: "no",
      unconfirmed: "yes",
      activeOn: "01/07/2021",
      page: 1,
    });
    expect(found.length).toBeGreaterThan(0);
    expect(
      found.every(
        (a) =>
          a.standardVersion === "ISO_9001_2015" &&
          a.isoRequirement === "MANDATORY" &&
          a.announcementDate === null &&
          !a.confirmed,
      ),
    ).toBe(true);
    expect(found.every((a) => a.kind.code !== "ubnd_xa")).toBe(true);
  });
});

describe("listAgencies: validity", () => {
  const token = uniqueToken();
  let march: Agency;
  let sinceMarch: Agency;
  let future: Agency;

  beforeAll(async () => {
    [march, sinceMarch, future] = await Promise.all([
      createAgency({ name: `Đơn vị tháng ba ${token}`, validFrom: utc(2021, 3, 1), validTo: utc(2021, 3, 31) }),
      createAgency({ name: `Đơn vị từ tháng ba ${token}`, validFrom: utc(2021, 3, 1) }),
      createAgency({ name: `Đơn vị tương lai ${token}`, validFrom: utc(2099, 1, 1) }),
    ]);
  });

  const activeOn = async (activeOn?: string) => new Set(codes(await list(inspector, { q: token, activeOn })));

  it.each([
    ["28/02/2021", []],
    ["01/03/2021", ["march", "sinceMarch"]],
    ["2021-03-15", ["march", "sinceMarch"]],
    ["31/03/2021", ["march", "sinceMarch"]],
    ["01/04/2021", ["sinceMarch"]],
    ["31/12/2098", ["sinceMarch"]],
    ["01/01/2099", ["sinceMarch", "future"]],
  ] as const)("on %s lists %j", async (date, expected) => {
    const units = { march, sinceMarch, future };
    expect(await activeOn(date)).toEqual(new Set(expected.map((k) => units[k].code)));
  });

  it("lists the units in force today by default (also for a date it cannot read) and every unit with 'all'", async () => {
    expect(await activeOn()).toEqual(new Set([sinceMarch.code]));
    expect(await activeOn("31/02/2021")).toEqual(new Set([sinceMarch.code]));
    expect(await activeOn("all")).toEqual(new Set([march.code, sinceMarch.code, future.code]));
  });
});

describe("listAgencies: order", () => {
  it("lists in Vietnamese alphabetical order, not in code-point order, ignoring a leading UBND", async () => {
    const token = uniqueToken();
    const names = [
      "Vĩnh Tế",
      "Ưu Đàm",
      "Ấp Bắc",
      "UBND Bình Đức",
      "Bà Rịa",
      "Mỹ Hóa",
      "Mỹ Hỏa",
      "Đông Xuyên",
      "Cô Tô",
      "Chợ Mới",
      "Ơ Rô",
      "Ô Long Vỹ",
    ].map((n) => `${n} ${token}`);
    for (const name of names) await createAgency({ name });
    const expected = [
      "Ấp Bắc",
      "Bà Rịa",
      "UBND Bình Đức",
      "Chợ Mới",
      "Cô Tô",
      "Đông Xuyên",
      "Mỹ Hỏa",
      "Mỹ Hóa",
      "Ô Long Vỹ",
      "Ơ Rô",
      "Ưu Đàm",
      "Vĩnh Tế",
    ].map((n) => `${n} ${token}`);

    const listed = (await list(admin, { q: token })).agencies.map((a) => a.name);
    expect(listed).toEqual(expected);
    expect([...names].sort()).not.toEqual(expected);
    expect([...names].sort((a, b) => compareVietnamese(a.replace(/^UBND /, ""), b.replace(/^UBND /, "")))).toEqual(
      expected,
    );
    const exported = await listAgenciesForExport(admin, { q: token });
    expect(exported?.map((a) => a.name)).toEqual(expected);
  });

  it("seeded communes of a district come in Vietnamese order", async () => {
    const { agencies } = await list(inspector, { district: "883", kind: "ubnd_xa" });
    const names = agencies.map((a) => a.name.replace(/^UBND /, ""));
    expect(names).toEqual([...names].sort(compareVietnamese));
    expect(names.indexOf("Phường Đông Xuyên")).toBeGreaterThan(names.indexOf("Phường Bình Khánh"));
    expect(names.indexOf("Phường Đông Xuyên")).toBeLessThan(names.indexOf("Phường Mỹ Bình"));
  });
});

describe("listAgencies and export: scope", () => {
  it("an officer lists only their own unit, whatever they search", async () => {
    const own = await createAgency();
    const officer = scopeFor((await createActor("AGENCY_OFFICER", { agencyId: own.id })).actor);
    expect(codes(await list(officer))).toEqual([own.code]);
    expect((await list(officer)).total).toBe(1);
    expect((await list(officer, { q: "long xuyen" })).total).toBe(0);
    expect((await list(officer, { kind: "ubnd_huyen" })).agencies).toEqual([]);
    expect(codes(await list(officer, { q: own.name }))).toEqual([own.code]);
  });

  it("an officer may not export; staff export every unit matching the filter", async () => {
    const own = await createAgency();
    const officer = scopeFor((await createActor("AGENCY_OFFICER", { agencyId: own.id })).actor);
    expect(await listAgenciesForExport(officer, {})).toBeNull();
    const rows = await listAgenciesForExport(inspector, { kind: "ubnd_huyen" });
    expect(rows).toHaveLength(11);
    expect(rows!.find((r) => r.code === "883")).toMatchObject({
      name: "UBND Thành phố Long Xuyên",
      kind: { code: "ubnd_huyen" },
      parent: null,
      isoRequirement: "MANDATORY",
    });
    const communes = await listAgenciesForExport(inspector, { kind: "ubnd_xa" });
    expect(communes).toHaveLength(156); // not paginated
  });
});

describe("listAgencyFilterChoices", () => {
  it("gives the kinds in their order and the district-level units (ended ones with their end date) in Vietnamese order", async () => {
    const { kinds, districts } = await listAgencyFilterChoices(inspector);
    const expectedKinds = await db.agencyKind.findMany({ orderBy: { sortOrder: "asc" } });
    expect(kinds).toEqual(expectedKinds.map((k) => ({ code: k.code, nameVi: k.nameVi, nameEn: k.nameEn })));
    const expected = await db.agency.findMany({
      where: { kind: { level: 2 } },
      orderBy: [{ sortKey: "asc" }, { code: "asc" }, { validFrom: "asc" }],
    });
    expect(districts).toEqual(expected.map((d) => ({ code: d.code, name: d.name, validTo: d.validTo })));
    expect(districts.map((d) => d.code)).toContain("883"); // TP Long Xuyên
  });

  it("gives an officer only the district-level units of their scope", async () => {
    const longXuyen = await db.agency.findFirstOrThrow({ where: { code: "883" } });
    const officer = scopeFor((await createActor("AGENCY_OFFICER", { agencyId: longXuyen.id })).actor);
    expect((await listAgencyFilterChoices(officer)).districts.map((d) => d.code)).toEqual(["883"]);
  });
});

describe("registryView: the list page's view, kept under the data version", () => {
  const view = (scope: Scope, query: Partial<AgencyListQuery> = {}) => registryView(scope, { page: 1, ...query });

  it("is the list and the filter choices, read again after a unit changes", async () => {
    const unit = await createAgency({ name: `Đơn vị giữ ${uniqueToken()}` });
    const query = { q: unit.name };
    const first = await view(inspector, query);
    expect(first).toEqual({ ...(await list(inspector, query)), ...(await listAgencyFilterChoices(inspector)) });
    expect(first.agencies.map((a) => a.name)).toEqual([unit.name]);
    // Read twice with nothing changed: the same view, kept.
    const [again, kept] = await whileVersionHolds(async () => [
      await view(inspector, query),
      await view(inspector, query),
    ]);
    expect(kept).toBe(again);
    // A write to the unit bumps the data version at commit: the next view reads the change.
    const renamed = `${unit.name} đổi tên`;
    await db.agency.update({ where: { id: unit.id }, data: { name: renamed } });
    const after = await view(inspector, query);
    expect(after).not.toBe(first);
    expect(after.agencies.map((a) => a.name)).toEqual([renamed]);
  });

  it("keeps a view per scope and per filter: an officer never gets a view read for staff", async () => {
    const own = await createAgency();
    const officer = scopeFor((await createActor("AGENCY_OFFICER", { agencyId: own.id })).actor);
    const staff = await view(inspector, {});
    expect(staff.total).toBeGreaterThan(1);
    const officers = await view(officer, {});
    expect(officers.agencies.map((a) => a.code)).toEqual([own.code]);
    expect(officers.total).toBe(1);
    expect((await view(inspector, { kind: "ubnd_huyen" })).total).toBe(11);
    expect((await view(inspector, {})).agencies.map((a) => a.code)).toEqual(staff.agencies.map((a) => a.code));
  });
});
