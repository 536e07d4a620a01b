import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ChildFigure, figuresOfTree, rollUpChildren } from "./socio-indicators-rollup.ts";

describe("a parent's indicator figure from its children", () => {
  it("sum: 10 + 20.5 = 30.5; a child without a figure is left out and named", () => {
    const children: ChildFigure[] = [
      { code: "A", value: 10, population: null },
      { code: "B", value: 20.5, population: null },
      { code: "C", value: null, population: 900 },
    ];
    expect(rollUpChildren("sum", children)).toEqual({
      value: 30.5,
      formula: { rule: "sum", counted: ["A", "B"], leftOut: [{ code: "C", reason: "no_figure" }] },
    });
  });

  it("population-weighted: (20 × 1000 + 10 × 3000) / 4000 = 12.5; no population or no figure → left out", () => {
    const children: ChildFigure[] = [
      { code: "A", value: 20, population: 1000 },
      { code: "B", value: 10, population: 3000 },
      { code: "C", value: 50, population: null },
      { code: "D", value: null, population: 500 },
    ];
    expect(rollUpChildren("population_mean", children)).toEqual({
      value: 12.5,
      formula: {
        rule: "population_mean",
        counted: ["A", "B"],
        leftOut: [
          { code: "C", reason: "no_population" },
          { code: "D", reason: "no_figure" },
        ],
      },
    });
  });

  it("population 0 counts as no population (nothing to weigh by)", () => {
    const r = rollUpChildren("population_mean", [{ code: "A", value: 5, population: 0 }]);
    expect(r).toEqual({
      value: null,
      formula: { rule: "population_mean", counted: [], leftOut: [{ code: "A", reason: "no_population" }] },
    });
  });

  it("not rolled up: the parent gets no figure from its children, whatever they hold", () => {
    expect(rollUpChildren("none", [{ code: "A", value: 70, population: 100 }])).toEqual({
      value: null,
      formula: { rule: "none", counted: [], leftOut: [] },
    });
  });

  it("no children, or none with a figure: no figure", () => {
    expect(rollUpChildren("sum", []).value).toBeNull();
    expect(rollUpChildren("sum", [{ code: "A", value: null, population: null }]).value).toBeNull();
  });

  it("a tree, bottom-up: X = (30 × 100 + 10 × 300) / 400 = 15 with population 400; R = (15 × 400 + 20 × 600) / 1000 = 18", () => {
    // R ── X ── x1 (30 %, 100 people), x2 (10 %, 300 people); R ── Y (20 %, 600 people, its own figures)
    const tree = [
      { id: 1, code: "R", parentId: null },
      { id: 2, code: "X", parentId: 1 },
      { id: 3, code: "Y", parentId: 1 },
      { id: 4, code: "x1", parentId: 2 },
      { id: 5, code: "x2", parentId: 2 },
    ];
    const people = figuresOfTree(
      tree,
      "sum",
      new Map([
        [4, 100],
        [5, 300],
        [3, 600],
      ]),
    );
    expect(people.get(2)?.figure).toBe(400);
    expect(people.get(1)?.figure).toBe(1000);
    const population = new Map([...people].map(([id, f]) => [id, f.figure]));
    const poverty = figuresOfTree(
      tree,
      "population_mean",
      new Map([
        [4, 30],
        [5, 10],
        [3, 20],
      ]),
      population,
    );
    expect(poverty.get(2)).toMatchObject({ own: null, figure: 15 });
    expect(poverty.get(1)?.fromChildren).toEqual({
      value: 18,
      formula: { rule: "population_mean", counted: ["X", "Y"], leftOut: [] },
    });
  });

  it("a territory's own figure is shown over the one from its children, which is still given", () => {
    const tree = [
      { id: 1, code: "R", parentId: null },
      { id: 2, code: "A", parentId: 1 },
    ];
    const f = figuresOfTree(
      tree,
      "sum",
      new Map([
        [1, 99],
        [2, 40],
      ]),
    ).get(1);
    expect(f).toMatchObject({ own: 99, figure: 99, fromChildren: { value: 40 } });
  });
});

const child = fc.record({
  code: fc.string({ minLength: 1, maxLength: 4 }),
  value: fc.option(
    fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 4),
    { nil: null },
  ),
  population: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: null }),
});

describe("roll-up properties", () => {
  it("sum = the sum of the figures given; every child is counted or left out, once", () => {
    fc.assert(
      fc.property(fc.array(child, { maxLength: 12 }), (children) => {
        const r = rollUpChildren("sum", children);
        const given = children.filter((c) => c.value !== null).map((c) => c.value as number);
        expect(r.value).toBe(
          given.length === 0 ? null : Math.round(given.reduce((a, b) => a + b, 0) * 100) / 100,
        );
        expect(r.formula.counted.length + r.formula.leftOut.length).toBe(children.length);
      }),
    );
  });

  it("a population-weighted mean lies between the smallest and largest figure counted, and ignores order", () => {
    fc.assert(
      fc.property(fc.array(child, { maxLength: 12 }), (children) => {
        const r = rollUpChildren("population_mean", children);
        const counted = children.filter((c) => c.value !== null && (c.population ?? 0) > 0);
        expect(r.formula.counted.length).toBe(counted.length);
        if (counted.length === 0) {
          expect(r.value).toBeNull();
          return;
        }
        const values = counted.map((c) => c.value as number);
        expect(r.value as number).toBeGreaterThanOrEqual(Math.min(...values) - 0.005);
        expect(r.value as number).toBeLessThanOrEqual(Math.max(...values) + 0.005);
        expect(rollUpChildren("population_mean", [...children].reverse()).value).toBeCloseTo(
          r.value as number,
          2,
        );
      }),
    );
  });
});
