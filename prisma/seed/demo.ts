import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { foldForSearch } from "@/lib/text/normalize";

/** One account per role, for trying the app. Created only by the demo seed (SEED_DEMO, on by default for npm start). */
export const demoPassword = "AnGiang@2021";

export const demoAccounts: { role: Role; email: string; name: string; agency: { name: string } | { code: string } }[] =
  [
    {
      role: "DOST_ADMIN",
      email: "quantri@sokhcn.example",
      name: "Nguyễn Văn Quản",
      agency: { name: "Sở Khoa học và Công nghệ" },
    },
    {
      role: "DOST_INSPECTOR",
      email: "kiemtra@sokhcn.example",
      name: "Trần Thị Kiểm",
      agency: { name: "Sở Khoa học và Công nghệ" },
    },
    {
      role: "PARTNER_INSPECTOR",
      email: "thanhvien@sonoivu.example",
      name: "Lê Văn Phối",
      agency: { name: "Sở Nội vụ" },
    },
    { role: "AGENCY_OFFICER", email: "canbo@longxuyen.example", name: "Phạm Thị Hồ Sơ", agency: { code: "883" } },
    {
      role: "COMMITTEE_VIEWER",
      email: "lanhdao@ubndtinh.example",
      name: "Võ Văn Duyệt",
      agency: { name: "Văn phòng UBND tỉnh" },
    },
  ];

export async function seedDemo(db: PrismaClient) {
  const existing = new Set(
    (
      await db.user.findMany({ where: { email: { in: demoAccounts.map((a) => a.email) } }, select: { email: true } })
    ).map((u) => u.email),
  );
  const passwordHash = existing.size < demoAccounts.length ? await hashPassword(demoPassword) : "";
  let created = 0;
  for (const account of demoAccounts) {
    if (existing.has(account.email)) continue;
    const agency = await db.agency.findFirst({
      where: "code" in account.agency ? { code: account.agency.code } : { name: account.agency.name },
      select: { id: true },
    });
    await db.user.create({
      data: {
        email: account.email,
        name: account.name,
        searchName: foldForSearch(account.name),
        role: account.role,
        agencyId: agency?.id ?? null,
        passwordHash,
      },
    });
    created += 1;
  }
  return { created, accounts: demoAccounts.map((a) => ({ role: a.role, email: a.email, password: demoPassword })) };
}
