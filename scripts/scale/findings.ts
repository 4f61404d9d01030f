/**
 * Findings and the corrective loop, set-based. One finding per nonconforming or recommended item (numbered in
 * item order), due two months after the record for a nonconformity. Their state by year of the plan:
 *  - up to 2023: 90 % closed with the action accepted, 3 % closed at the next inspection, 3 % still open
 *    (overdue for years), 2 % rejected and waiting for a new answer, 2 % to be checked next time;
 *  - 2024: 75 % accepted, 5 % closed at follow-up, 8 % open, 5 % rejected, 4 % answered, 3 % next time;
 *  - 2025: 45 % accepted, 25 % open, 10 % rejected, 15 % answered, 5 % next time;
 *  - recommendations: 85 % acknowledged (closed), the rest open; in an inspection not signed off yet, open.
 * Answers: one corrective report per inspection that has any, submitted 35 days after the record; round 1 is
 * verified 10 days later; a fifth of the accepted and a third of the answered had round 1 rejected first
 * (round 2 submitted 25 days after the report, verified 10 days after that).
 */
const severity = `CASE it.result WHEN 'MAJOR_NC' THEN 'MAJOR' WHEN 'MINOR_NC' THEN 'MINOR' ELSE 'RECOMMENDATION' END`;

export const findingSteps: { label: string; sql: string; analyze?: string }[] = [
  {
    label: "findings",
    analyze: "finding",
    sql: `
      INSERT INTO finding (id, "inspectionId", "itemId", "agencyId", number, clause, "legalBasis", severity, description,
                           "requiredAction", "dueDate", status, resolution, "closedAt", version, "createdAt", "updatedAt")
      SELECT scale_id('finding:' || it.id), i.id, it.id, i."agencyId",
             row_number() OVER (PARTITION BY i.id ORDER BY it.position)::int, ci.clause, ci.clause,
             s.severity::"FindingSeverity",
             ci."titleVi" || ': chưa đáp ứng đầy đủ (dữ liệu tổng hợp).',
             CASE WHEN s.severity <> 'RECOMMENDATION' THEN 'Xác định nguyên nhân và thực hiện hành động khắc phục.' ELSE '' END,
             CASE WHEN s.severity <> 'RECOMMENDATION' AND i.status = 'SIGNED_OFF' THEN (i."recordDate" + interval '2 months')::date END,
             st.status::"FindingStatus", st.resolution::"FindingResolution",
             CASE st.resolution
               WHEN 'ACCEPTED' THEN rep.at + CASE WHEN two.rounds THEN interval '35 days' ELSE interval '10 days' END
               WHEN 'ACKNOWLEDGED' THEN rep.at + interval '10 days'
               WHEN 'CLOSED_AT_FOLLOW_UP' THEN make_date(p.year + 1, 6, 15)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
             CASE WHEN st.status = 'OPEN' THEN 0 ELSE 1 END,
             it."updatedAt", coalesce(rep.at + interval '40 days', it."updatedAt")
        FROM inspection_item it
        JOIN inspection i ON i.id = it."inspectionId"
        JOIN inspection_plan p ON p.id = i."planId"
        JOIN checklist_item ci ON ci.id = it."checklistItemId",
        LATERAL (SELECT ${severity} AS severity, scale_rand('state:' || it.id) AS t OFFSET 0) s,
        LATERAL (SELECT scale_rand('round2:' || it.id) < CASE WHEN s.t < 0.5 THEN 0.2 ELSE 0.33 END AS rounds OFFSET 0) two,
        LATERAL (SELECT CASE WHEN i.status = 'SIGNED_OFF'
                             THEN i."recordDate"::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '35 days 10 hours' END AS at OFFSET 0) rep,
        LATERAL (SELECT * FROM (VALUES
          (CASE
             WHEN i.status <> 'SIGNED_OFF' THEN 'OPEN'
             WHEN s.severity = 'RECOMMENDATION' THEN CASE WHEN s.t < 0.85 THEN 'CLOSED' ELSE 'OPEN' END
             WHEN p.year <= 2023 THEN CASE WHEN s.t < 0.93 THEN 'CLOSED' WHEN s.t < 0.96 THEN 'OPEN'
                                           WHEN s.t < 0.98 THEN 'REJECTED' ELSE 'CHECK_NEXT_TIME' END
             WHEN p.year = 2024 THEN CASE WHEN s.t < 0.80 THEN 'CLOSED' WHEN s.t < 0.88 THEN 'OPEN' WHEN s.t < 0.93 THEN 'REJECTED'
                                          WHEN s.t < 0.97 THEN 'ANSWERED' ELSE 'CHECK_NEXT_TIME' END
             ELSE CASE WHEN s.t < 0.45 THEN 'CLOSED' WHEN s.t < 0.70 THEN 'OPEN' WHEN s.t < 0.80 THEN 'REJECTED'
                       WHEN s.t < 0.95 THEN 'ANSWERED' ELSE 'CHECK_NEXT_TIME' END
           END,
           CASE
             WHEN i.status <> 'SIGNED_OFF' THEN NULL
             WHEN s.severity = 'RECOMMENDATION' THEN CASE WHEN s.t < 0.85 THEN 'ACKNOWLEDGED' END
             WHEN p.year <= 2023 THEN CASE WHEN s.t < 0.90 THEN 'ACCEPTED' WHEN s.t < 0.93 THEN 'CLOSED_AT_FOLLOW_UP' END
             WHEN p.year = 2024 THEN CASE WHEN s.t < 0.75 THEN 'ACCEPTED' WHEN s.t < 0.80 THEN 'CLOSED_AT_FOLLOW_UP' END
             ELSE CASE WHEN s.t < 0.45 THEN 'ACCEPTED' END
           END)) v(status, resolution) OFFSET 0) st
       WHERE it.result IN ('MAJOR_NC', 'MINOR_NC', 'RECOMMENDATION')`,
  },
  {
    label: "corrective reports",
    analyze: "corrective_report",
    sql: `
      INSERT INTO corrective_report (id, "inspectionId", "agencyId", note, "submittedById", "submittedAt")
      SELECT scale_id('report:' || i.id), i.id, i."agencyId", 'Báo cáo kết quả khắc phục (dữ liệu tổng hợp)',
             scale_id('officer:' || i."agencyId"),
             i."recordDate"::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '35 days 10 hours'
        FROM inspection i
       WHERE EXISTS (SELECT 1 FROM finding f WHERE f."inspectionId" = i.id AND f.status <> 'OPEN')`,
  },
  {
    label: "corrective answers",
    sql: `
      INSERT INTO corrective_answer (id, "findingId", "reportId", round, kind, cause, correction, action, "plannedDate",
                                     responsible, status, "submittedById", "submittedAt", "verifiedById", "verifiedAt",
                                     "verdictNote")
      SELECT scale_id('answer:' || f.id || ':' || a.round), f.id, r.id, a.round,
             (CASE WHEN f.severity = 'RECOMMENDATION' THEN 'ACKNOWLEDGEMENT' ELSE 'CORRECTIVE_ACTION' END)::"AnswerKind",
             CASE WHEN f.severity <> 'RECOMMENDATION' THEN 'Chưa phổ biến đầy đủ quy trình đến công chức.' ELSE '' END,
             CASE WHEN f.severity <> 'RECOMMENDATION' THEN 'Đã bổ sung hồ sơ còn thiếu.' ELSE '' END,
             CASE WHEN f.severity <> 'RECOMMENDATION' THEN 'Sửa đổi quy trình, tập huấn lại và đánh giá nội bộ bổ sung.' ELSE 'Đơn vị ghi nhận khuyến nghị.' END,
             CASE WHEN f.severity <> 'RECOMMENDATION' THEN f."dueDate" END,
             'Lãnh đạo đơn vị', a.status::"AnswerStatus", r."submittedById",
             r."submittedAt" + CASE WHEN a.round = 2 THEN interval '25 days' ELSE interval '0' END,
             CASE WHEN a.status <> 'SUBMITTED' THEN i."signedOffById" END,
             CASE WHEN a.status <> 'SUBMITTED' THEN r."submittedAt" + CASE WHEN a.round = 2 THEN interval '35 days' ELSE interval '10 days' END END,
             CASE WHEN a.status = 'REJECTED' THEN 'Hành động khắc phục chưa xử lý được nguyên nhân; đề nghị bổ sung.' END
        FROM finding f
        JOIN inspection i ON i.id = f."inspectionId"
        JOIN corrective_report r ON r."inspectionId" = i.id,
        LATERAL (SELECT scale_rand('round2:' || f."itemId") < CASE WHEN scale_rand('state:' || f."itemId") < 0.5 THEN 0.2 ELSE 0.33 END AS rounds OFFSET 0) two,
        LATERAL (SELECT * FROM (VALUES
          (1, CASE
                WHEN f.status = 'CLOSED' AND f.resolution = 'CLOSED_AT_FOLLOW_UP' THEN 'CHECK_NEXT_TIME'
                WHEN f.status = 'CLOSED' THEN CASE WHEN two.rounds AND f.resolution = 'ACCEPTED' THEN 'REJECTED' ELSE 'ACCEPTED' END
                WHEN f.status = 'ANSWERED' THEN CASE WHEN two.rounds THEN 'REJECTED' ELSE 'SUBMITTED' END
                WHEN f.status = 'REJECTED' THEN 'REJECTED'
                WHEN f.status = 'CHECK_NEXT_TIME' THEN 'CHECK_NEXT_TIME' END),
          (2, CASE
                WHEN f.status = 'CLOSED' AND f.resolution = 'ACCEPTED' AND two.rounds THEN 'ACCEPTED'
                WHEN f.status = 'ANSWERED' AND two.rounds THEN 'SUBMITTED' END)) v(round, status) OFFSET 0) a
       WHERE f.status <> 'OPEN' AND a.status IS NOT NULL`,
  },
  {
    // "Lặp lại": the same clause nonconforming for the same unit at the previous year's inspection of the same kind.
    label: "repeat findings",
    sql: `
      UPDATE finding f SET "repeatOfId" = prev.id
        FROM inspection i, inspection_plan p, inspection pi, inspection_plan pp, finding prev
       WHERE i.id = f."inspectionId" AND p.id = i."planId"
         AND pi."agencyId" = i."agencyId" AND pi.kind = i.kind AND pp.id = pi."planId" AND pp.year = p.year - 1
         AND prev."inspectionId" = pi.id AND prev.clause = f.clause
         AND f.severity <> 'RECOMMENDATION' AND prev.severity <> 'RECOMMENDATION'`,
  },
];
