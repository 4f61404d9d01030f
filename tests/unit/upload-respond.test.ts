import { afterEach, describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { uploadError } from "@/lib/uploads/errors";
import { errorResponse, requestLocale } from "@/lib/uploads/respond";

const inEnglish = new Request("http://127.0.0.1/x", { headers: { cookie: "theme=dark; locale=en" } });

afterEach(() => vi.restoreAllMocks());

describe("errorResponse", () => {
  it("answers a file too large with 413 and the message in Vietnamese, tied to the file's field", async () => {
    const response = errorResponse(
      uploadError("too_large", "tooLarge", { name: "x.pdf", maxBytes: 20 * 1024 * 1024 }, "evidence"),
    );
    expect(response.status).toBe(413);
    const message = "Tệp “x.pdf” vượt quá giới hạn 20 MB.";
    expect(await response.json()).toEqual({ code: "VALIDATION", message, fieldErrors: { evidence: [message] } });
  });

  it("says the same in English when the user chose English", async () => {
    const response = errorResponse(
      uploadError("type", "type", { name: "setup.pdf" }, "file", ["pdf", "png"]),
      inEnglish,
    );
    expect(response.status).toBe(415);
    expect((await response.json()).message).toBe("The file “setup.pdf” is not PDF or PNG (detected from its content).");
  });

  it.each([
    [new AppError("NOT_FOUND"), 404, "Không tìm thấy dữ liệu yêu cầu."],
    [new AppError("UNAUTHENTICATED"), 401, "Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại."],
    [new AppError("FORBIDDEN"), 403, "Bạn không có quyền thực hiện thao tác này."],
    [new AppError("CONFLICT"), 409, "Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang."],
    [uploadError("empty", "empty", { name: "a.pdf" }), 400, "Tệp “a.pdf” rỗng (0 byte)."],
  ])("maps %s to its status and catalogue message", async (error, status, message) => {
    const response = errorResponse(error);
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ code: error.code, message });
  });

  it("translates the field errors of an AppError", async () => {
    const body = await errorResponse(
      new AppError("VALIDATION", "errors.VALIDATION", { title: ["errors.required"] }),
    ).json();
    expect(body.fieldErrors).toEqual({ title: ["Vui lòng nhập trường này."] });
  });

  it("never shows an unexpected error's text: it logs it with an id and answers 500 with that id", async () => {
    const logged = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    const response = errorResponse(new Error("password=hunter2 at db.internal"));
    const body = await response.json();
    expect(response.status).toBe(500);
    expect(body.code).toBe("UNEXPECTED");
    expect(body.message).not.toContain("hunter2");
    const id = /mã (\w+)/.exec(body.message)?.[1];
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    expect(String(logged.mock.calls[0]?.[0])).toContain(`"id":"${id}"`);
  });

  it("reads the locale cookie, Vietnamese by default", () => {
    expect(requestLocale(inEnglish)).toBe("en");
    expect(requestLocale(new Request("http://127.0.0.1/x", { headers: { cookie: "locale=fr" } }))).toBe("vi");
    expect(requestLocale()).toBe("vi");
  });
});
