/**
 * QMS records, set-based: every unit's announcement decision, quality policy and procedure list (no plan), and
 * for each plan that targets it its annual report (with the form, annual_report) and, for a third, its internal
 * audit report. A fifth of the records have a second version after DOST asked for a revision. Each version has
 * one file row (the bytes are not stored: the bench and the figures never read them). Review state: the past
 * years' latest versions accepted, 2025's partly still waiting.
 */
export const recordSteps: { label: string; sql: string; analyze?: string }[] = [
  {
    label: "records",
    analyze: "qms_record",
    sql: `
      INSERT INTO qms_record (id, "agencyId", category, title, "planId", status, "latestVersion", "createdById",
                              "createdAt", "updatedAt")
      SELECT scale_id('record:' || s.agency || ':' || s.category || ':' || coalesce(s.plan::text, '')), s.agency,
             s.category::"RecordCategory", s.title, s.plan, st.status::"ReviewStatus", v.versions,
             scale_id('officer:' || s.agency), s.at, s.at + interval '20 days'
        FROM (
          SELECT a.id AS agency, c.category, c.title, NULL::uuid AS plan, 2016 AS year,
                 greatest(a."validFrom", date '2016-01-10')::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '9 hours' AS at
            FROM agency a
            CROSS JOIN (VALUES ('ANNOUNCEMENT_DECISION', 'Quyết định công bố HTQLCL phù hợp TCVN ISO 9001'),
                               ('QUALITY_POLICY', 'Chính sách chất lượng và mục tiêu chất lượng'),
                               ('PROCEDURE_LIST', 'Danh mục quy trình trong phạm vi áp dụng')) c(category, title)
           WHERE a.code LIKE 'SC-%'
          UNION ALL
          SELECT t."agencyId", 'ANNUAL_REPORT', 'Báo cáo tình hình áp dụng HTQLCL năm ' || p.year, p.id, p.year,
                 make_date(p.year, 3, 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + (abs(hashtext('ar:' || t.id)) % 60) * interval '1 day'
            FROM plan_target t JOIN inspection_plan p ON p.id = t."planId"
          UNION ALL
          SELECT t."agencyId", 'INTERNAL_AUDIT_REPORT', 'Báo cáo đánh giá nội bộ năm ' || p.year, p.id, p.year,
                 make_date(p.year, 2, 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + (abs(hashtext('ia:' || t.id)) % 25) * interval '1 day'
            FROM plan_target t JOIN inspection_plan p ON p.id = t."planId"
           WHERE scale_rand('audit:' || t.id) < 1.0 / 3
        ) s,
        LATERAL (SELECT CASE WHEN scale_rand('versions:' || s.agency || s.category || coalesce(s.plan::text, '')) < 0.2
                             THEN 2 ELSE 1 END AS versions,
                        scale_rand('review:' || s.agency || s.category || coalesce(s.plan::text, '')) AS r OFFSET 0) v,
        LATERAL (SELECT CASE WHEN s.year < 2025 THEN CASE WHEN v.r < 0.97 THEN 'ACCEPTED' ELSE 'SUBMITTED' END
                             WHEN v.r < 0.4 THEN 'ACCEPTED' WHEN v.r < 0.9 THEN 'SUBMITTED'
                             ELSE 'REVISION_REQUESTED' END AS status OFFSET 0) st`,
  },
  {
    label: "record versions",
    analyze: "record_version",
    sql: `
      INSERT INTO record_version (id, "recordId", number, "periodFrom", "periodTo", "effectiveDate", note, status,
                                  "reviewedById", "reviewedAt", "reviewComment", "uploadedById", "createdAt")
      SELECT scale_id('version:' || r.id || ':' || n), r.id, n,
             CASE WHEN r.category IN ('ANNUAL_REPORT', 'INTERNAL_AUDIT_REPORT') THEN make_date(p.year - 1, 12, 15) END,
             CASE WHEN r.category IN ('ANNUAL_REPORT', 'INTERNAL_AUDIT_REPORT') THEN make_date(p.year, 12, 14) END,
             CASE WHEN r.category NOT IN ('ANNUAL_REPORT', 'INTERNAL_AUDIT_REPORT') THEN r."createdAt"::date END,
             '', s.status::"ReviewStatus",
             CASE WHEN s.status <> 'SUBMITTED' THEN scale_id('admin:' || split_part(a.code, '-', 2)) END,
             CASE WHEN s.status <> 'SUBMITTED' THEN r."createdAt" + (n * 10) * interval '1 day' END,
             CASE WHEN s.status = 'REVISION_REQUESTED' THEN 'Đề nghị bổ sung chữ ký và ngày ban hành.' END,
             r."createdById", r."createdAt" + ((n - 1) * 15) * interval '1 day'
        FROM qms_record r
        JOIN agency a ON a.id = r."agencyId"
        LEFT JOIN inspection_plan p ON p.id = r."planId"
        CROSS JOIN LATERAL generate_series(1, r."latestVersion") n,
        LATERAL (SELECT CASE WHEN n < r."latestVersion" THEN 'REVISION_REQUESTED' ELSE r.status::text END AS status OFFSET 0) s
       WHERE a.code LIKE 'SC-%'`,
  },
  {
    label: "record files",
    sql: `
      INSERT INTO record_file (id, "versionId", "storageKey", "fileName", "contentType", size, sha256, "uploadedById", "createdAt")
      SELECT scale_id('file:' || v.id), v.id, 'scale/' || v.id, 'ho-so-v' || v.number || '.pdf', 'application/pdf',
             40000 + abs(hashtext('size:' || v.id)) % 2000000,
             md5('sha-a:' || v.id) || md5('sha-b:' || v.id), v."uploadedById", v."createdAt"
        FROM record_version v`,
  },
  {
    label: "annual reports",
    sql: `
      INSERT INTO annual_report (id, "versionId", "agencyId", year, "scopeDescription", "procedureCount",
                                 "internalAuditDate", "managementReviewDate", "scopeChanged", improvements, difficulties,
                                 proposals)
      SELECT scale_id('annual:' || v.id), v.id, r."agencyId", p.year,
             'Toàn bộ thủ tục hành chính và hoạt động nội bộ của đơn vị', coalesce(a."procedureCount", 50),
             make_date(p.year - 1, 10, 15), make_date(p.year - 1, 12, 5), scale_rand('scope:' || r.id) < 0.1,
             'Cập nhật quy trình theo văn bản mới.', 'Nhân sự phụ trách thay đổi.',
             CASE WHEN scale_rand('proposal:' || r.id) < 0.2 THEN 'Đề nghị tổ chức tập huấn chuyên gia đánh giá nội bộ.' ELSE '' END
        FROM record_version v
        JOIN qms_record r ON r.id = v."recordId" AND r.category = 'ANNUAL_REPORT'
        JOIN inspection_plan p ON p.id = r."planId"
        JOIN agency a ON a.id = r."agencyId"`,
  },
];
