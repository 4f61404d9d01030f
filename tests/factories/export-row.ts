import type { AgencyExportRow } from "@/lib/agencies/data";

/** Phường Mỹ Hòa as the registry exports it; tests change only what they are about. */
export function exportRow(changes: Partial<AgencyExportRow> = {}): AgencyExportRow {
  return {
    code: "30307",
    name: "UBND Phường Mỹ Hòa",
    shortName: "Mỹ Hòa",
    nameEn: null,
    group: null,
    isoRequirement: "ENCOURAGED",
    standardVersion: "ISO_9001_2015",
    announcementNumber: "12/QĐ-UBND",
    announcementDate: new Date(Date.UTC(2021, 1, 25)),
    procedureCount: 0,
    contactName: "Nguyễn Thị Ánh",
    contactPhone: "+84 296 3852 000",
    contactEmail: "vanphong@angiang.gov.vn",
    confirmed: true,
    validFrom: new Date(Date.UTC(2000, 0, 1)),
    validTo: null,
    note: null,
    kind: { code: "ubnd_xa", nameVi: "UBND cấp xã" },
    parent: { code: "883" },
    ...changes,
  };
}
