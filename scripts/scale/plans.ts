import { scaleId } from "./ids";
import { coordinatorIndexes, type Province } from "./registry";

export const firstYear = 2016;
export const lastYear = 2025;

const pad = (n: number) => String(n).padStart(2, "0");
const milestoneDays = [
  ["TEAM_SETUP", "02-01"],
  ["DOSSIER_DEADLINE", "03-15"],
  ["ONSITE_START", "05-02"],
  ["ONSITE_END", "10-20"],
  ["CONSOLIDATION", "11-10"],
  ["REPORT", "12-15"],
] as const;

/**
 * One plan a year per province, led by its DOST: approved in January, completed for the past years, still at
 * work in 2025 (a few of its inspections are not signed off). The team: six DOST inspectors (the lead and the
 * secretary rotate by year) and the two partner inspectors of Home Affairs and Justice.
 */
export function planRows(list: Province[]) {
  const plans: Record<string, unknown>[] = [];
  const members: Record<string, unknown>[] = [];
  const milestones: Record<string, unknown>[] = [];
  const coordinators: Record<string, unknown>[] = [];
  for (const p of list) {
    for (let year = firstYear; year <= lastYear; year++) {
      const id = scaleId(`plan:${p.key}:${year}`);
      const day = 5 + (p.n % 20);
      const issuedOn = `${year}-01-${pad(day)}`;
      plans.push({
        id,
        year,
        number: `${pad(p.n)}/KH-SKHCN`,
        version: 1,
        issuedOn,
        title: `Kế hoạch kiểm tra việc áp dụng, duy trì và cải tiến HTQLCL theo TCVN ISO 9001 năm ${year} của ${p.name} (dữ liệu tổng hợp)`,
        legalBases: "Quyết định số 19/2014/QĐ-TTg; Thông tư số 26/2014/TT-BKHCN",
        objectives: "Đánh giá việc áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng.",
        requirements: "Kiểm tra đúng nội dung, thời gian; không gây cản trở hoạt động của đơn vị.",
        leadAgencyId: p.dost,
        status: year < lastYear ? "COMPLETED" : "IN_PROGRESS",
        isSample: false,
        teamDecisionNumber: `${pad(p.n)}/QĐ-SKHCN`,
        teamDecisionDate: `${year}-02-01`,
        approvalNumber: `${pad(p.n)}/QĐ-UBND`,
        approvalDate: `${year}-01-${pad(day + 3)}`,
        approvedById: p.admin,
        submittedAt: `${issuedOn}T02:00:00Z`,
        approvedAt: `${year}-01-${pad(day + 3)}T02:00:00Z`,
        lockVersion: 0,
        createdById: p.admin,
        createdAt: `${issuedOn}T01:00:00Z`,
        updatedAt: `${year}-12-20T01:00:00Z`,
      });
      p.inspectors.forEach((userId, j) =>
        members.push({
          id: scaleId(`member:${id}:${userId}`),
          planId: id,
          userId,
          role: j === year % 6 ? "LEAD" : j === (year + 1) % 6 ? "SECRETARY" : "MEMBER",
        }),
      );
      coordinatorIndexes.forEach((i, j) => {
        const userId = scaleId(`partner:${p.key}:${j + 1}`);
        members.push({ id: scaleId(`member:${id}:${userId}`), planId: id, userId, role: "MEMBER" });
        coordinators.push({ planId: id, agencyId: scaleId(`agency:SC-${p.key}-T${pad(i + 1)}`) });
      });
      for (const [kind, date] of milestoneDays)
        milestones.push({
          id: scaleId(`milestone:${id}:${kind}`),
          planId: id,
          kind,
          date: `${year}-${date}`,
          note: null,
        });
    }
  }
  return { plans, members, milestones, coordinators };
}

/** The plan's lead inspector (who signs the inspections off) in SQL, for a plan row aliased `p`. */
export const leadOf = (plan: string) =>
  `(SELECT m."userId" FROM plan_member m WHERE m."planId" = ${plan}.id AND m.role = 'LEAD')`;
