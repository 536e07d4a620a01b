/**
 * The outbox sender: one at a time (advisory lock), each due message claimed (pending → sending,
 * one attempt counted) in its own statement, handed to the channel, then marked sent in its own.
 * A failure goes back to pending with exponential backoff (1, 2, 4 … minutes) until the last
 * attempt, then failed. A message found still "sending" by the next sender was interrupted between
 * handing over and marking (a crash): it may have gone out, so it is never sent again — it is
 * marked failed for an admin to see (at-most-once; docs/decisions/011-outbox-and-reminders.md).
 */
import { and, asc, eq, isNull, lte, sql } from "drizzle-orm";
import type { Connection, Db } from "../../db/connect.ts";
import { outbox } from "../../db/schema.ts";
import { SENDER_LOCK, withAdvisoryLock } from "./advisory-lock.ts";
import type { MessageChannel, OutgoingMessage } from "./channel.ts";

/** How the sender retries. */
export interface SendPolicy {
  /** Attempts before a message is given up as failed (default 5). */
  maxAttempts: number;
  /** The wait after the first failure; doubled after each further one (default 60 s). */
  baseDelayMs: number;
  /** Messages per pass (default 100). */
  batch: number;
}

const DEFAULT_POLICY: SendPolicy = { maxAttempts: 5, baseDelayMs: 60_000, batch: 100 };

/** What a pass did; `busy` when another sender held the lock. */
export interface SendResult {
  sent: number;
  failed: number;
  busy?: boolean;
}

export const NO_CHANNEL = "not sent: no SMTP_URL is configured; kept here for admins to read";
export const INTERRUPTED =
  "interrupted between sending and marking: it may have been delivered, so it is not sent again";

/** The wait before attempt `attempts + 1`: base × 2^(attempts − 1). */
export function backoffMs(attempts: number, baseDelayMs: number): number {
  return baseDelayMs * 2 ** Math.max(0, attempts - 1);
}

/** Sends what is due at `now` through `channel` (null: nothing is sent, the messages are marked held). */
export async function sendOutbox(
  connection: Connection,
  channel: MessageChannel | null,
  options: { now: () => Date; policy?: Partial<SendPolicy> },
): Promise<SendResult> {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const done = await withAdvisoryLock(connection, SENDER_LOCK, async () => {
    const { db } = connection;
    await giveUpInterrupted(db);
    if (channel === null) {
      await markHeld(db);
      return { sent: 0, failed: 0 };
    }
    return sendDue(db, channel, options.now, policy);
  });
  return done ?? { sent: 0, failed: 0, busy: true };
}

/** Rows left "sending" by a sender that died (only the lock holder sends, so none is in flight). */
async function giveUpInterrupted(db: Db): Promise<void> {
  await db
    .update(outbox)
    .set({ status: "failed", lastError: INTERRUPTED })
    .where(eq(outbox.status, "sending"));
}

async function markHeld(db: Db): Promise<void> {
  await db
    .update(outbox)
    .set({ lastError: NO_CHANNEL })
    .where(and(eq(outbox.status, "pending"), isNull(outbox.lastError)));
}

type OutboxRow = typeof outbox.$inferSelect;

/** Claims a pending message for sending (pending → sending, one more attempt); null when it is not pending. */
export async function claimMessage(db: Db, id: number): Promise<OutboxRow | null> {
  const [row] = await db
    .update(outbox)
    .set({ status: "sending", attempts: sql`${outbox.attempts} + 1` })
    .where(and(eq(outbox.id, id), eq(outbox.status, "pending")))
    .returning();
  return row ?? null;
}

/** An outbox row as a channel takes it. */
export function outgoing(row: OutboxRow): OutgoingMessage {
  return {
    id: row.id,
    dedupeKey: row.dedupeKey,
    recipient: row.recipient,
    subject: row.subject,
    text: row.bodyText,
    html: row.bodyHtml,
  };
}

async function sendDue(db: Db, channel: MessageChannel, now: () => Date, policy: SendPolicy) {
  const due = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), lte(outbox.nextAttemptAt, now())))
    .orderBy(asc(outbox.id))
    .limit(policy.batch);
  const result = { sent: 0, failed: 0 };
  for (const { id } of due) {
    const row = await claimMessage(db, id);
    if (!row) continue; // somebody else's already
    try {
      await channel.send(outgoing(row));
    } catch (error) {
      result.failed++;
      await markFailedAttempt(db, row, error, now(), policy);
      continue;
    }
    await db.update(outbox).set({ status: "sent", sentAt: now(), lastError: null }).where(eq(outbox.id, id));
    result.sent++;
  }
  return result;
}

async function markFailedAttempt(
  db: Db,
  row: OutboxRow,
  error: unknown,
  now: Date,
  policy: SendPolicy,
): Promise<void> {
  const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const givenUp = row.attempts >= policy.maxAttempts;
  await db
    .update(outbox)
    .set({
      status: givenUp ? "failed" : "pending",
      lastError,
      nextAttemptAt: new Date(now.getTime() + backoffMs(row.attempts, policy.baseDelayMs)),
    })
    .where(eq(outbox.id, row.id));
}
