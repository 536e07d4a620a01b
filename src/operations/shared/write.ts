import type { Db } from "../../db/connect.ts";
import { auditLog } from "../../db/schema.ts";
import type { Actor } from "../../domain/access.ts";

/** Records one change in the audit log, inside the transaction that makes it. */
export type Audit = (entry: {
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}) => Promise<void>;

/**
 * Runs one write as one transaction with its audit entries: either the change and its audit rows
 * are both stored, or neither is.
 */
export async function write<T>(db: Db, actor: Actor, work: (tx: Db, audit: Audit) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const audit: Audit = async ({ action, entity, entityId, before, after }) => {
      await tx.insert(auditLog).values({
        userId: actor.userId,
        actor: actor.label,
        action,
        entity,
        entityId: entityId === null ? null : String(entityId),
        before: before ?? null,
        after: after ?? null,
      });
    };
    return work(tx as unknown as Db, audit);
  });
}
