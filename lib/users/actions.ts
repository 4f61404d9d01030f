"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/action";
import {
  changeOwnPassword,
  createUser,
  resetUserPassword,
  setUserStatus,
  signOutEverywhere,
  signOutUserEverywhere,
  updateUser,
} from "./mutations";
import {
  changePasswordSchema,
  createUserSchema,
  resetPasswordSchema,
  setUserStatusSchema,
  signOutEverywhereSchema,
  signOutUserEverywhereSchema,
  updateUserSchema,
} from "./schema";

export const createUserAction = createAction({
  schema: createUserSchema,
  run: async (input, ctx) => {
    const result = await createUser(input, ctx);
    revalidatePath("/quan-tri/nguoi-dung");
    return result;
  },
  success: (r) => ({ key: "users.created", params: { email: r.email } }),
});

export const updateUserAction = createAction({
  schema: updateUserSchema,
  run: async (input, ctx) => {
    const result = await updateUser(input, ctx);
    revalidatePath("/quan-tri/nguoi-dung");
    return result;
  },
  success: "users.updated",
});

export const setUserStatusAction = createAction({
  schema: setUserStatusSchema,
  run: async (input, ctx) => {
    const result = await setUserStatus(input, ctx);
    revalidatePath("/quan-tri/nguoi-dung");
    return { ...result, status: input.status };
  },
  success: (r) => ({ key: r.status === "DISABLED" ? "users.disabled" : "users.enabled" }),
});

export const resetUserPasswordAction = createAction({
  schema: resetPasswordSchema,
  run: resetUserPassword,
  success: (r) => ({ key: "users.passwordReset", params: { password: r.temporaryPassword } }),
});

export const changePasswordAction = createAction({
  schema: changePasswordSchema,
  allowPendingPasswordChange: true,
  run: changeOwnPassword,
});

/** Ends every session of the signed-in user, this one included; the form then signs out of this browser. */
export const signOutEverywhereAction = createAction({
  schema: signOutEverywhereSchema,
  allowPendingPasswordChange: true,
  run: (input, ctx) => signOutEverywhere(input, ctx),
});

export const signOutUserEverywhereAction = createAction({
  schema: signOutUserEverywhereSchema,
  run: async (input, ctx) => {
    const result = await signOutUserEverywhere(input, ctx);
    revalidatePath(`/quan-tri/nguoi-dung/${input.id}`);
    return result;
  },
  success: (r) => ({ key: "users.sessionsRevoked", params: { count: r.sessions } }),
});
