import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { insertJsonRows } from "@/lib/db/bulk";
import { auditEventSchemas, type AuditEventData, type AuditEventType } from "./schema";

export type AuditInput<T extends AuditEventType> = {
  type: T;
  actorId: string | null;
  target?: { type: string; id: string };
  data: AuditEventData<T>;
  ip?: string | null;
};

/** Writes one audit row with the caller's transaction, so the row exists exactly when the change does. */
export async function writeAudit<T extends AuditEventType>(tx: Tx, input: AuditInput<T>): Promise<void> {
  const data = auditEventSchemas[input.type].parse(input.data) as Prisma.InputJsonValue;
  await tx.auditEvent.create({
    data: {
      type: input.type,
      actorId: input.actorId,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      data,
      ip: input.ip ?? null,
    },
  });
}

/** Many rows at once (bulk imports), each checked against its event's schema, in the caller's transaction. */
export async function writeAuditMany(tx: Tx, inputs: AuditInput<AuditEventType>[]): Promise<void> {
  const at = new Date().toISOString();
  await insertJsonRows(
    tx,
    "audit_event",
    ["at", "actorId", "type", "targetType", "targetId", "data", "ip"],
    inputs.map((input) => ({
      at,
      actorId: input.actorId,
      type: input.type,
      targetType: input.target?.type ?? null,
      targetId: input.target?.id ?? null,
      data: auditEventSchemas[input.type].parse(input.data),
      ip: input.ip ?? null,
    })),
  );
}
