import { createAgency } from "@/tests/factories/agencies";
import { insertPlan } from "@/tests/factories/plans";
import { uniqueToken } from "@/tests/factories/unique";
import { actorOf, createActor, createUser } from "@/tests/factories/users";

/**
 * What the findings' visibility tests stand on: an administrator, two units of their own (Long Xuyên and
 * Châu Đốc, names made unique), and two plans of `year` in progress, the first with a partner inspector on its
 * team. Each test adds its own inspections and findings to them.
 */
export async function findingsWorld(year: number) {
  const admin = (await createActor("DOST_ADMIN")).actor;
  const partnerUser = await createUser({ role: "PARTNER_INSPECTOR" });
  const token = uniqueToken();
  const [longXuyen, chauDoc] = await Promise.all([
    createAgency({ name: `UBND Thành phố Long Xuyên ${token}` }),
    createAgency({ name: `UBND Thành phố Châu Đốc ${token}` }),
  ]);
  const [plan, otherPlan] = await Promise.all([
    insertPlan({
      createdById: admin.id,
      year,
      status: "IN_PROGRESS",
      members: [{ userId: partnerUser.id, role: "MEMBER" }],
    }),
    insertPlan({ createdById: admin.id, year, status: "IN_PROGRESS" }),
  ]);
  return { admin, partner: actorOf(partnerUser), longXuyen, chauDoc, plan, otherPlan };
}
