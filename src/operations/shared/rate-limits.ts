import { and, eq, lt, sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { rateLimits } from "../../db/schema.ts";
import { AppError } from "../../domain/errors.ts";

/** At most `limit` attempts per `windowMs`, counted for one key (a login and address, an IP hash …). */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/**
 * Counters live in the database so every server process sees the same ones. Fixed windows are
 * smoothed into a sliding estimate: the previous window's count weighs what is left of it, so a
 * burst at a window's edge is not let through twice.
 */
export async function attemptsInWindow(db: Db, key: string, rule: RateLimit, now: Date): Promise<number> {
  const start = windowStart(now, rule);
  const previous = new Date(start.getTime() - rule.windowMs);
  const rows = await db
    .select({ windowStart: rateLimits.windowStart, count: rateLimits.count })
    .from(rateLimits)
    .where(and(eq(rateLimits.key, key), sql`${rateLimits.windowStart} >= ${previous.toISOString()}`));
  const elapsed = (now.getTime() - start.getTime()) / rule.windowMs;
  let estimate = 0;
  for (const row of rows)
    estimate += row.windowStart.getTime() === start.getTime() ? row.count : row.count * (1 - elapsed);
  return estimate;
}

/** Throws rate_limited when the key has used up its attempts; changes nothing. */
export async function checkRateLimit(db: Db, key: string, rule: RateLimit, now: Date): Promise<void> {
  if ((await attemptsInWindow(db, key, rule, now)) < rule.limit) return;
  const minutes = Math.max(1, Math.ceil(rule.windowMs / 60_000));
  throw new AppError("rate_limited", `too many attempts; try again in ${minutes} minutes`);
}

/** Counts one attempt (one upsert, safe under concurrency) and drops the key's expired windows. */
export async function recordAttempt(db: Db, key: string, rule: RateLimit, now: Date): Promise<void> {
  const start = windowStart(now, rule);
  await db.transaction(async (tx) => {
    await tx
      .insert(rateLimits)
      .values({ key, windowStart: start, count: 1 })
      .onConflictDoUpdate({
        target: [rateLimits.key, rateLimits.windowStart],
        set: { count: sql`${rateLimits.count} + 1` },
      });
    const expired = new Date(start.getTime() - rule.windowMs);
    await tx.delete(rateLimits).where(and(eq(rateLimits.key, key), lt(rateLimits.windowStart, expired)));
  });
}

/** Forgets a key's attempts (a successful login). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

function windowStart(now: Date, rule: RateLimit): Date {
  return new Date(Math.floor(now.getTime() / rule.windowMs) * rule.windowMs);
}
