import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultMigrationsDir, migrate } from "@/lib/db/migrate";
import { renderEmail } from "@/lib/mail/render";
import { renderMessage } from "@/lib/notifications/rendering/message";
import { createFreshDatabase, type FreshDb } from "@/tests/support/fresh-db";
import { withClient as withUrlClient } from "@/tests/support/pg";

/**
 * Migration localised_messages on rows the code before it wrote: a database migrated up to the one before,
 * holding a notification and outbox rows as they were written then, is migrated to the end.
 */
const migration = "_localised_messages";
let fresh: FreshDb;
let before: string;

beforeAll(async () => {
  fresh = await createFreshDatabase();
  before = await mkdtemp(path.join(os.tmpdir(), "qms-before-messages-"));
  const folders = (await readdir(defaultMigrationsDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const ours = folders.find((name) => name.endsWith(migration));
  expect(ours).toBeDefined();
  for (const name of folders.filter((n) => n < ours!))
    await cp(path.join(defaultMigrationsDir, name), path.join(before, name), { recursive: true });
});

afterAll(async () => {
  await rm(before, { recursive: true, force: true });
  await fresh?.drop();
});

const withClient = <T>(run: (client: pg.Client) => Promise<T>) => withUrlClient(fresh.url, run);

describe("migration localised_messages", () => {
  it("keeps rows written before readable: their text stays, an e-mail's relative link moves to its link column", async () => {
    await migrate({ connectionString: fresh.url, migrationsDir: before });
    await withClient(async (client) => {
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO user_account (id, email, name, "passwordHash", role, "updatedAt") VALUES (gen_random_uuid(), 'cu@test.example', 'Người cũ', 'x', 'DOST_INSPECTOR', now()) RETURNING id`,
      );
      await client.query(
        `INSERT INTO notification (id, "userId", type, title, body, link) VALUES (gen_random_uuid(), $1, 'plan.approve', 'Kế hoạch 05/KH-SKHCN (2021) đã được phê duyệt', 'UBND tỉnh phê duyệt kế hoạch.', '/ke-hoach/1')`,
        [rows[0]!.id],
      );
      await client.query(
        `INSERT INTO email_outbox (id, "to", subject, body) VALUES (gen_random_uuid(), 'a@test.example', 'Kế hoạch đã được phê duyệt', E'UBND tỉnh phê duyệt kế hoạch.\\n\\n/ke-hoach/1'), (gen_random_uuid(), 'b@test.example', 'Không có liên kết', E'Dòng 1\\n\\nDòng 2 /ke-hoach/ ở giữa')`,
      );
    });

    const { applied } = await migrate({ connectionString: fresh.url });
    expect(applied.some((name) => name.endsWith(migration))).toBe(true);

    await withClient(async (client) => {
      const [user] = (await client.query(`SELECT locale::text AS locale FROM user_account`)).rows;
      expect(user).toEqual({ locale: "vi" });
      const [notification] = (await client.query(`SELECT "messageKey", params, title, body, link FROM notification`))
        .rows;
      expect(renderMessage(notification, "en")).toEqual({
        title: "Kế hoạch 05/KH-SKHCN (2021) đã được phê duyệt",
        body: "UBND tỉnh phê duyệt kế hoạch.",
      });
      const mails = (
        await client.query(
          `SELECT "to", locale::text AS locale, "messageKey", params, link, subject, body FROM email_outbox ORDER BY "to"`,
        )
      ).rows;
      expect(mails.map((m) => [m.to, m.link, m.body])).toEqual([
        ["a@test.example", "/ke-hoach/1", "UBND tỉnh phê duyệt kế hoạch."],
        ["b@test.example", null, "Dòng 1\n\nDòng 2 /ke-hoach/ ở giữa"],
      ]);
      expect(renderEmail(mails[0], "https://kiemtra.example").text).toMatch(
        /^UBND tỉnh phê duyệt kế hoạch\.\n\nXem chi tiết: https:\/\/kiemtra\.example\/ke-hoach\/1\n/,
      );

      // From now on a row holds a key or, from before, its text: never neither.
      await expect(
        client.query(`INSERT INTO email_outbox (id, "to") VALUES (gen_random_uuid(), 'c@test.example')`),
      ).rejects.toThrow(/email_outbox_message_check/);
    });
  });
});
