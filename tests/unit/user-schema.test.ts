import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { changePasswordSchema, createUserSchema, newPasswordSchema, updateUserSchema } from "@/lib/users/schema";

const agencyId = "11111111-1111-4111-8111-111111111111";

function issues(result: z.ZodSafeParseResult<unknown>) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
}

describe("createUserSchema", () => {
  const base = { name: "Nguyễn Văn An", email: "an@example.test" };

  it.each(["AGENCY_OFFICER", "PARTNER_INSPECTOR"] as const)("requires an agency for %s", (role) => {
    expect(issues(createUserSchema.safeParse({ ...base, role }))).toContainEqual({
      path: "agencyId",
      message: "users.agencyRequired",
    });
    expect(issues(createUserSchema.safeParse({ ...base, role, agencyId: "" }))).toContainEqual({
      path: "agencyId",
      message: "users.agencyRequired",
    });
    expect(createUserSchema.safeParse({ ...base, role, agencyId }).success).toBe(true);
  });

  it.each(["DOST_ADMIN", "DOST_INSPECTOR", "COMMITTEE_VIEWER"] as const)(
    "lets %s have no agency (stored as null)",
    (role) => {
      const parsed = createUserSchema.parse({ ...base, role, agencyId: "" });
      expect(parsed.agencyId).toBeNull();
    },
  );

  it("trims and lower-cases the e-mail address", () => {
    expect(createUserSchema.parse({ ...base, email: "  An.Nguyen@SoKHCN.Example ", role: "DOST_ADMIN" }).email).toBe(
      "an.nguyen@sokhcn.example",
    );
  });

  it.each(["not-an-email", "an@", "@example.test", "an nguyen@example.test"])(
    "rejects %j with errors.email",
    (email) => {
      expect(issues(createUserSchema.safeParse({ ...base, email, role: "DOST_ADMIN" }))).toContainEqual({
        path: "email",
        message: "errors.email",
      });
    },
  );

  it("rejects an empty name, an unknown role and a malformed agency id", () => {
    expect(issues(createUserSchema.safeParse({ ...base, name: "   ", role: "DOST_ADMIN" }))).toContainEqual({
      path: "name",
      message: "errors.required",
    });
    expect(issues(createUserSchema.safeParse({ ...base, role: "ROOT" }))).toContainEqual({
      path: "role",
      message: "errors.invalidChoice",
    });
    expect(issues(createUserSchema.safeParse({ ...base, role: "AGENCY_OFFICER", agencyId: "883" }))).toContainEqual({
      path: "agencyId",
      message: "errors.invalidId",
    });
  });

  it("updateUserSchema applies the same agency rule", () => {
    const input = { id: "00000000-0000-4000-8000-000000000001", name: "A", role: "AGENCY_OFFICER" };
    expect(issues(updateUserSchema.safeParse(input))).toContainEqual({
      path: "agencyId",
      message: "users.agencyRequired",
    });
  });
});

describe("changePasswordSchema", () => {
  const ok = {
    currentPassword: "old-password-1",
    newPassword: "Mật khẩu mới 2021",
    confirmPassword: "Mật khẩu mới 2021",
  };

  it("accepts a long enough password with letters and digits", () => {
    expect(changePasswordSchema.safeParse(ok).success).toBe(true);
  });

  it("rejects a password shorter than 10 characters", () => {
    expect(
      issues(changePasswordSchema.safeParse({ ...ok, newPassword: "abc12", confirmPassword: "abc12" })),
    ).toContainEqual({
      path: "newPassword",
      message: "errors.passwordTooShort",
    });
  });

  it("rejects a password without a digit, and one without a letter", () => {
    expect(
      issues(changePasswordSchema.safeParse({ ...ok, newPassword: "chikhongcoso", confirmPassword: "chikhongcoso" })),
    ).toContainEqual({
      path: "newPassword",
      message: "errors.passwordWeak",
    });
    expect(newPasswordSchema.safeParse("1234567890").success).toBe(false);
  });

  it("rejects a confirmation that does not match, on confirmPassword", () => {
    expect(issues(changePasswordSchema.safeParse({ ...ok, confirmPassword: "Mật khẩu khác 2021" }))).toContainEqual({
      path: "confirmPassword",
      message: "errors.passwordMismatch",
    });
  });

  it("rejects a new password equal to the current one", () => {
    const same = { currentPassword: ok.newPassword, newPassword: ok.newPassword, confirmPassword: ok.newPassword };
    expect(issues(changePasswordSchema.safeParse(same))).toContainEqual({
      path: "newPassword",
      message: "errors.passwordSame",
    });
  });
});
