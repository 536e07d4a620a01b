import { AppError } from "../domain/errors.ts";

/**
 * Counts failed attempts per key in a sliding window; in memory, so it limits one process (enough
 * to stop password guessing through one server; several servers each allow the limit).
 */
export function createRateLimiter(limit: number, windowMs: number) {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number) => (failures.get(key) ?? []).filter((t) => now - t < windowMs);
  return {
    /** Throws rate_limited when the key has used up its attempts. */
    check(key: string, now = Date.now()): void {
      const times = recent(key, now);
      failures.set(key, times);
      if (times.length >= limit)
        throw new AppError(
          "rate_limited",
          `too many failed attempts; try again in ${Math.ceil(windowMs / 60_000)} minutes`,
        );
    },
    fail(key: string, now = Date.now()): void {
      failures.set(key, [...recent(key, now), now]);
    },
    reset(key: string): void {
      failures.delete(key);
    },
  };
}
