/** Vietnamese messages of deadline reminders and digests (merged into ../vi.ts under "reminders"). */
export const reminders = {
  notify: {
    DUE_IN_14: {
      title: "{unit}: {count, plural, other {# phát hiện}} sắp đến hạn khắc phục",
      body: "{count, plural, other {# phát hiện}} của {unit} đến hạn báo cáo khắc phục ngày {due} (còn {days, plural, other {# ngày}}).",
    },
    DUE_IN_3: {
      title: "{unit}: còn {days, plural, other {# ngày}} để báo cáo khắc phục",
      body: "{count, plural, other {# phát hiện}} của {unit} đến hạn báo cáo khắc phục ngày {due}. Vui lòng gửi báo cáo khắc phục (TT26 Điều 37).",
    },
    OVERDUE: {
      title: "{unit}: {count, plural, other {# phát hiện}} đã quá hạn khắc phục",
      body: "{count, plural, other {# phát hiện}} của {unit} đã quá hạn báo cáo khắc phục (hạn {due}). Vui lòng gửi báo cáo khắc phục hoặc đề nghị gia hạn.",
    },
    ESCALATION: {
      title: "{count, plural, other {# điểm không phù hợp}} quá hạn từ 30 ngày",
      body: "{count, plural, other {# điểm không phù hợp}} của {unitCount, plural, other {# đơn vị}} đã quá hạn khắc phục từ 30 ngày trở lên: {units}.",
    },
    weekly: {
      title: "Tổng hợp khắc phục tuần {week}",
      body: "Đến hạn trong tuần ({from} – {to}): {dueThisWeek}. Quá hạn: {overdue}. Chờ Sở KH&CN xác minh: {answered}.",
    },
    monthly: {
      title: "Tổng hợp quá hạn khắc phục tháng {month}",
      body: "{overdue, plural, =0 {Không có điểm không phù hợp nào quá hạn.} other {# điểm không phù hợp quá hạn ở {unitCount, plural, other {# đơn vị}}.}} Theo loại đơn vị: {byKind}. Nhiều nhất: {topUnits}.",
    },
  },
  none: "không có",
  preference: {
    title: "Thư tổng hợp",
    leadStaff: "Mỗi sáng thứ Hai: phát hiện đến hạn trong tuần, quá hạn và chờ xác minh.",
    leadCommittee: "Ngày 01 hằng tháng: tổng hợp điểm không phù hợp quá hạn theo loại đơn vị.",
    remindersStayOn: "Nhắc hạn khắc phục cho đơn vị của bạn luôn được gửi.",
    enabled: "Đang nhận thư tổng hợp",
    disabled: "Đã tắt thư tổng hợp",
    turnOff: "Tắt thư tổng hợp",
    turnOn: "Nhận thư tổng hợp",
    saving: "Đang lưu…",
    savedOn: "Đã bật thư tổng hợp.",
    savedOff: "Đã tắt thư tổng hợp.",
  },
};
