import { z } from "zod";
import { roles, rolesRequiringAgency } from "@/lib/auth/roles";
import { idSchema } from "@/lib/ids";

/** Messages are catalogue keys; the action client translates them. */
const name = z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(120, "errors.nameTooLong");
const email = z
  .string({ error: "errors.required" })
  .trim()
  .toLowerCase()
  .pipe(z.email("errors.email"))
  .pipe(z.string().max(320));
const role = z.enum(roles, { error: "errors.invalidChoice" });
const optionalAgencyId = z
  .string()
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.uuid("errors.invalidId").nullable());
export const userId = idSchema;

function requireAgencyForRole<T extends { role: (typeof roles)[number]; agencyId: string | null }>(
  value: T,
  ctx: z.RefinementCtx,
) {
  if (rolesRequiringAgency.includes(value.role) && !value.agencyId) {
    ctx.addIssue({ code: "custom", path: ["agencyId"], message: "users.agencyRequired" });
  }
}

export const createUserSchema = z
  .object({ name, email, role, agencyId: optionalAgencyId })
  .superRefine(requireAgencyForRole);
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const updateUserSchema = z
  .object({ id: userId, name, role, agencyId: optionalAgencyId })
  .superRefine(requireAgencyForRole);
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const setUserStatusSchema = z.object({
  id: userId,
  status: z.enum(["ACTIVE", "DISABLED"], { error: "errors.invalidChoice" }),
});
export const resetPasswordSchema = z.object({ id: userId });
/** The confirmation is part of the input: a request without it (a stray or forged POST) is refused. */
const confirmed = z.literal("yes", { error: "users.confirmRequired" });
export const signOutUserEverywhereSchema = z.object({ id: userId, confirm: confirmed });
export const signOutEverywhereSchema = z.object({ confirm: confirmed });

export const newPasswordSchema = z
  .string({ error: "errors.required" })
  .min(10, "errors.passwordTooShort")
  .max(200, "errors.passwordTooLong")
  .refine((v) => /\p{L}/u.test(v) && /\d/.test(v), "errors.passwordWeak");

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "errors.required" }).min(1, "errors.required").max(200),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "errors.required" }),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "errors.passwordMismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "errors.passwordSame" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: role.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
