import { describe, expect, it } from "vitest";
import { scopeFor } from "@/lib/auth/scope";
import { db } from "@/lib/db";
import { saveLocalePreference, storedLocale } from "@/lib/i18n/preference";
import { renderEmail } from "@/lib/mail/render";
import { instant, notify, recipients, tellUsers, translated, type Notice } from "@/lib/notifications";
import { countUnread, listNotifications } from "@/lib/notifications/data";
import { markAllRead } from "@/lib/notifications/mutations";
import { createUser } from "@/tests/factories/users";
import { auditRowsFor } from "@/tests/support/audit";

const message: Notice = {
  type: "plan.approve",
  key: "plans.notify.approve",
  params: { plan: "05/KH-SKHCN (2021)", comment: "346/QĐ-UBND, 25/02/2021" },
  link: "/ke-hoach/1",
};
const approvedVi = "Kế hoạch 05/KH-SKHCN (2021) đã được phê duyệt";
const approvedEn = "Plan 05/KH-SKHCN (2021) was approved";

/**
 * An officer of a unit of its own: other test files running at the same time tell every DOST inspector and
 * administrator of their plans and records, so a DOST user here would find their notifications too.
 */
const readerOfItsOwn = (overrides: Parameters<typeof createUser>[0] = {}) =>
  createUser({ role: "AGENCY_OFFICER", ...overrides });

describe("notifications", () => {
  it("notify creates one row per distinct user inside the caller's transaction, holding the key and parameters", async () => {
    const [a, b] = await Promise.all([readerOfItsOwn(), readerOfItsOwn()]);
    const count = await db.$transaction((tx) => notify(tx, [a.id, b.id, a.id, a.id], message));
    expect(count).toBe(2);
    expect(await countUnread(scopeFor(a))).toBe(1);
    expect(await countUnread(scopeFor(b))).toBe(1);
    expect(await db.notification.findMany({ where: { userId: a.id } })).toEqual([
      expect.objectContaining({
        type: "plan.approve",
        messageKey: "plans.notify.approve",
        params: message.params,
        title: null,
        body: null,
        link: "/ke-hoach/1",
      }),
    ]);
    expect(await listNotifications(scopeFor(a), { locale: "vi" })).toEqual([
      expect.objectContaining({
        type: "plan.approve",
        title: approvedVi,
        body: "UBND tỉnh phê duyệt kế hoạch 05/KH-SKHCN (2021) (346/QĐ-UBND, 25/02/2021).",
        link: "/ke-hoach/1",
        readAt: null,
      }),
    ]);
    expect((await listNotifications(scopeFor(a), { locale: "en" }))[0]).toMatchObject({
      title: approvedEn,
      body: "The People's Committee approved plan 05/KH-SKHCN (2021) (346/QĐ-UBND, 25/02/2021).",
    });
    expect(await db.$transaction((tx) => notify(tx, [], message))).toBe(0);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const user = await readerOfItsOwn();
    const failure = new Error("the change itself failed");
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, [user.id], message);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await countUnread(scopeFor(user))).toBe(0);
  });

  it("markAllRead reads only the caller's notifications and is audited", async () => {
    const [me, other] = await Promise.all([readerOfItsOwn(), readerOfItsOwn()]);
    await db.$transaction(async (tx) => {
      await notify(tx, [me.id, other.id], message);
      await notify(tx, [me.id, other.id], { ...message, key: "plans.notify.start" });
    });
    expect(await countUnread(scopeFor(me))).toBe(2);

    expect(await markAllRead(scopeFor(me), "192.0.2.1")).toEqual({ count: 2 });
    expect(await countUnread(scopeFor(me))).toBe(0);
    expect((await listNotifications(scopeFor(me), { locale: "vi" })).every((n) => n.readAt instanceof Date)).toBe(true);
    expect(await countUnread(scopeFor(other))).toBe(2);
    expect((await listNotifications(scopeFor(other), { locale: "vi" })).every((n) => n.readAt === null)).toBe(true);

    const rows = await auditRowsFor({ type: "user", id: me.id });
    expect(rows.map((r) => [r.type, r.actorId, r.data, r.ip])).toEqual([
      ["notification.read_all", me.id, { count: 2 }, "192.0.2.1"],
    ]);

    // Nothing left to read: no change, no audit row.
    expect(await markAllRead(scopeFor(me), null)).toEqual({ count: 0 });
    expect(await auditRowsFor({ type: "user", id: me.id })).toHaveLength(1);
    expect(await auditRowsFor({ type: "user", id: other.id })).toEqual([]);
  });
});

describe("the reader's language", () => {
  it("a notice told while the recipient uses English reads in English in the list and the e-mail, and in Vietnamese for a Vietnamese reader", async () => {
    const [english, vietnamese] = await Promise.all([readerOfItsOwn(), readerOfItsOwn()]);
    // The English reader chose English in the header: stored as their preference, audited once.
    expect(await saveLocalePreference({ locale: "en" }, { actor: english, ip: "192.0.2.7" })).toEqual({
      changed: true,
    });
    expect(await saveLocalePreference({ locale: "en" }, { actor: english, ip: "192.0.2.7" })).toEqual({
      changed: false,
    });
    expect((await auditRowsFor({ type: "user", id: english.id })).map((r) => [r.type, r.data, r.ip])).toEqual([
      ["user.locale_changed", { from: "vi", to: "en" }, "192.0.2.7"],
    ]);

    const visit: Notice = {
      type: "inspection.signed_off",
      key: "inspections.notify.signedOff",
      params: {
        unit: "UBND xã Mỹ Hoà",
        plan: "05/KH-SKHCN (2021)",
        kind: translated("inspections.notify.kind.ON_SITE"),
        findings: 2,
      },
      link: "/kiem-tra/1",
    };
    await db.$transaction(async (tx) =>
      tellUsers(tx, await recipients(tx, { userIds: [english.id, vietnamese.id] }), visit),
    );

    const [en] = await listNotifications(scopeFor(english), { locale: "en" });
    expect(en).toMatchObject({ title: "Inspection result for UBND xã Mỹ Hoà", link: "/kiem-tra/1" });
    expect(en!.body).toBe(
      "The team signed off the on-site inspection under plan 05/KH-SKHCN (2021); 2 findings to review.",
    );
    const [vi] = await listNotifications(scopeFor(vietnamese), { locale: "vi" });
    expect(vi).toMatchObject({ title: "Kết quả kiểm tra UBND xã Mỹ Hoà" });
    expect(vi!.body).toBe(
      "Đoàn kiểm tra đã ký kết luận cuộc kiểm tra tại trụ sở theo kế hoạch 05/KH-SKHCN (2021); có 2 phát hiện cần xem.",
    );
    // The same row follows its reader: switched to Vietnamese, the English reader reads it in Vietnamese.
    expect((await listNotifications(scopeFor(english), { locale: "vi" }))[0]!.title).toBe(
      "Kết quả kiểm tra UBND xã Mỹ Hoà",
    );

    const mails = await db.emailOutbox.findMany({ where: { to: { in: [english.email, vietnamese.email] } } });
    const mailTo = (email: string) =>
      renderEmail(
        mails.find((m) => m.to === email)!,
        "https://kiemtra.sokhcn.angiang.gov.vn",
      );
    expect(mails.map((m) => [m.to, m.locale]).sort()).toEqual(
      [
        [english.email, "en"],
        [vietnamese.email, "vi"],
      ].sort(),
    );
    expect(mailTo(english.email).subject).toBe("Inspection result for UBND xã Mỹ Hoà");
    expect(mailTo(english.email).text).toContain("Details: https://kiemtra.sokhcn.angiang.gov.vn/kiem-tra/1");
    expect(mailTo(vietnamese.email).subject).toBe("Kết quả kiểm tra UBND xã Mỹ Hoà");
    expect(mailTo(vietnamese.email).text).toContain("Xem chi tiết: https://kiemtra.sokhcn.angiang.gov.vn/kiem-tra/1");
  });

  it("an e-mail is written in the recipient's stored language whoever sends it, with its plural in that language", async () => {
    // The sender works in Vietnamese; the recipients' stored preferences alone decide their e-mails.
    const [english, vietnamese] = await Promise.all([readerOfItsOwn({ locale: "en" }), readerOfItsOwn()]);
    const oneFinding: Notice = {
      type: "inspection.signed_off",
      key: "inspections.notify.signedOff",
      params: {
        unit: "UBND xã Mỹ Hoà",
        plan: "05/KH-SKHCN (2021)",
        kind: translated("inspections.notify.kind.ON_SITE"),
        findings: 1,
      },
      link: "/kiem-tra/1",
    };
    await db.$transaction(async (tx) =>
      tellUsers(tx, await recipients(tx, { userIds: [english.id, vietnamese.id] }), oneFinding),
    );
    const mails = await db.emailOutbox.findMany({ where: { to: { in: [english.email, vietnamese.email] } } });
    for (const mail of mails) {
      const reader = mail.to === english.email ? english : vietnamese;
      expect(mail.locale, mail.to).toBe(await storedLocale(reader.id));
    }
    const text = (email: string) =>
      renderEmail(
        mails.find((m) => m.to === email)!,
        "https://qms.example",
      ).text;
    expect(text(english.email)).toContain("under plan 05/KH-SKHCN (2021); 1 finding to review.");
    expect(text(vietnamese.email)).toContain("theo kế hoạch 05/KH-SKHCN (2021); có 1 phát hiện cần xem.");
  });

  it("a time is stored as an instant and shown as the province's local time", async () => {
    const user = await readerOfItsOwn({ locale: "en" });
    const startsAt = new Date("2021-05-17T01:30:00.000Z");
    await db.$transaction((tx) =>
      notify(tx, [user.id], {
        type: "plan.visit",
        key: "plans.notify.visitScheduled",
        params: { unit: "UBND xã Mỹ Hoà", when: instant(startsAt), plan: "05/KH-SKHCN (2021)" },
      }),
    );
    const [row] = await listNotifications(scopeFor(user), { locale: "en" });
    expect(row!.body).toBe(
      "UBND xã Mỹ Hoà will be inspected on site at 08:30 17/05/2021 under plan 05/KH-SKHCN (2021).",
    );
  });

  it("a notification written before keys were stored keeps its text in every language", async () => {
    const user = await readerOfItsOwn();
    await db.notification.create({
      data: { userId: user.id, type: "plan.approve", title: approvedVi, body: "", link: "/ke-hoach/1" },
    });
    expect(await listNotifications(scopeFor(user), { locale: "en" })).toEqual([
      expect.objectContaining({ title: approvedVi, body: "" }),
    ]);
    await expect(db.notification.create({ data: { userId: user.id, type: "plan.approve" } })).rejects.toThrow();
  });
});
