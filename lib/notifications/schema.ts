import { z } from "zod";
import type { NoticeKey } from "@/lib/i18n";

/**
 * One parameter of a stored message (JSON). Plain text and numbers are shown as they are (names, numbers,
 * comments: the data itself); the other shapes are rendered in the reader's language when shown:
 * `{ key }` a catalogue key (an inspection's kind, a plan's status), `{ keys }` several, joined by "; ",
 * `{ at }` an instant (ISO 8601), shown as the province's local time.
 */
export const messageParamSchema = z.union([
  z.string().max(4000),
  z.number(),
  z.strictObject({ key: z.string().min(1).max(200) }),
  z.strictObject({ keys: z.array(z.string().min(1).max(200)).max(50) }),
  z.strictObject({ at: z.iso.datetime({ offset: true }) }),
]);
export const messageParamsSchema = z.record(z.string().regex(/^\w{1,40}$/), messageParamSchema);
export type MessageParam = z.infer<typeof messageParamSchema>;
export type MessageParams = z.infer<typeof messageParamsSchema>;

/** A path of this app (`/ke-hoach/<id>`), never another site (`//host`, `/\host`) nor a full URL. */
export const appPathSchema = z
  .string()
  .max(500)
  .regex(/^\/(?![/\\])\S*$/);

/**
 * What a notification or an e-mail says, before it is rendered: `<key>.title` and `<key>.body` of the
 * catalogue, their parameters, and where it leads. `type` names the event (`plan.approve`, `record.accept`).
 */
export const noticeSchema = z.object({
  type: z.string().min(1).max(100),
  key: z
    .string()
    .regex(/^[A-Za-z][\w.]*$/)
    .max(200),
  params: messageParamsSchema.default({}),
  link: appPathSchema.optional(),
});
export type Notice = { type: string; key: NoticeKey; params?: MessageParams; link?: string };

/** A parameter rendered from the catalogue in the reader's language. */
export const translated = (key: string): MessageParam => ({ key });
/** Several such parameters, joined by "; ". */
export const translatedList = (keys: string[]): MessageParam => ({ keys });
/** An instant, shown in the province's local time. */
export const instant = (at: Date): MessageParam => ({ at: at.toISOString() });
