import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { type Actor } from "@/lib/auth/actor";
import { scopeFor } from "@/lib/auth/scope";
import { createDb, db, type Db } from "@/lib/db";
import { migrate } from "@/lib/db/migrate";
import { parseEnv } from "@/lib/env";
import type { Locale } from "@/lib/i18n";
import { publicUrl } from "@/lib/mail/links";
import { listOutbox, queueEmail, queueEmails } from "@/lib/mail/outbox";
import { deliverPending, maxAttempts, smtpMailer, type Mailer, type MailTransport } from "@/lib/mail/send";
import { startJobRunner } from "@/lib/jobs";
import type { Notice } from "@/lib/notifications/schema";
import { startFakeSmtp, type FakeSmtp } from "@/tests/support/fake-smtp";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";

/**
 * `deliverPending` works on the whole outbox, so this file has a database of its own (as the
 * reorganisation test does): the app's `db` points at it for this file only, and every test starts empty.
 */
const holder = globalThis as unknown as { __qmsDb?: Db };
let fresh: FreshDb;
let client: Db;
let previous: Db | undefined;
let smtp: FakeSmtp | undefined;

const adminActor = (role: Actor["role"] = "DOST_ADMIN"): Actor => ({
  id: crypto.randomUUID(),
  email: "a@test.example",
  name: "A",
  role,
  agencyId: null,
  mustChangePassword: false,
});
const planId = "7f0c8d2e-5b1a-4c3e-9d6f-0a1b2c3d4e5f";
const message: Notice = {
  type: "plan.approve",
  key: "plans.notify.approve",
  params: { plan: "05/KH-SKHCN (2021)", comment: "346/QĐ-UBND, 25/02/2021" },
  link: `/ke-hoach/${planId}`,
};
const rows = () => db.emailOutbox.findMany({ orderBy: [{ createdAt: "asc" }, { to: "asc" }] });
/** Recipients in one language (Vietnamese unless told). */
const to = (emails: string[], locale: Locale = "vi") => emails.map((email) => ({ email, locale }));
const appUrl = "https://kiemtra.sokhcn.angiang.gov.vn";
/** Delivery with the public address set, as a configured deployment has it. */
const deliver = (options: Parameters<typeof deliverPending>[0] = {}) => deliverPending({ baseUrl: appUrl, ...options });

type SentMail = Parameters<MailTransport["sendMail"]>[0];

/** A transport that records what it was asked to send, taking `delayMs` per message. */
function recordingMailer(delayMs = 0): Mailer & { sentTo: string[]; sent: SentMail[] } {
  const sentTo: string[] = [];
  const sent: SentMail[] = [];
  const transport: MailTransport = {
    sendMail: async (m) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      sentTo.push(m.to);
      sent.push(m);
    },
  };
  return { transport, from: "no-reply@localhost", sentTo, sent };
}

const throwingMailer = (error: unknown): Mailer => ({
  transport: { sendMail: () => Promise.reject(error) },
  from: "no-reply@localhost",
});

beforeAll(async () => {
  vi.stubEnv("SMTP_HOST", "");
  fresh = await createFreshDatabase();
  await migrate({ connectionString: fresh.url });
  previous = holder.__qmsDb;
  client = createDb(fresh.url, 4);
  holder.__qmsDb = client;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  holder.__qmsDb = previous;
  await client?.$disconnect().catch(() => {});
  await fresh?.drop();
});

beforeEach(async () => {
  await db.emailOutbox.deleteMany();
});

afterEach(async () => {
  await smtp?.close();
  smtp = undefined;
});

describe("queueEmail", () => {
  it("writes PENDING rows in the caller's transaction: one per distinct address, the message's key and parameters, not its text", async () => {
    const id = await db.$transaction((tx) =>
      queueEmail(tx, { to: " CanBo@LongXuyen.example ", locale: "en", notice: message }),
    );
    const count = await db.$transaction((tx) =>
      queueEmails(tx, to(["a@test.example", "A@test.example", "", "b@test.example"]), message),
    );
    expect(count).toBe(2);
    expect(await db.$transaction((tx) => queueEmails(tx, [], message))).toBe(0);
    const all = await rows();
    expect(all.find((r) => r.id === id)).toMatchObject({
      to: "canbo@longxuyen.example",
      locale: "en",
      messageKey: "plans.notify.approve",
      params: message.params,
      link: `/ke-hoach/${planId}`,
      subject: null,
      body: null,
      status: "PENDING",
      attempts: 0,
      lastError: null,
      sentAt: null,
    });
    expect(all.map((r) => [r.to, r.locale]).sort()).toEqual([
      ["a@test.example", "vi"],
      ["b@test.example", "vi"],
      ["canbo@longxuyen.example", "en"],
    ]);
  });

  it("refuses a link that is not a path of the app, and parameters of unknown shapes", async () => {
    await expect(
      db.$transaction((tx) =>
        queueEmails(tx, to(["a@test.example"]), { ...message, link: "https://elsewhere.example/x" }),
      ),
    ).rejects.toThrow();
    await expect(
      db.$transaction((tx) => queueEmails(tx, to(["a@test.example"]), { ...message, link: "//elsewhere.example/x" })),
    ).rejects.toThrow();
    await expect(
      db.$transaction((tx) =>
        queueEmails(tx, to(["a@test.example"]), { ...message, params: { plan: { html: "<b>" } as never } }),
      ),
    ).rejects.toThrow();
    expect(await db.emailOutbox.count()).toBe(0);
  });

  it("writes nothing when the caller's transaction rolls back", async () => {
    const failure = new Error("the change itself failed");
    await expect(
      db.$transaction(async (tx) => {
        await queueEmail(tx, { to: "a@test.example", notice: message });
        await queueEmails(tx, to(["b@test.example", "c@test.example"]), message);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await db.emailOutbox.count()).toBe(0);
  });
});

describe("deliverPending", () => {
  it("without SMTP settings sends nothing and leaves the rows PENDING", async () => {
    await db.$transaction((tx) => queueEmails(tx, to(["a@test.example", "b@test.example"]), message));
    expect(smtpMailer(parseEnv({}))).toBeNull();
    expect(await deliver({ limit: 10, baseUrl: appUrl })).toEqual({ sent: 0, failed: 0, skipped: "no SMTP" });
    expect((await rows()).map((r) => [r.status, r.attempts, r.sentAt])).toEqual([
      ["PENDING", 0, null],
      ["PENDING", 0, null],
    ]);
  });

  it("sends through SMTP and marks the rows SENT", async () => {
    smtp = await startFakeSmtp();
    await db.$transaction((tx) => queueEmails(tx, to(["a@test.example", "b@test.example"]), message));
    const mailer = smtpMailer(
      parseEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port), SMTP_FROM: "kiemtra@sokhcn.example" }),
    );

    expect(await deliver({ limit: 10, mailer })).toEqual({ sent: 2, failed: 0 });
    const after = await rows();
    expect(after.map((r) => [r.status, r.attempts, r.lastError])).toEqual([
      ["SENT", 1, null],
      ["SENT", 1, null],
    ]);
    expect(after.every((r) => r.sentAt instanceof Date)).toBe(true);
    expect(smtp.received.map((m) => [m.from, m.to]).sort()).toEqual([
      ["kiemtra@sokhcn.example", ["a@test.example"]],
      ["kiemtra@sokhcn.example", ["b@test.example"]],
    ]);
    expect(smtp.received[0]!.data).toMatch(/^Subject: /m);

    // Nothing left to send.
    expect(await deliver({ limit: 10, mailer })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it("a recipient the server refuses is FAILED with the server's answer; the others are SENT", async () => {
    smtp = await startFakeSmtp({ rejectRecipient: (a) => a.startsWith("nobody") });
    await db.$transaction((tx) => queueEmails(tx, to(["nobody@test.example", "b@test.example"]), message));
    const mailer = smtpMailer(parseEnv({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtp.port) }));
    expect(await deliver({ limit: 10, mailer })).toEqual({ sent: 1, failed: 1 });
    const refused = (await rows()).find((r) => r.to === "nobody@test.example")!;
    expect(refused).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(refused.lastError).toContain("550");
  });

  it("a transport that throws marks the row FAILED with attempts 1 and a one-line error, then retries after the delay", async () => {
    await db.$transaction((tx) => queueEmail(tx, { to: "a@test.example", notice: message }));
    const t0 = new Date();
    const at = (minutes: number) => () => new Date(t0.getTime() + minutes * 60_000);
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:25\n    at TCPConnectWrap.afterConnect"), {
      code: "ESOCKET",
    });

    expect(await deliver({ limit: 10, mailer: throwingMailer(error), now: at(0) })).toEqual({ sent: 0, failed: 1 });
    const [failed] = await rows();
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(failed!.lastError).toBe("ESOCKET: connect ECONNREFUSED 127.0.0.1:25 at TCPConnectWrap.afterConnect");
    expect(failed!.lastError).not.toMatch(/\n/);

    const mailer = recordingMailer();
    expect(await deliver({ limit: 10, mailer, now: at(1) })).toEqual({ sent: 0, failed: 0 });
    expect(await deliver({ limit: 10, mailer, now: at(3) })).toEqual({ sent: 1, failed: 0 });
    expect(mailer.sentTo).toEqual(["a@test.example"]);
    expect((await rows())[0]).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("gives up after the last attempt; errors that are not Errors are kept short too", async () => {
    await db.$transaction((tx) => queueEmail(tx, { to: "a@test.example", notice: message }));
    const t0 = Date.now();
    for (let attempt = 1; attempt <= maxAttempts + 1; attempt += 1) {
      await deliver({
        limit: 10,
        mailer: throwingMailer("x".repeat(1000)),
        now: () => new Date(t0 + attempt * 3 * 3600_000),
      });
    }
    const [row] = await rows();
    expect(row).toMatchObject({ status: "FAILED", attempts: maxAttempts });
    expect(row!.lastError).toHaveLength(300);
  });

  it("two runs at once never send the same row twice", async () => {
    const addresses = Array.from({ length: 12 }, (_, i) => `nguoi-nhan-${i}@test.example`);
    await db.$transaction((tx) => queueEmails(tx, to(addresses), message));
    const mailer = recordingMailer(5);
    const results = await Promise.all([
      deliver({ limit: 8, mailer }),
      deliver({ limit: 8, mailer }),
      deliver({ limit: 8, mailer }),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(12);
    expect([...mailer.sentTo].sort()).toEqual([...addresses].sort());
    expect(await db.emailOutbox.count({ where: { status: "SENT", attempts: 1 } })).toBe(12);
  });
});

describe("links and languages", () => {
  it("an e-mail's link is absolute, under APP_URL (else NEXTAUTH_URL); with neither, nothing is sent", async () => {
    await db.$transaction((tx) => queueEmails(tx, to(["a@test.example"]), message));
    const mailer = recordingMailer();

    expect(await deliverPending({ limit: 10, mailer, baseUrl: null })).toEqual({
      sent: 0,
      failed: 0,
      skipped: "no APP_URL",
    });
    expect(publicUrl(parseEnv({}))).toBeNull();
    expect(mailer.sent).toEqual([]);
    expect((await rows()).map((r) => r.status)).toEqual(["PENDING"]);

    const baseUrl = publicUrl(
      parseEnv({ APP_URL: "https://kiemtra.sokhcn.angiang.gov.vn/", NEXTAUTH_URL: "http://10.0.0.5:3000" }),
    );
    expect(await deliverPending({ limit: 10, mailer, baseUrl })).toEqual({ sent: 1, failed: 0 });
    const [mail] = mailer.sent;
    expect(mail!.text).toContain(`https://kiemtra.sokhcn.angiang.gov.vn/ke-hoach/${planId}`);
    expect(mail!.text).not.toMatch(/(^|\s)\/ke-hoach/m);
    expect(mail!.subject).toBe("Kế hoạch 05/KH-SKHCN (2021) đã được phê duyệt");

    expect(publicUrl(parseEnv({ NEXTAUTH_URL: "https://qms.example/api/auth" }))).toBe("https://qms.example");
    expect(publicUrl(parseEnv({ NEXTAUTH_URL: "https://qms.example/" }))).toBe("https://qms.example");
    expect(() => parseEnv({ APP_URL: "/ke-hoach" })).toThrow(/APP_URL/);
    expect(() => parseEnv({ APP_URL: "ftp://qms.example" })).toThrow(/APP_URL/);
  });

  it("each e-mail is written in its recipient's language, and a subject stays one line whatever the parameters", async () => {
    await db.$transaction(async (tx) => {
      await queueEmails(tx, [...to(["en@test.example"], "en"), ...to(["vi@test.example"], "vi")], message);
      await queueEmail(tx, {
        to: "x@test.example",
        notice: { ...message, params: { ...message.params, plan: "05\r\nBcc: x@evil.example" } },
      });
    });
    const mailer = recordingMailer();
    expect(await deliver({ limit: 10, mailer })).toEqual({ sent: 3, failed: 0 });
    const byAddress = Object.fromEntries(mailer.sent.map((m) => [m.to, m]));
    expect(byAddress["en@test.example"]).toMatchObject({ subject: "Plan 05/KH-SKHCN (2021) was approved" });
    expect(byAddress["en@test.example"]!.text).toMatch(
      /^The People's Committee approved plan 05\/KH-SKHCN \(2021\) \(346\/QĐ-UBND, 25\/02\/2021\)\.\n\nDetails: https:\/\/kiemtra\.sokhcn\.angiang\.gov\.vn\/ke-hoach\//,
    );
    expect(byAddress["vi@test.example"]).toMatchObject({ subject: "Kế hoạch 05/KH-SKHCN (2021) đã được phê duyệt" });
    expect(byAddress["vi@test.example"]!.text).toContain(
      "Xem chi tiết: https://kiemtra.sokhcn.angiang.gov.vn/ke-hoach/",
    );
    expect(byAddress["x@test.example"]!.subject).toBe("Kế hoạch 05 Bcc: x@evil.example đã được phê duyệt");
  });

  it("an e-mail queued before keys were stored is sent with its own text and its link made absolute", async () => {
    await db.emailOutbox.create({
      data: {
        to: "cu@test.example",
        subject: "Hồ sơ mới: UBND xã Mỹ Hoà",
        body: "UBND xã Mỹ Hoà đã nộp phiên bản 1.",
        link: "/ho-so/1",
      },
    });
    const mailer = recordingMailer();
    expect(await deliver({ limit: 10, mailer })).toEqual({ sent: 1, failed: 0 });
    expect(mailer.sent[0]).toMatchObject({ subject: "Hồ sơ mới: UBND xã Mỹ Hoà" });
    expect(mailer.sent[0]!.text).toMatch(
      /^UBND xã Mỹ Hoà đã nộp phiên bản 1\.\n\nXem chi tiết: https:\/\/kiemtra\.sokhcn\.angiang\.gov\.vn\/ho-so\/1\n/,
    );
    // A row with neither a key nor its text cannot exist.
    await expect(db.emailOutbox.create({ data: { to: "rong@test.example" } })).rejects.toThrow();
  });
});

describe("listOutbox", () => {
  it("shows administrators the outbox newest first, filtered by status; others see nothing", async () => {
    await db.$transaction((tx) => queueEmail(tx, { to: "first@test.example", notice: message }));
    await db.$transaction((tx) => queueEmail(tx, { to: "second@test.example", notice: message }));
    await deliver({ limit: 1, mailer: throwingMailer(new Error("535 Authentication failed")) });

    const admin = scopeFor(adminActor());
    const all = await listOutbox(admin, { take: 10 });
    expect(all.map((r) => [r.to, r.status])).toEqual([
      ["second@test.example", "PENDING"],
      ["first@test.example", "FAILED"],
    ]);
    expect(all[1]).toMatchObject({ sentAt: null, lastError: "535 Authentication failed" });
    expect(all[1]!.lastAttemptAt).toBeInstanceOf(Date);
    expect((await listOutbox(admin, { status: "PENDING" })).map((r) => r.to)).toEqual(["second@test.example"]);
    expect(await listOutbox(scopeFor(adminActor("DOST_INSPECTOR")))).toEqual([]);
    // Administrators read each e-mail as its recipient will: in the recipient's language.
    expect(all[0]).toMatchObject({ locale: "vi", subject: "Kế hoạch 05/KH-SKHCN (2021) đã được phê duyệt" });
  });
});

describe("the outbox job (pg-boss queue outbox-deliver)", () => {
  it("delivers what the outbox holds when the queue runs it, two workers never sending one e-mail twice", async () => {
    await db.$transaction((tx) => queueEmails(tx, to(["a@test.example", "b@test.example", "c@test.example"]), message));
    const mailer = recordingMailer(20);
    const runners = await Promise.all(
      [0, 1].map(() =>
        startJobRunner({
          connectionString: fresh.url,
          schedule: false,
          pollingIntervalSeconds: 0.5,
          mailer,
          baseUrl: appUrl,
        }),
      ),
    );
    try {
      const ids = await Promise.all([runners[0]!.send("outbox-deliver"), runners[1]!.send("outbox-deliver")]);
      expect(ids.every(Boolean)).toBe(true);
      await vi.waitFor(
        async () => {
          const jobs = await Promise.all(ids.map((id) => runners[0]!.boss.getJobById("outbox-deliver", id!)));
          expect(jobs.map((job) => job?.state)).toEqual(["completed", "completed"]);
        },
        { timeout: 15_000, interval: 200 },
      );
    } finally {
      await Promise.all(runners.map((runner) => runner.stop()));
    }
    expect(await db.emailOutbox.count({ where: { status: "SENT" } })).toBe(3);
    expect(mailer.sentTo.sort()).toEqual(["a@test.example", "b@test.example", "c@test.example"]);
    expect(mailer.sent[0]!.text).toContain(`${appUrl}/ke-hoach/${planId}`);
  });
});
