/**
 * The Vietnamese error page's words, part of `errors` in vi.ts. A module of its own because app/global-error
 * (a client component shown when the root layout fails, so with no provider above it) may import only this.
 */
export const lastResort = {
  errorTitle: "Đã có lỗi xảy ra",
  errorBody: "Hệ thống gặp sự cố khi xử lý yêu cầu. Vui lòng thử lại.",
  errorRef: "Mã tham chiếu: {id}",
  retry: "Thử lại",
};
