import type { MessageKey } from "@/lib/i18n";
import type { Role } from "./roles";

export type NavItem = { href: string; label: MessageKey };

const everyone: Role[] = ["DOST_ADMIN", "DOST_INSPECTOR", "PARTNER_INSPECTOR", "AGENCY_OFFICER", "COMMITTEE_VIEWER"];

/** The main menu and who sees each entry. A hidden entry is a convenience; every page still checks. */
const items: (NavItem & { roles: Role[] })[] = [
  { href: "/", label: "nav.home", roles: everyone },
  // The year's figures (lib/dashboard): DOST staff with work in progress, the committee signed-off results only.
  { href: "/tong-quan", label: "nav.dashboard", roles: ["DOST_ADMIN", "DOST_INSPECTOR", "COMMITTEE_VIEWER"] },
  {
    href: "/co-quan",
    label: "nav.agencies",
    roles: ["DOST_ADMIN", "DOST_INSPECTOR", "PARTNER_INSPECTOR", "COMMITTEE_VIEWER"],
  },
  // An officer's registry is their own unit (the list redirects there).
  { href: "/co-quan", label: "nav.myAgency", roles: ["AGENCY_OFFICER"] },
  { href: "/ke-hoach", label: "nav.plans", roles: everyone },
  { href: "/ho-so", label: "nav.records", roles: everyone },
  // Officers and the committee see signed-off results only (lib/inspections/policy.ts).
  { href: "/kiem-tra", label: "nav.inspections", roles: everyone },
  // Reference data everyone may read; the menu offers it to those who inspect with it.
  { href: "/bang-kiem", label: "nav.checklists", roles: ["DOST_ADMIN", "DOST_INSPECTOR", "PARTNER_INSPECTOR"] },
  { href: "/phat-hien", label: "nav.findings", roles: everyone },
  // The corrective-action queue (TT26 Đ37): the unit answers, DOST verifies, partners and the committee read.
  { href: "/khac-phuc", label: "nav.corrective", roles: everyone },
  // The year's reports (TT26 Đ38, QĐ19 Phụ lục II): DOST drafts them, the committee reads those sent to it.
  { href: "/bao-cao", label: "nav.yearReports", roles: ["DOST_ADMIN", "DOST_INSPECTOR", "COMMITTEE_VIEWER"] },
  { href: "/thong-bao", label: "nav.notifications", roles: everyone },
  { href: "/quan-tri/nguoi-dung", label: "nav.users", roles: ["DOST_ADMIN"] },
  { href: "/quan-tri/nhat-ky", label: "nav.audit", roles: ["DOST_ADMIN"] },
  { href: "/quan-tri/thu-di", label: "nav.outbox", roles: ["DOST_ADMIN"] },
];

export function navigationFor(role: Role): NavItem[] {
  return items.filter((item) => item.roles.includes(role)).map(({ href, label }) => ({ href, label }));
}
