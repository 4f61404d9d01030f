import { writeAudit } from "@/lib/audit/mutations";
import { createDb } from "@/lib/db";
import { seedDemo } from "./demo";
import { seedInspections2021, seedPlan2021 } from "./plan-2021";
import { seedReference } from "./reference";
import { seedTeam2021 } from "./team-2021";

export async function seed(url: string, options: { demo: boolean; log?: (line: string) => void }) {
  const db = createDb(url, 2);
  try {
    const reference = await seedReference(db);
    const demo = options.demo ? await seedDemo(db) : { created: 0, accounts: [] };
    // After the demo accounts: the plan needs a DOST administrator as its author.
    const plan = await seedPlan2021(db, { log: options.log });
    const inspections = await seedInspections2021(db);
    // The sample team and schedule are demo data: they need the demo accounts, and come after the inspections they assign.
    const team = options.demo ? await seedTeam2021(db) : { teamMembers: 0, visits: 0 };
    const counts = {
      ...reference,
      demoUsers: demo.created,
      plans: plan.plans,
      inspections: inspections.inspections,
      ...team,
    };
    if (Object.values(counts).some((n) => n > 0)) {
      await db.$transaction((tx) =>
        writeAudit(tx, {
          type: "seed.applied",
          actorId: null,
          data: { dataset: options.demo ? "reference+demo" : "reference", counts },
        }),
      );
      options.log?.(
        `seeded ${Object.entries(counts)
          .filter(([, n]) => n > 0)
          .map(([k, n]) => `${n} ${k}`)
          .join(", ")}`,
      );
    }
    return { counts, demoAccounts: demo.accounts };
  } finally {
    await db.$disconnect();
  }
}
