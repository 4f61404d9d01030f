import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { createAgency } from "./support/agencies";
import { demo, demoPassword, signIn } from "./support/auth";
import { createUser, withClient } from "./support/db";
import { actionId } from "./support/own-app";

/**
 * Several people at once, as on a working morning: every page and every server action must see its own
 * actor. On the former embedded database (PGlite behind one shared session) this very mix rendered pages
 * as another user, showed one unit's rows to another unit's officer and ran actions with the admin's id.
 */

type Person = { email: string; name: string; password: string; officerOf?: string };

async function userId(email: string): Promise<string> {
  return withClient(async (client) => {
    const { rows } = await client.query<{ id: string }>("SELECT id FROM user_account WHERE email = $1", [email]);
    return rows[0]!.id;
  });
}

async function signedInContext(browser: Browser, person: Person): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "vi-VN", timezoneId: "Asia/Ho_Chi_Minh" });
  await signIn(await context.newPage(), person, person.password);
  return context;
}

/** One round of a person's work in one tab: the home page greets them; an officer's registry opens on their own unit. */
async function round(page: Page, person: Person) {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Xin chào, ${person.name}`);
  if (person.officerOf) {
    await page.goto("/co-quan");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.officerOf);
  }
}

test("five people working at once each see only themselves: pages, an officer's unit, and server actions", async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const unit = await createAgency();
  const second = await createUser({ role: "AGENCY_OFFICER", agencyCode: unit.code });
  const people: Person[] = [
    { ...demo.admin, password: demoPassword },
    { ...demo.inspector, password: demoPassword },
    { ...demo.committee, password: demoPassword },
    { ...demo.officer, password: demoPassword, officerOf: "UBND Thành phố Long Xuyên" },
    { ...second, officerOf: unit.name },
  ];
  const contexts = await Promise.all(people.map((person) => signedInContext(browser, person)));
  const ids = await Promise.all(people.map((person) => userId(person.email)));
  const checkSession = actionId("lib/auth/actions.ts", "checkSessionAction");

  const actionAnswers: { person: string; ok: boolean; body: string }[] = [];
  await Promise.all(
    people.map(async (person, index) => {
      const context = contexts[index]!;
      const tabs = await Promise.all([context.newPage(), context.newPage()]);
      const browsing = tabs.map(async (tab) => {
        for (let i = 0; i < 4; i++) await round(tab, person);
      });
      // The checklist's autosave asks this action whether the session is good: it answers with the actor's id.
      const acting = (async () => {
        for (let i = 0; i < 12; i++) {
          const response = await context.request.post(`${baseURL}/`, {
            headers: {
              "next-action": checkSession,
              "content-type": "text/plain;charset=UTF-8",
              accept: "text/x-component",
            },
            data: JSON.stringify([{ status: "idle" }, {}]),
          });
          const body = await response.text();
          actionAnswers.push({
            person: person.email,
            ok: response.status() === 200 && body.includes(`"userId":"${ids[index]}"`),
            body: body.slice(0, 200),
          });
        }
      })();
      await Promise.all([...browsing, acting]);
    }),
  );
  expect(actionAnswers).toHaveLength(people.length * 12);
  expect(actionAnswers.filter((answer) => !answer.ok)).toEqual([]);
  await Promise.all(contexts.map((context) => context.close()));
});
