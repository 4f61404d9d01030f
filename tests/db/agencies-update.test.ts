import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getAgencyDetail, listAgencyHistory } from "@/lib/agencies/data";
import { updateAgency } from "@/lib/agencies/mutations";
import { updateAgencySchema } from "@/lib/agencies/schema";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { roles } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { Agency } from "@/lib/generated/prisma/client";
import { vietnameseSortKey } from "@/lib/text/collation";
import { formatCalendarDate } from "@/lib/text/dates";
import { createAgency } from "@/tests/factories/agencies";
import { uniqueToken } from "@/tests/factories/unique";
import { createActor } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";
import { appError } from "@/tests/support/errors";

const ip = "198.51.100.7";
let admin: Actor;

beforeAll(async () => {
  admin = (await createActor("DOST_ADMIN")).actor;
});

/** The edit form as it would be submitted for this unit, unchanged, then with these fields. */
function form(unit: Agency, changes: Record<string, string | boolean> = {}) {
  return updateAgencySchema.parse({
    id: unit.id,
    version: String(unit.version),
    name: unit.name,
    shortName: unit.shortName ?? "",
    kindId: unit.kindId,
    parentId: unit.parentId ?? "",
    isoRequirement: unit.isoRequirement,
    standardVersion: unit.standardVersion,
    contactPhone: unit.contactPhone ?? "",
    confirmed: unit.confirmed,
    validFrom: formatCalendarDate(unit.validFrom),
    validTo: formatCalendarDate(unit.validTo),
    ...changes,
  });
}

const target = (id: string) => ({ type: "agency", id });

describe("updateAgency", () => {
  it("changes the fields, bumps the version, recomputes search and sort keys, and records only what changed", async () => {
    const parent = await createAgency();
    const unit = await createAgency({ contactPhone: "0296 3852 000" });
    const token = uniqueToken();
    const name = `UBND Xã Đông Hòa ${token}`;
    const result = await updateAgency(
      form(unit, {
        name: name.normalize("NFD"),
        shortName: "Đông Hòa",
        parentId: parent.id,
        announcementNumber: "05/QĐ-UBND",
        announcementDate: "18/12/2021",
      }),
      { scope: scopeFor(admin), ip },
    );
    expect(result).toEqual({ id: unit.id, version: 1 });

    const after = await db.agency.findUniqueOrThrow({ where: { id: unit.id } });
    expect(after).toMatchObject({
      name,
      shortName: "Đông Hòa",
      parentId: parent.id,
      announcementNumber: "05/QĐ-UBND",
      announcementDate: new Date(Date.UTC(2021, 11, 18)),
      contactPhone: "0296 3852 000",
      version: 1,
      code: unit.code,
    });
    expect(after.searchText).toBe(`ubnd xa dong hoa ${token} dong hoa ${unit.code.toLowerCase()}`);
    expect(after.sortKey).toBe(vietnameseSortKey(`Xã Đông Hòa ${token}`));

    const rows = await auditRowsFor(target(unit.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: "agency.updated", actorId: admin.id, ip });
    expect(rows[0]!.data).toEqual({
      changes: {
        name: { from: unit.name, to: name },
        shortName: { from: null, to: "Đông Hòa" },
        parentId: { from: null, to: parent.id },
        announcementNumber: { from: null, to: "05/QĐ-UBND" },
        announcementDate: { from: null, to: "2021-12-18" },
      },
    });

    // the history the detail page shows, newest first, with the actor's name
    const history = await listAgencyHistory(scopeFor(admin), unit.id);
    expect(history.map((h) => [h.type, h.actor?.name])).toEqual([["agency.updated", admin.name]]);
  });

  it("writes nothing when nothing changed", async () => {
    const unit = await createAgency();
    expect(await updateAgency(form(unit), { scope: scopeFor(admin), ip })).toEqual({ id: unit.id, version: 0 });
    expect((await db.agency.findUniqueOrThrow({ where: { id: unit.id } })).updatedAt).toEqual(unit.updatedAt);
    expect(await auditRowsFor(target(unit.id))).toEqual([]);
  });

  it("refuses an edit opened on an older version as CONFLICT and keeps the newer one", async () => {
    const unit = await createAgency();
    await updateAgency(form(unit, { name: "Tên của người thứ nhất" }), { scope: scopeFor(admin), ip });
    const error = await appError(
      updateAgency(form(unit, { name: "Tên của người thứ hai" }), { scope: scopeFor(admin), ip }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", messageKey: "agencies.errors.conflict" });
    const after = await db.agency.findUniqueOrThrow({ where: { id: unit.id } });
    expect(after).toMatchObject({ name: "Tên của người thứ nhất", version: 1 });
    expect((await auditRowsFor(target(unit.id))).map((r) => r.type)).toEqual(["agency.updated"]);
  });

  it.each(roles.filter((r) => r !== "DOST_ADMIN"))("refuses %s as FORBIDDEN and changes nothing", async (role) => {
    const unit = await createAgency();
    const { actor } = await createActor(role, role === "AGENCY_OFFICER" ? { agencyId: unit.id } : {});
    const error = await appError(updateAgency(form(unit, { name: "Không được sửa" }), { scope: scopeFor(actor), ip }));
    expect(error.code).toBe("FORBIDDEN");
    expect((await db.agency.findUniqueOrThrow({ where: { id: unit.id } })).name).toBe(unit.name);
    expect(await auditRowsFor(target(unit.id))).toEqual([]);
  });

  it("refuses a parent that does not exist, or the unit itself, on parentId", async () => {
    const unit = await createAgency();
    const missing = await appError(
      updateAgency(form(unit, { parentId: randomUUID(), name: "Đổi tên" }), { scope: scopeFor(admin), ip }),
    );
    expect(missing).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { parentId: ["agencies.errors.parentNotFound"] },
    });
    const self = await appError(updateAgency(form(unit, { parentId: unit.id }), { scope: scopeFor(admin), ip }));
    expect(self).toMatchObject({ code: "VALIDATION", fieldErrors: { parentId: ["agencies.import.selfParent"] } });
    expect(await db.agency.findUniqueOrThrow({ where: { id: unit.id } })).toMatchObject({
      name: unit.name,
      parentId: null,
      version: 0,
    });
    expect(await auditRowsFor(target(unit.id))).toEqual([]);
  });

  it("answers NOT_FOUND for a unit that does not exist", async () => {
    const unit = await createAgency();
    expect(
      (await appError(updateAgency({ ...form(unit), id: randomUUID() }, { scope: scopeFor(admin), ip }))).code,
    ).toBe("NOT_FOUND");
  });

  it("may end a unit (history stays editable) and the end shows in its validity", async () => {
    const unit = await createAgency();
    await updateAgency(form(unit, { validTo: "30/06/2025" }), { scope: scopeFor(admin), ip });
    const after = await db.agency.findUniqueOrThrow({ where: { id: unit.id } });
    expect(after.validTo).toEqual(new Date(Date.UTC(2025, 5, 30)));
    await updateAgency(form(after, { note: "Sửa lại sau khi kết thúc" }), { scope: scopeFor(admin), ip });
    expect((await db.agency.findUniqueOrThrow({ where: { id: unit.id } })).note).toBe("Sửa lại sau khi kết thúc");
    expect((await auditRowsFor(target(unit.id))).map((r) => r.data)).toEqual([
      { changes: { validTo: { from: null, to: "2025-06-30" } } },
      { changes: { note: { from: null, to: "Sửa lại sau khi kết thúc" } } },
    ]);
  });
});

describe("a unit's detail and history: scope", () => {
  it("an officer reads the detail and history of their own unit only", async () => {
    const [own, other] = await Promise.all([createAgency(), createAgency()]);
    await updateAgency(form(other, { name: "Đơn vị khác đã đổi tên" }), { scope: scopeFor(admin), ip });
    await updateAgency(form(own, { name: "Đơn vị mình đã đổi tên" }), { scope: scopeFor(admin), ip });
    const officer = scopeFor((await createActor("AGENCY_OFFICER", { agencyId: own.id })).actor);

    expect((await getAgencyDetail(officer, own.id))?.name).toBe("Đơn vị mình đã đổi tên");
    expect(await getAgencyDetail(officer, other.id)).toBeNull();
    expect((await listAgencyHistory(officer, own.id)).map((h) => h.type)).toEqual(["agency.updated"]);
    expect(await listAgencyHistory(officer, other.id)).toEqual([]);
    expect((await listAgencyHistory(scopeFor(admin), other.id)).map((h) => h.targetId)).toEqual([other.id]);
  });
});
