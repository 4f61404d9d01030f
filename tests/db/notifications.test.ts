import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countUnread, listNotifications } from "@/lib/notifications/data";
import { markAllRead, notify } from "@/lib/notifications/mutations";
import { createUser } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";

const message = { type: "plan.approved", title: "Kế hoạch đã được phê duyệt", link: "/ke-hoach/1" };

describe("notifications", () => {
  it("notify creates one row per distinct user inside the caller's transaction", async () => {
    const [a, b] = await Promise.all([createUser(), createUser()]);
    const count = await db.$transaction((tx) => notify(tx, [a.id, b.id, a.id, a.id], message));
    expect(count).toBe(2);
    expect(await countUnread(a)).toBe(1);
    expect(await countUnread(b)).toBe(1);
    expect(await listNotifications(a)).toEqual([expect.objectContaining({ userId: a.id, ...message, body: "", readAt: null })]);
    expect(await db.$transaction((tx) => notify(tx, [], message))).toBe(0);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const user = await createUser();
    const failure = new Error("the change itself failed");
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, [user.id], message);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await countUnread(user)).toBe(0);
  });

  it("markAllRead reads only the caller's notifications and is audited", async () => {
    const [me, other] = await Promise.all([createUser(), createUser()]);
    await db.$transaction(async (tx) => {
      await notify(tx, [me.id, other.id], message);
      await notify(tx, [me.id, other.id], { ...message, title: "Có kết quả kiểm tra mới" });
    });
    expect(await countUnread(me)).toBe(2);

    expect(await markAllRead(me, "192.0.2.1")).toEqual({ count: 2 });
    expect(await countUnread(me)).toBe(0);
    expect((await listNotifications(me)).every((n) => n.readAt instanceof Date)).toBe(true);
    expect(await countUnread(other)).toBe(2);
    expect((await listNotifications(other)).every((n) => n.readAt === null)).toBe(true);

    const rows = await auditRowsFor({ type: "user", id: me.id });
    expect(rows.map((r) => [r.type, r.actorId, r.data, r.ip])).toEqual([["notification.read_all", me.id, { count: 2 }, "192.0.2.1"]]);

    // Nothing left to read: no change, no audit row.
    expect(await markAllRead(me, null)).toEqual({ count: 0 });
    expect(await auditRowsFor({ type: "user", id: me.id })).toHaveLength(1);
    expect(await auditRowsFor({ type: "user", id: other.id })).toEqual([]);
  });
});
