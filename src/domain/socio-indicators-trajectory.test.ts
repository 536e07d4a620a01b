import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedInYear, shareOfWay, trackStatus } from "./socio-indicators-trajectory.ts";

// baseline 2024: 100; targets 2026: 140, 2028: 150
const baseline = { year: 2024, value: 100 };
const targets = [
  { year: 2028, value: 150 },
  { year: 2026, value: 140 },
];

describe("the trajectory from the baseline to the yearly targets", () => {
  it("is the baseline and the targets in their years, a straight line between them, nothing outside", () => {
    expect(expectedInYear(baseline, targets, 2024)).toBe(100);
    expect(expectedInYear(baseline, targets, 2025)).toBe(120); // 100 + (140 − 100) / 2
    expect(expectedInYear(baseline, targets, 2026)).toBe(140);
    expect(expectedInYear(baseline, targets, 2027)).toBe(145); // 140 + (150 − 140) / 2
    expect(expectedInYear(baseline, targets, 2028)).toBe(150);
    expect(expectedInYear(baseline, targets, 2023)).toBeNull();
    expect(expectedInYear(baseline, targets, 2029)).toBeNull();
  });

  it("a target in the baseline's year wins over the baseline; without a baseline only the targets count", () => {
    expect(expectedInYear(baseline, [{ year: 2024, value: 105 }], 2024)).toBe(105);
    expect(expectedInYear(null, targets, 2027)).toBe(145);
    expect(expectedInYear(null, targets, 2025)).toBeNull();
  });

  it("on track by the direction: more is better for revenue, less for unemployment", () => {
    expect(trackStatus("higher", 125, 120)).toBe("on_track");
    expect(trackStatus("higher", 119.99, 120)).toBe("behind");
    expect(trackStatus("lower", 125, 120)).toBe("behind");
    expect(trackStatus("lower", 120, 120)).toBe("on_track");
    expect(trackStatus("lower", null, 120)).toBe("no_actual");
    expect(trackStatus("higher", 5, null)).toBe("no_target");
  });

  it("the share of the way: (125 − 100) / (140 − 100) = 62.5 %; lower-is-better works the same way", () => {
    expect(shareOfWay(100, 125, 140)).toBe(62.5);
    expect(shareOfWay(20, 17, 14)).toBe(50); // poverty 20 % → 14 %, now 17 %
    expect(shareOfWay(100, 125, 100)).toBeNull();
    expect(shareOfWay(null, 125, 140)).toBeNull();
  });

  it("between two known years the trajectory stays between their values", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 2, max: 10 }),
        (a, b, span) => {
          for (let y = 2020; y <= 2020 + span; y++) {
            const e = expectedInYear(
              { year: 2020, value: a },
              [{ year: 2020 + span, value: b }],
              y,
            ) as number;
            expect(e).toBeGreaterThanOrEqual(Math.min(a, b) - 0.005);
            expect(e).toBeLessThanOrEqual(Math.max(a, b) + 0.005);
          }
        },
      ),
    );
  });
});
