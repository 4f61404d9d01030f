/**
 * Targets, inspections and their checklist results, as set-based SQL over the plans and units written before
 * (every value drawn from scale_rand of a stable key, so two builds agree). Shapes:
 *  - every unit in force on the plan date is in the dossier track; 70 % also on site, in the category its ISO
 *    requirement gives (mandatory for provincial and district bodies, encouraged for communes). A province checks
 *    about a third on site; the data set checks more so that it holds the ~2.8 M checklist results the national
 *    scale asks for (the composed checklists have about 51 items), and the dashboard is measured under that load;
 *  - a dossier review in March–August, an on-site inspection in May–October; all signed off except 8 % of
 *    2025's (3 % not started, 5 % half filled in);
 *  - each inspection's checklist is composed as the app composes it (lib/checklists composeChecklist): the
 *    Decision 19 items for the unit's kind and standard version, then those of its ISO version (2008 for 40 %
 *    of units until 2018, 2015 otherwise), numbered in that order;
 *  - results: about 2.6 % nonconforming (0.4 % major), 1.6 % recommendations, 3 % not applicable, the rest
 *    conforming; each unit has its own quality factor and every year is a little better than the one before;
 *  - the overall result follows the items: any major nonconformity → NOT_CONFORMING, any minor →
 *    CONFORMING_WITH_FINDINGS, else CONFORMING.
 */
export const inspectionSteps: { label: string; sql: string; analyze?: string }[] = [
  {
    label: "plan targets",
    analyze: "plan_target",
    sql: `
      INSERT INTO plan_target (id, "planId", "agencyId", "inDossier", "onSite", "onSiteCategory", rationale)
      SELECT scale_id('target:' || p.id || ':' || a.id), p.id, a.id, true, s.on_site,
             CASE WHEN s.on_site THEN a."isoRequirement"::text::"OnSiteCategory" END,
             CASE WHEN s.on_site THEN 'Chọn kiểm tra tại trụ sở theo mức rủi ro (dữ liệu tổng hợp)' END
        FROM inspection_plan p
        JOIN agency lead ON lead.id = p."leadAgencyId"
        JOIN agency a ON left(a.code, 7) = left(lead.code, 7) AND a.id <> lead.id
                     AND a."validFrom" <= p."issuedOn" AND (a."validTo" IS NULL OR a."validTo" >= p."issuedOn"),
        LATERAL (SELECT scale_rand('onsite:' || p.id || ':' || a.id) < 0.7 AS on_site OFFSET 0) s
       WHERE lead.code LIKE 'SC-%'`,
  },
  {
    label: "inspections",
    analyze: "inspection",
    sql: `
      INSERT INTO inspection (id, "planId", "targetId", "agencyId", kind, status, "standardVersion", "recordDate",
                              "representativeName", "representativeTitle", recommendations, "startedAt",
                              "signedOffAt", "signedOffById", "createdAt", "updatedAt")
      SELECT scale_id('inspection:' || t.id || ':' || k.kind), p.id, t.id, t."agencyId", k.kind::"InspectionKind",
             st.status::"InspectionStatus", v.version::"StandardVersion",
             CASE WHEN st.status <> 'NOT_STARTED' THEN d.record_date END,
             CASE WHEN st.status = 'SIGNED_OFF' THEN 'Đại diện lãnh đạo đơn vị' END,
             CASE WHEN st.status = 'SIGNED_OFF' THEN 'Phó Thủ trưởng' END,
             CASE WHEN st.status = 'SIGNED_OFF' AND scale_rand('rec:' || t.id || k.kind) < 0.2
                  THEN 'Đề nghị đơn vị cập nhật danh mục quy trình và tăng cường đánh giá nội bộ.' ELSE '' END,
             CASE WHEN st.status <> 'NOT_STARTED' THEN (d.record_date - 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '8 hours' END,
             CASE WHEN st.status = 'SIGNED_OFF'
                  THEN (d.record_date + (abs(hashtext('so:' || t.id || k.kind)) % 6))::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '16 hours' END,
             CASE WHEN st.status = 'SIGNED_OFF' THEN (SELECT m."userId" FROM plan_member m WHERE m."planId" = p.id AND m.role = 'LEAD') END,
             p."createdAt", p."updatedAt"
        FROM plan_target t
        JOIN inspection_plan p ON p.id = t."planId"
        CROSS JOIN (VALUES ('DOSSIER'), ('ON_SITE')) k(kind),
        LATERAL (SELECT scale_rand('status:' || t.id || k.kind) AS r OFFSET 0) s,
        LATERAL (SELECT CASE WHEN p.year < ${2025} OR s.r >= 0.08 THEN 'SIGNED_OFF'
                             WHEN s.r < 0.03 THEN 'NOT_STARTED' ELSE 'IN_PROGRESS' END AS status OFFSET 0) st,
        LATERAL (SELECT CASE WHEN p.year <= 2018 AND scale_rand('iso2008:' || t."agencyId") < 0.4
                             THEN 'ISO_9001_2008' ELSE 'ISO_9001_2015' END AS version OFFSET 0) v,
        LATERAL (SELECT CASE WHEN k.kind = 'DOSSIER'
                             THEN make_date(p.year, 3, 1) + (abs(hashtext('day:' || t.id || k.kind)) % 180)
                             ELSE make_date(p.year, 5, 2) + (abs(hashtext('day:' || t.id || k.kind)) % 170) END AS record_date OFFSET 0) d
       WHERE t."planId" IN (SELECT id FROM inspection_plan WHERE "leadAgencyId" IN (SELECT id FROM agency WHERE code LIKE 'SC-%'))
         AND (k.kind = 'DOSSIER' OR t."onSite")`,
  },
  {
    // The composed checklist of each (standard version, kind) pair, numbered as composeChecklist numbers it.
    label: "checklists",
    sql: `
      CREATE TEMP TABLE scale_checklist ON COMMIT DROP AS
      SELECT v.version::"StandardVersion" AS version, k.id AS "kindId", ci.id AS item,
             row_number() OVER (PARTITION BY v.version, k.id ORDER BY t.standard <> 'QD19_2014', ci.position)::int AS position,
             count(*) OVER (PARTITION BY v.version, k.id)::int AS size
        FROM (VALUES ('ISO_9001_2008'), ('ISO_9001_2015')) v(version)
        CROSS JOIN agency_kind k
        JOIN checklist_template t ON t.status = 'PUBLISHED'
                                 AND t.standard::text IN ('QD19_2014', v.version)
                                 AND t.version = (SELECT max(version) FROM checklist_template x WHERE x.standard = t.standard AND x.status = 'PUBLISHED')
        JOIN checklist_item ci ON ci."templateId" = t.id
       WHERE (cardinality(ci."kindCodes") = 0 OR k.code = ANY (ci."kindCodes"))
         AND (cardinality(ci."standardVersions") = 0 OR v.version::"StandardVersion" = ANY (ci."standardVersions"))`,
  },
  {
    label: "checklist results",
    analyze: "inspection_item",
    sql: `
      INSERT INTO inspection_item (id, "inspectionId", "checklistItemId", position, result, note, version, "updatedById", "updatedAt")
      SELECT scale_id('item:' || i.id || ':' || c.position), i.id, c.item, c.position, x.result::"ItemResult",
             CASE WHEN x.result IN ('MINOR_NC', 'MAJOR_NC') THEN 'Chưa đáp ứng yêu cầu của điều khoản (dữ liệu tổng hợp).'
                  WHEN x.result = 'RECOMMENDATION' THEN 'Nên cải tiến cách thực hiện.' ELSE '' END,
             CASE WHEN x.result IS NULL THEN 0 ELSE 1 END,
             CASE WHEN x.result IS NOT NULL THEN lead."userId" END,
             CASE WHEN x.result IS NOT NULL THEN i."startedAt" + interval '2 hours' END
        FROM inspection i
        JOIN inspection_plan p ON p.id = i."planId"
        JOIN agency a ON a.id = i."agencyId"
        JOIN plan_member lead ON lead."planId" = p.id AND lead.role = 'LEAD'
        JOIN scale_checklist c ON c.version = i."standardVersion" AND c."kindId" = a."kindId",
        LATERAL (SELECT scale_rand('result:' || i.id || ':' || c.position) AS r,
                        (0.4 + 1.2 * scale_rand('quality:' || a.id)) * (1.25 - 0.05 * (p.year - 2016)) AS f OFFSET 0) q,
        LATERAL (SELECT CASE
                   WHEN i.status = 'NOT_STARTED' OR (i.status = 'IN_PROGRESS' AND c.position > c.size / 2) THEN NULL
                   WHEN q.r < 0.004 * q.f THEN 'MAJOR_NC'
                   WHEN q.r < 0.026 * q.f THEN 'MINOR_NC'
                   WHEN q.r < 0.042 * q.f THEN 'RECOMMENDATION'
                   WHEN q.r > 0.97 THEN 'NOT_APPLICABLE'
                   ELSE 'CONFORM' END AS result OFFSET 0) x
       WHERE a.code LIKE 'SC-%'`,
  },
  {
    label: "overall results",
    sql: `
      UPDATE inspection i
         SET "overallResult" = (CASE WHEN r.major > 0 THEN 'NOT_CONFORMING'
                                     WHEN r.minor > 0 THEN 'CONFORMING_WITH_FINDINGS' ELSE 'CONFORMING' END)::"OverallResult",
             strengths = 'Đơn vị duy trì hệ thống quản lý chất lượng; hồ sơ được lưu trữ đầy đủ.',
             shortcomings = CASE WHEN r.major + r.minor > 0 THEN 'Còn điểm không phù hợp cần khắc phục.' ELSE '' END
        FROM (SELECT "inspectionId", count(*) FILTER (WHERE result = 'MAJOR_NC') AS major,
                     count(*) FILTER (WHERE result = 'MINOR_NC') AS minor
                FROM inspection_item GROUP BY "inspectionId") r
       WHERE r."inspectionId" = i.id AND i.status = 'SIGNED_OFF'
         AND i."agencyId" IN (SELECT id FROM agency WHERE code LIKE 'SC-%')`,
  },
  {
    // The templates' first use, as generateInspections records it (a used version is immutable from then on).
    label: "templates used",
    sql: `
      UPDATE checklist_template SET "usedAt" = timestamptz '2016-02-01 08:00+07'
       WHERE "usedAt" IS NULL AND id IN (SELECT ci."templateId" FROM checklist_item ci WHERE ci.id IN (SELECT item FROM scale_checklist))`,
  },
];
