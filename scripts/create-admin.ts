// `npm run create-admin -- --email a@b.gov.vn --name "Họ Tên" [--agency-code T89-013]`: the first DOST
// administrator of a real deployment (demo accounts are off with SEED_DEMO=false). The password comes from
// ADMIN_PASSWORD, or a temporary one is generated and printed; either way it must be changed at first sign-in.
import { parseArgs } from "node:util";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/mutations";
import { hashPassword } from "@/lib/auth/password";
import { createDb } from "@/lib/db";
import { cleanText, foldForSearch } from "@/lib/text/normalize";
import { generateTemporaryPassword } from "@/lib/users/passwords/generator";
import { newPasswordSchema } from "@/lib/users/schema";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, "agency-code": { type: "string" } },
});
const input = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    name: z.string().trim().min(1).max(120),
    agencyCode: z.string().optional(),
  })
  .safeParse({ email: values.email, name: values.name, agencyCode: values["agency-code"] });
if (!input.success) {
  console.error('✗ usage: npm run create-admin -- --email <email> --name "<full name>" [--agency-code <code>]');
  process.exit(1);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("✗ DATABASE_URL is not set");
  process.exit(1);
}
const given = process.env.ADMIN_PASSWORD;
if (given && !newPasswordSchema.safeParse(given).success) {
  console.error("✗ ADMIN_PASSWORD must have at least 10 characters, with letters and digits");
  process.exit(1);
}
const password = given ?? generateTemporaryPassword();
const db = createDb(url, 1);
try {
  const agency = input.data.agencyCode
    ? await db.agency.findFirst({ where: { code: input.data.agencyCode, validTo: null } })
    : await db.agency.findFirst({ where: { name: "Sở Khoa học và Công nghệ" } });
  const name = cleanText(input.data.name);
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        email: input.data.email,
        name,
        searchName: foldForSearch(name),
        role: "DOST_ADMIN",
        agencyId: agency?.id ?? null,
        passwordHash,
        mustChangePassword: true,
      },
    });
    await writeAudit(tx, {
      type: "user.created",
      actorId: null,
      target: { type: "user", id: created.id },
      data: { email: created.email, role: created.role, agencyId: created.agencyId },
    });
    return created;
  });
  console.log(`✓ Administrator ${user.email} created${given ? "" : `; temporary password: ${password}`}`);
} catch (error) {
  const duplicate = (error as { code?: string }).code === "P2002";
  console.error(`✗ ${duplicate ? "a user with this email already exists" : (error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
