import { describe, expect, it } from "vitest";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { attemptsInWindow, checkRateLimit, clearAttempts, recordAttempt } from "./rate-limits.ts";

const RULE = { limit: 3, windowMs: 60_000 };
const at = (iso: string) => new Date(`2026-06-15T${iso}Z`);

describe.each(testEngines())("rate limits in the database (%s)", (engine) => {
  it("refuses the attempt after the limit, per key, until the window has passed", async () => {
    const { db } = await freshDatabase(engine);
    for (const time of ["10:00:05", "10:00:20", "10:00:40"]) await recordAttempt(db, "a", RULE, at(time));
    await expect(checkRateLimit(db, "a", RULE, at("10:00:50"))).rejects.toMatchObject({
      code: "rate_limited",
    });
    await expect(checkRateLimit(db, "b", RULE, at("10:00:50"))).resolves.toBeUndefined();
    // 10:01:30 is halfway through the next window: 3 × (1 − 0.5) = 1.5 left of the old ones.
    expect(await attemptsInWindow(db, "a", RULE, at("10:01:30"))).toBeCloseTo(1.5);
    await expect(checkRateLimit(db, "a", RULE, at("10:01:30"))).resolves.toBeUndefined();
    // Two windows later nothing counts.
    expect(await attemptsInWindow(db, "a", RULE, at("10:02:10"))).toBe(0);
  });

  it("counts concurrent attempts exactly and forgets a key when cleared", async () => {
    const { db } = await freshDatabase(engine);
    const now = at("11:00:10");
    await Promise.all(Array.from({ length: 8 }, () => recordAttempt(db, "burst", RULE, now)));
    expect(await attemptsInWindow(db, "burst", RULE, now)).toBe(8);
    await clearAttempts(db, "burst");
    expect(await attemptsInWindow(db, "burst", RULE, now)).toBe(0);
  });
});
