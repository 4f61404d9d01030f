import type { PapersPlan, PaperUnit } from "@/lib/plans/papers/kinds";
import agencies from "@/prisma/seed/data/agencies.json" with { type: "json" };

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * An Giang's 2021 plan as its papers see it, from the registry data the seed loads: the 197 dossier units
 * (30 provincial agencies, the 11 district committees, the 156 commune committees) and 66 on site (10
 * provincial and 4 district, mandatory; 52 communes, encouraged), with a visit for each on-site unit.
 */
export function plan2021Papers(changes: Partial<PapersPlan> = {}): PapersPlan {
  let day = 0;
  const visit = () => {
    const start = new Date(Date.UTC(2021, 4, 10 + (day % 40), 1, 30));
    day++;
    return [{ startsAt: start, endsAt: new Date(start.getTime() + 7 * 3600_000) }];
  };
  const provincial: PaperUnit[] = agencies.provincialAgencies2021.slice(0, 30).map((a, i) => ({
    agencyId: `p-${i}`,
    code: `T89-${String(i + 1).padStart(3, "0")}`,
    name: a.name,
    kind: { name: "Cơ quan cấp tỉnh", level: 1, sortOrder: 1 },
    district: null,
    inDossier: true,
    onSite: i < 10,
    onSiteCategory: i < 10 ? "MANDATORY" : null,
    visits: i < 10 ? visit() : [],
  }));
  const districts: PaperUnit[] = agencies.districts2021.map((d, i) => ({
    agencyId: `d-${d.gsoCode}`,
    code: d.gsoCode,
    name: `UBND ${d.name}`,
    kind: { name: "UBND cấp huyện", level: 2, sortOrder: 2 },
    district: null,
    inDossier: true,
    onSite: i < 4,
    onSiteCategory: i < 4 ? "MANDATORY" : null,
    visits: i < 4 ? visit() : [],
  }));
  let communeIndex = 0;
  const communes: PaperUnit[] = agencies.districts2021.flatMap((d) =>
    d.communes.map((c) => {
      const onSite = communeIndex++ % 3 === 0 && communeIndex <= 156;
      return {
        agencyId: `c-${c.gsoCode}`,
        code: c.gsoCode,
        name: `UBND ${c.name}`,
        kind: { name: "UBND cấp xã", level: 3, sortOrder: 3 },
        district: d.name,
        inDossier: true,
        onSite,
        onSiteCategory: onSite ? ("ENCOURAGED" as const) : null,
        visits: onSite ? visit() : [],
      };
    }),
  );
  return {
    id: "00000000-0000-4000-8000-000000002021",
    year: 2021,
    number: "05/KH-SKHCN",
    issuedOn: utc(2021, 1, 19),
    title: "Kiểm tra việc áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001 năm 2021",
    legalBases: "Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
    objectives: "Đánh giá việc áp dụng hệ thống quản lý chất lượng.",
    requirements: "Kiểm tra đúng nội dung Điều 36.",
    status: "APPROVED",
    approvalNumber: "346/QĐ-UBND",
    approvalDate: utc(2021, 2, 25),
    teamDecisionNumber: null,
    teamDecisionDate: null,
    leadAgency: "Sở Khoa học và Công nghệ",
    coordinators: ["Sở Nội vụ", "Sở Tư pháp"],
    milestones: [
      { kind: "DOSSIER_DEADLINE", date: utc(2021, 3, 31) },
      { kind: "CONSOLIDATION", date: utc(2021, 11, 30) },
    ],
    members: [
      { name: "Nguyễn Văn Trưởng", role: "LEAD", agency: "Sở Khoa học và Công nghệ" },
      { name: "Trần Thị Thư Ký", role: "SECRETARY", agency: "Sở Khoa học và Công nghệ" },
      { name: "Lê Văn Phối Hợp", role: "MEMBER", agency: "Sở Nội vụ" },
    ],
    units: [...provincial, ...districts, ...communes],
    ...changes,
  };
}
