import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addInputs,
  inputsOf,
  progressFormula,
  progressOf,
  type WeighedMeasure,
  weighedProgress,
} from "./progress-formula.ts";

const measure = (percent: number, plannedCost: number | null, more: Partial<WeighedMeasure> = {}) => ({
  percent,
  plannedCost,
  reported: true,
  removed: false,
  ...more,
});

// A: 100 % of 1 000 000; B: 50 % of 3 000 000; C: no report yet (0 %) of 1 000 000;
// D: 80 % without a cost; E: 40 % with a cost of 0; F: removed by a later version.
const PROGRAM: WeighedMeasure[] = [
  measure(100, 1_000_000),
  measure(50, 3_000_000),
  measure(0, 1_000_000, { reported: false }),
  measure(80, null),
  measure(40, 0),
  measure(90, 5_000_000, { removed: true }),
];

describe("progress weighting", () => {
  it("equal: the mean of the current measures' percent", () => {
    // (100 + 50 + 0 + 80 + 40) / 5 = 270 / 5 = 54.0; F is removed
    expect(weighedProgress("equal", PROGRAM)).toBe(54);
  });

  it("cost: Σ(percent × cost) / Σ cost over measures with a planned cost", () => {
    // (100 × 1 000 000 + 50 × 3 000 000 + 0 × 1 000 000) / 5 000 000 = 250 000 000 / 5 000 000 = 50.0
    expect(weighedProgress("cost", PROGRAM)).toBe(50);
  });

  it("rounds to one decimal, halves up", () => {
    // equal: (1 + 0 + 0 + 0) / 4 = 0.25 → 0.3; cost: (0 × 1 + 1 × 3) / 4 = 0.75 → 0.8
    expect(
      weighedProgress("equal", [measure(1, null), measure(0, null), measure(0, null), measure(0, null)]),
    ).toBe(0.3);
    expect(weighedProgress("cost", [measure(0, 1), measure(1, 3)])).toBe(0.8);
    // tiyin count: (75 × 0.01 + 80 × 0.02) / 0.03 = (75 + 160) / 3 = 78.33… → 78.3
    expect(weighedProgress("cost", [measure(75, 0.01), measure(80, 0.02)])).toBe(78.3);
  });

  it("nothing counted → 0", () => {
    expect(weighedProgress("equal", [])).toBe(0);
    expect(weighedProgress("cost", [measure(100, null), measure(70, 5, { removed: true })])).toBe(0);
  });
});

describe("the formula of a figure", () => {
  it("equal: 5 counted, 1 of them without a report, 1 removed", () => {
    const f = progressFormula("equal", inputsOf(PROGRAM));
    expect(f).toEqual({
      rule: "equal",
      over: "program",
      counted: 5,
      withoutReport: 1,
      plannedCost: null,
      leftOut: [{ reason: "removed", measures: 1 }],
      text: "Mean of the percent of 5 measures, each measure with equal weight, one decimal. 1 measure without an accepted lead report counts as 0 %. Left out: 1 measure removed by a later version of the plan.",
    });
  });

  it("cost: 3 counted (5 000 000 som), 2 without a cost and 1 removed left out", () => {
    const f = progressFormula("cost", inputsOf(PROGRAM));
    expect(f.counted).toBe(3);
    expect(f.withoutReport).toBe(1);
    expect(f.plannedCost).toBe(5_000_000);
    expect(f.leftOut).toEqual([
      { reason: "no_cost", measures: 2 },
      { reason: "removed", measures: 1 },
    ]);
    expect(f.text).toContain("weighted by planned cost (5000000 som in all)");
    expect(f.text).toContain("Left out: 2 measures without a planned cost; 1 measure removed");
  });

  it("a territory says measures weigh equally across programs and counts unapproved programs", () => {
    const f = progressFormula("equal", inputsOf(PROGRAM.slice(0, 2)), { over: "territory", notApproved: 4 });
    expect(f.over).toBe("territory");
    expect(f.leftOut).toEqual([{ reason: "program_not_approved", measures: 4 }]);
    expect(f.text).toContain(
      "territory and below, whatever each program's own rule, each measure with equal weight",
    );
    expect(progressFormula("equal", inputsOf([])).text).toContain("Nothing left out.");
  });
});

const anyMeasure = fc.record({
  percent: fc.integer({ min: 0, max: 100 }),
  reported: fc.boolean(),
  plannedCost: fc.option(
    fc.integer({ min: 0, max: 10_000_000_00 }).map((t) => t / 100),
    { nil: null },
  ),
  removed: fc.boolean(),
});

describe("weighting properties", () => {
  it("each figure lies between the smallest and largest percent it counts", () => {
    fc.assert(
      fc.property(fc.array(anyMeasure), (ms) => {
        const current = ms.filter((m) => !m.removed);
        const costed = current.filter((m) => (m.plannedCost ?? 0) > 0);
        for (const [rule, counted] of [
          ["equal", current],
          ["cost", costed],
        ] as const) {
          const p = weighedProgress(rule, ms);
          if (counted.length === 0) expect(p).toBe(0);
          else {
            const percents = counted.map((m) => m.percent);
            expect(p).toBeGreaterThanOrEqual(Math.min(...percents) - 0.05);
            expect(p).toBeLessThanOrEqual(Math.max(...percents) + 0.05);
          }
        }
      }),
    );
  });

  it("equal costs make both rules agree", () => {
    fc.assert(
      fc.property(fc.array(anyMeasure), fc.integer({ min: 1, max: 1_000_000 }), (ms, cost) => {
        const same = ms.map((m) => ({ ...m, plannedCost: cost }));
        expect(weighedProgress("cost", same)).toBe(weighedProgress("equal", same));
      }),
    );
  });

  it("inputs add up, and every measure is counted or left out once", () => {
    fc.assert(
      fc.property(fc.array(anyMeasure), fc.array(anyMeasure), (a, b) => {
        const both = inputsOf([...a, ...b]);
        expect(addInputs([inputsOf(a), inputsOf(b)])).toEqual(both);
        for (const rule of ["equal", "cost"] as const) {
          const f = progressFormula(rule, both);
          const left = f.leftOut.reduce((n, l) => n + l.measures, 0);
          expect(f.counted + left).toBe(a.length + b.length);
          expect(progressOf(rule, both)).toBe(weighedProgress(rule, [...a, ...b]));
        }
      }),
    );
  });
});
