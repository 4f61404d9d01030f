import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { writeAudit } from "@/lib/audit";
import { db } from "@/lib/db";
import { auditRowsFor } from "@/tests/support/audit";

const newTarget = () => ({ type: "test", id: randomUUID() });

describe("writeAudit", () => {
  it("writes the row with the change when the transaction commits", async () => {
    const target = newTarget();
    await db.$transaction((tx) =>
      writeAudit(tx, { type: "user.disabled", actorId: null, target, data: {}, ip: "10.0.0.7" }),
    );
    const rows = await auditRowsFor(target);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      type: "user.disabled",
      actorId: null,
      targetType: "test",
      targetId: target.id,
      data: {},
      ip: "10.0.0.7",
    });
    expect(rows[0]!.at).toBeInstanceOf(Date);
  });

  it("leaves no row when the transaction rolls back", async () => {
    const target = newTarget();
    const failure = new Error("the change failed after the audit row");
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, { type: "user.enabled", actorId: null, target, data: {} });
        expect(await tx.auditEvent.count({ where: { targetId: target.id } })).toBe(1);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await auditRowsFor(target)).toEqual([]);
  });

  it("refuses data that does not match the event's schema, and writes nothing", async () => {
    const target = newTarget();
    const bad = writeAudit as (tx: unknown, input: unknown) => Promise<void>;
    await expect(
      db.$transaction((tx) =>
        bad(tx, {
          type: "auth.sign_in.failed",
          actorId: null,
          target,
          data: { email: "x@test.example", reason: "guessing", failures: 1 },
        }),
      ),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      db.$transaction((tx) =>
        bad(tx, { type: "user.created", actorId: null, target, data: { email: "x@test.example" } }),
      ),
    ).rejects.toBeInstanceOf(ZodError);
    await expect(
      db.$transaction((tx) => bad(tx, { type: "no.such.event", actorId: null, target, data: {} })),
    ).rejects.toThrow();
    expect(await auditRowsFor(target)).toEqual([]);
  });

  it("strips keys the event's schema does not know", async () => {
    const target = newTarget();
    const loose = writeAudit as (tx: unknown, input: unknown) => Promise<void>;
    await db.$transaction((tx) =>
      loose(tx, { type: "notification.read_all", actorId: null, target, data: { count: 2, password: "secret" } }),
    );
    expect((await auditRowsFor(target))[0]!.data).toEqual({ count: 2 });
  });
});

describe("audit_event is append-only", () => {
  async function oneRow() {
    const target = newTarget();
    await db.$transaction((tx) => writeAudit(tx, { type: "user.enabled", actorId: null, target, data: {} }));
    return (await auditRowsFor(target))[0]!;
  }

  it("refuses UPDATE", async () => {
    const row = await oneRow();
    await expect(db.auditEvent.update({ where: { id: row.id }, data: { type: "user.disabled" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.$executeRaw`UPDATE audit_event SET ip = '1.2.3.4' WHERE id = ${row.id}`).rejects.toThrow(
      /append-only/,
    );
    expect(await db.auditEvent.findUnique({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses DELETE", async () => {
    const row = await oneRow();
    await expect(db.auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_event WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.findUnique({ where: { id: row.id } })).toEqual(row);
  });
});
