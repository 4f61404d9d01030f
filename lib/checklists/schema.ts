import { z } from "zod";
import { idSchema } from "@/lib/ids";
import { formList, formText, optionalFormText } from "@/lib/text/form-schema";
import { itemStandardVersions } from "@/lib/checklists/constants";

/** Messages are catalogue keys; the action client translates them. */
const text = (max: number, required = false) => formText(max, "checklists.errors.tooLong", required);
const optionalText = (max: number) => optionalFormText(max, "checklists.errors.tooLong");
/** Ticked boxes, each once. */
const list = <T extends z.ZodType<string, string>>(item: T, max: number) =>
  formList(item, max, "errors.invalidChoice").transform((v) => [...new Set(v)] as z.output<T>[]);

export { itemStandardVersions };

export const itemFieldsSchema = z.object({
  code: z
    .string({ error: "errors.required" })
    .trim()
    .min(1, { error: "errors.required", abort: true })
    .regex(/^[A-Za-z0-9][A-Za-z0-9.\-_]{0,19}$/, "checklists.errors.code"),
  clause: text(200, true),
  clauseGroup: text(40, true),
  titleVi: text(300, true),
  titleEn: optionalText(300),
  guidanceVi: optionalText(2000),
  guidanceEn: optionalText(2000),
  weight: z.coerce
    .number({ error: "checklists.errors.weight" })
    .int("checklists.errors.weight")
    .min(1, "checklists.errors.weight")
    .max(5, "checklists.errors.weight"),
  /** Codes of AgencyKind rows; that they exist is checked against the table by the mutation. */
  kindCodes: list(z.string().regex(/^[a-z0-9_]{1,40}$/, "errors.invalidChoice"), 10),
  standardVersions: list(z.enum(itemStandardVersions, { error: "errors.invalidChoice" }), 3),
});
export type ItemFields = z.infer<typeof itemFieldsSchema>;

/** Every write to a draft names the template and the version of it the form was opened with. */
const draftRef = { templateId: idSchema, lockVersion: z.coerce.number().int().min(0) };

export const copyTemplateSchema = z.object({ fromId: idSchema });
export const updateTemplateSchema = z.object({ ...draftRef, title: text(200, true), note: optionalText(2000) });
export const draftSchema = z.object(draftRef);
export const addItemSchema = z.object({ ...draftRef, ...itemFieldsSchema.shape });
export const updateItemSchema = z.object({ ...draftRef, itemId: idSchema, ...itemFieldsSchema.shape });
export const removeItemSchema = z.object({ ...draftRef, itemId: idSchema });
export const moveItemSchema = z.object({
  ...draftRef,
  itemId: idSchema,
  direction: z.enum(["up", "down"], { error: "errors.invalidChoice" }),
});

export type DraftRef = z.infer<typeof draftSchema>;
export type UpdateTemplateInput = z.infer<typeof updateTemplateSchema>;
export type AddItemInput = z.infer<typeof addItemSchema>;
export type UpdateItemInput = z.infer<typeof updateItemSchema>;
export type RemoveItemInput = z.infer<typeof removeItemSchema>;
export type MoveItemInput = z.infer<typeof moveItemSchema>;
