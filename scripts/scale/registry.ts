import { agencyDerived } from "@/lib/agencies/registry/derived";
import { scaleId, scaleRand } from "./ids";

/**
 * The synthetic registry: per province its DOST (the plans' lead), 23 other provincial agencies (departments,
 * sub-departments, a board under a department, a body under the People's Committee: the groups the real
 * registry uses), 8 districts and 63 communes of 2016–2025, and the 2025 reorganisation (districts end on
 * 30/06/2025; 21 communes merge three by three into 7 new ones from 01/07/2025). Codes start with `SC-` and
 * every name says "Mẫu" (sample), so nothing here can be taken for a real unit.
 */
export const provinceCount = 34;
export const communesPerProvince = 63;
export const districtsPerProvince = 8;
/** Communes 1…merged of each province merge three by three in 2025. */
export const mergedCommunes = 21;
export const reorganisationDate = "2025-07-01";
export const synthetic = "Dữ liệu tổng hợp (npm run seed:scale), không phải đơn vị thật.";

/** Provincial agencies after the DOST: name, group, and the index of the parent for sub-units. */
const provincialAgencies: { name: string; group: string; parent?: number }[] = [
  { name: "Sở Khoa học và Công nghệ", group: "so" },
  { name: "Văn phòng UBND tỉnh", group: "so" },
  { name: "Sở Nội vụ", group: "so" },
  { name: "Sở Tư pháp", group: "so" },
  { name: "Sở Tài chính", group: "so" },
  { name: "Sở Kế hoạch và Đầu tư", group: "so" },
  { name: "Sở Công Thương", group: "so" },
  { name: "Sở Nông nghiệp và Phát triển nông thôn", group: "so" },
  { name: "Sở Tài nguyên và Môi trường", group: "so" },
  { name: "Sở Xây dựng", group: "so" },
  { name: "Sở Giao thông vận tải", group: "so" },
  { name: "Sở Giáo dục và Đào tạo", group: "so" },
  { name: "Sở Y tế", group: "so" },
  { name: "Sở Lao động - Thương binh và Xã hội", group: "so" },
  { name: "Sở Văn hóa, Thể thao và Du lịch", group: "so" },
  { name: "Sở Thông tin và Truyền thông", group: "so" },
  { name: "Thanh tra tỉnh", group: "so" },
  { name: "Ban Dân tộc", group: "so" },
  { name: "Chi cục Tiêu chuẩn Đo lường Chất lượng", group: "chi_cuc", parent: 0 },
  { name: "Chi cục Kiểm lâm", group: "chi_cuc", parent: 7 },
  { name: "Chi cục Thủy lợi", group: "chi_cuc", parent: 7 },
  { name: "Chi cục Dân số - Kế hoạch hóa gia đình", group: "chi_cuc", parent: 12 },
  { name: "Ban Tôn giáo", group: "ban_thuoc_so", parent: 2 },
  { name: "Ban Quản lý các khu công nghiệp", group: "co_quan_truc_thuoc_ubnd" },
];
/** Indexes of Sở Nội vụ and Sở Tư pháp: the plans' coordinating units and the partner inspectors' home. */
export const coordinatorIndexes = [2, 3];

export type Province = { n: number; key: string; name: string; dost: string; admin: string; inspectors: string[] };
type AgencyRow = Record<string, unknown> & { id: string; code: string };
type UserRow = Record<string, unknown> & { id: string };

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function provinces(count: number): Province[] {
  return Array.from({ length: count }, (_, i) => {
    const key = `P${pad(i + 1)}`;
    const dost = scaleId(`agency:SC-${key}-T01`);
    return {
      n: i + 1,
      key,
      name: `tỉnh Mẫu ${pad(i + 1)}`,
      dost,
      admin: scaleId(`admin:${key}`),
      inspectors: Array.from({ length: 6 }, (_, j) => scaleId(`inspector:${key}:${j + 1}`)),
    };
  });
}

export function registryRows(list: Province[], kindIds: Record<string, string>) {
  const agencies: AgencyRow[] = [];
  const users: UserRow[] = [];
  const reorganisations: Record<string, unknown>[] = [];
  const successions: Record<string, unknown>[] = [];
  const unit = (row: {
    code: string;
    name: string;
    kind: string;
    parentCode?: string | null;
    group?: string | null;
    unitType?: string | null;
    validFrom?: string;
    validTo?: string | null;
  }) => {
    const id = scaleId(`agency:${row.code}`);
    const level1or2 = row.kind === "co_quan_tinh" || row.kind === "ubnd_huyen";
    agencies.push({
      id,
      code: row.code,
      name: row.name,
      shortName: null,
      ...agencyDerived({ name: row.name, code: row.code }),
      kindId: kindIds[row.kind],
      parentId: row.parentCode ? scaleId(`agency:${row.parentCode}`) : null,
      group: row.group ?? null,
      unitType: row.unitType ?? null,
      isoRequirement: level1or2 ? "MANDATORY" : "ENCOURAGED",
      standardVersion: "ISO_9001_2015",
      qmsSince: row.validFrom && row.validFrom > "2016-01-01" ? row.validFrom : "2015-06-30",
      procedureCount: 20 + Math.floor(scaleRand(`procedures:${row.code}`) * 180),
      confirmed: true,
      note: synthetic,
      validFrom: row.validFrom ?? "2000-01-01",
      validTo: row.validTo ?? null,
      version: 0,
      createdAt: "2016-01-04T01:00:00Z",
      updatedAt: "2016-01-04T01:00:00Z",
    });
    // One officer per unit: the corrective answers' and the records' author.
    users.push({
      id: scaleId(`officer:${id}`),
      email: `${row.code.toLowerCase()}@scale.example`,
      name: `Cán bộ ${row.name}`,
      role: "AGENCY_OFFICER",
      agencyId: id,
    });
    return id;
  };

  for (const p of list) {
    const code = (suffix: string) => `SC-${p.key}-${suffix}`;
    provincialAgencies.forEach((a, i) =>
      unit({
        code: code(`T${pad(i + 1)}`),
        name: `${a.name} ${p.name}`,
        kind: "co_quan_tinh",
        group: a.group,
        parentCode: a.parent === undefined ? null : code(`T${pad(a.parent + 1)}`),
      }),
    );
    for (let d = 1; d <= districtsPerProvince; d++)
      unit({
        code: code(`H${pad(d)}`),
        name: d === 1 ? `UBND Thành phố Mẫu ${p.key}` : `UBND Huyện Mẫu ${p.key}-${d}`,
        kind: "ubnd_huyen",
        unitType: d === 1 ? "thanh_pho" : "huyen",
        validTo: "2025-06-30",
      });
    for (let c = 1; c <= communesPerProvince; c++) {
      const district = ((c - 1) % districtsPerProvince) + 1;
      const type = district === 1 ? "phuong" : c % 9 === 0 ? "thi_tran" : "xa";
      const label = { phuong: "Phường", thi_tran: "Thị trấn", xa: "Xã" }[type];
      unit({
        code: code(`X${pad(c, 3)}`),
        name: `UBND ${label} Mẫu ${p.key}-${pad(c, 3)}`,
        kind: "ubnd_xa",
        unitType: type,
        parentCode: code(`H${pad(district)}`),
        validTo: c <= mergedCommunes ? "2025-06-30" : null,
      });
    }
    const reorganisationId = scaleId(`reorganisation:${p.key}`);
    reorganisations.push({
      id: reorganisationId,
      key: `sc-${p.key.toLowerCase()}-2025`,
      title: `Sắp xếp đơn vị hành chính cấp xã ${p.name} năm 2025 (dữ liệu tổng hợp)`,
      legalBasis: "Nghị quyết mẫu của Ủy ban Thường vụ Quốc hội (dữ liệu tổng hợp)",
      effectiveDate: reorganisationDate,
      appliedAt: "2025-07-01T01:00:00Z",
      appliedById: p.admin,
      createdAt: "2025-06-20T01:00:00Z",
    });
    for (let m = 1; m <= mergedCommunes / 3; m++) {
      const successor = unit({
        code: code(`N${pad(m)}`),
        name: `UBND Xã Mẫu ${p.key}-M${pad(m)}`,
        kind: "ubnd_xa",
        unitType: "xa",
        validFrom: reorganisationDate,
      });
      for (let k = 0; k < 3; k++) {
        const predecessor = scaleId(`agency:${code(`X${pad((m - 1) * 3 + k + 1, 3)}`)}`);
        successions.push({
          id: scaleId(`succession:${predecessor}`),
          predecessorId: predecessor,
          successorId: successor,
          kind: "MERGE",
          effectiveDate: reorganisationDate,
          reorganisationId,
        });
      }
    }
    const staff = (id: string, email: string, name: string, role: string, agencyId: string) =>
      users.push({ id, email, name, role, agencyId });
    staff(p.admin, `admin-${p.key.toLowerCase()}@scale.example`, `Quản trị ${p.name}`, "DOST_ADMIN", p.dost);
    p.inspectors.forEach((id, j) =>
      staff(
        id,
        `kiemtra${j + 1}-${p.key.toLowerCase()}@scale.example`,
        `Kiểm tra viên ${j + 1} ${p.name}`,
        "DOST_INSPECTOR",
        p.dost,
      ),
    );
    coordinatorIndexes.forEach((i, j) =>
      staff(
        scaleId(`partner:${p.key}:${j + 1}`),
        `phoihop${j + 1}-${p.key.toLowerCase()}@scale.example`,
        `Cán bộ phối hợp ${j + 1} ${p.name}`,
        "PARTNER_INSPECTOR",
        scaleId(`agency:${code(`T${pad(i + 1)}`)}`),
      ),
    );
    staff(
      scaleId(`committee:${p.key}`),
      `ubnd-${p.key.toLowerCase()}@scale.example`,
      `UBND ${p.name}`,
      "COMMITTEE_VIEWER",
      scaleId(`agency:${code("T02")}`),
    );
  }
  return {
    agencies,
    // No password: these accounts cannot sign in ("-" is no argon2 hash); they author the synthetic rows.
    users: users.map((u) => ({
      ...u,
      searchName: "",
      passwordHash: "-",
      status: "ACTIVE",
      locale: "vi",
      mustChangePassword: false,
      digestsEnabled: false,
      createdAt: "2016-01-04T01:00:00Z",
      updatedAt: "2016-01-04T01:00:00Z",
    })),
    reorganisations,
    successions,
  };
}
