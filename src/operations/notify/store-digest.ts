/**
 * Writes one person's digest inside the caller's transaction: the e-mail into the outbox (when it
 * goes out by e-mail) and one bell item per program. Both are keyed (outbox.dedupe_key,
 * notifications (user, dedupe_key)), so writing the same digest again adds nothing.
 */
import { randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { notifications, outbox, users } from "../../db/schema.ts";
import type { Digest } from "../../domain/reminders-digest.ts";
import { programLink, renderDigest } from "../../reports/mail/digest.ts";

/** Where links point, the digest's key and who sent it by hand. */
export interface DigestKey {
  appUrl: string;
  /** "digest:<user>:<day>" for the daily pass; a manual reminder has its own. */
  dedupeKey: string;
  sentBy?: string;
}

/** The person's unsubscribe token, made on first need (a random 24-byte string). */
export async function unsubscribeToken(tx: Db, userId: number): Promise<string> {
  await tx
    .update(users)
    .set({ unsubscribeToken: randomBytes(24).toString("base64url") })
    .where(and(eq(users.id, userId), isNull(users.unsubscribeToken)));
  const [row] = await tx.select({ token: users.unsubscribeToken }).from(users).where(eq(users.id, userId));
  return row?.token as string;
}

/** What storing a digest did now: the person's bell got items, their e-mail was queued (false: before, or none). */
export interface Stored {
  told: boolean;
  queued: boolean;
}

/** Stores the digest; a digest stored before (same key) adds nothing. */
export async function storeDigest(tx: Db, digest: Digest, key: DigestKey): Promise<Stored> {
  const { person } = digest;
  let told = false;
  for (const group of digest.programs) {
    const overdue = group.items.filter((i) => i.stage === "overdue").length;
    const added = await tx
      .insert(notifications)
      .values({
        userId: person.userId,
        code: overdue > 0 ? "reports_overdue" : "reports_due",
        params: { program: group.programTitle, count: group.items.length, overdue },
        link: programLink("", group),
        dedupeKey: `${key.dedupeKey}:${group.programId}`,
      })
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    told ||= added.length > 0;
  }
  if (!digest.email || person.email === null) return { told, queued: false };
  const token = await unsubscribeToken(tx, person.userId);
  const mail = renderDigest(digest, {
    appUrl: key.appUrl,
    unsubscribeUrl: `${key.appUrl}/unsubscribe/${token}`,
    ...(key.sentBy !== undefined && { sentBy: key.sentBy }),
  });
  const queued = await tx
    .insert(outbox)
    .values({
      dedupeKey: key.dedupeKey,
      userId: person.userId,
      recipient: person.email,
      subject: mail.subject,
      bodyText: mail.text,
      bodyHtml: mail.html,
      // due from the start of the day it is for (a pinned TODAY may lie before the clock's now)
      nextAttemptAt: new Date(`${digest.day}T00:00:00Z`),
    })
    .onConflictDoNothing()
    .returning({ id: outbox.id });
  return { told: told || queued.length > 0, queued: queued.length > 0 };
}
