import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Measure, Plan } from "./plan.ts";
import { alignMeasures, formatScore, scorePlan, setF1, unitsAgree } from "./score.ts";

const fixtures = new URL("../../tests/fixtures/", import.meta.url);
const readJson = (path: string): Plan => JSON.parse(readFileSync(new URL(path, fixtures), "utf8")) as Plan;

/** Splits a line into its text and its numbers, noting which numbers are percentages. */
function tokens(line: string): { text: string; numbers: Array<{ value: number; percent: boolean }> } {
  const numbers: Array<{ value: number; percent: boolean }> = [];
  const text = line.replace(/-?\d+(?:\.\d+)?(%?)/g, (m, pct: string) => {
    numbers.push({ value: Number.parseFloat(m), percent: pct === "%" });
    return "#";
  });
  return { text, numbers };
}

const vectors = [
  ["v1-chong-alai", "chong-alai-2025-2030"],
  ["v2-tash-komur", "tash-komur-2026"],
  ["v3-empty", "tash-komur-2026"],
] as const;

describe("scorePlan on the scoring vectors", () => {
  for (const [vector, seed] of vectors) {
    it(`agrees with ${vector}.expected.txt to the third decimal`, () => {
      const score = scorePlan(
        readJson(`seeds/${seed}.gold.json`),
        readJson(`scoring-vectors/${vector}.pred.json`),
      );
      const got = formatScore(score).split("\n");
      const want = readFileSync(new URL(`scoring-vectors/${vector}.expected.txt`, fixtures), "utf8")
        .trim()
        .split("\n");
      expect(got).toHaveLength(want.length);
      for (const [i, line] of want.entries()) {
        const w = tokens(line);
        const g = tokens(got[i] ?? "");
        expect(g.text, line).toBe(w.text);
        for (const [k, n] of w.numbers.entries()) {
          expect(Math.abs((g.numbers[k]?.value ?? Number.NaN) - n.value), line).toBeLessThanOrEqual(
            n.percent ? 0.05 : 0.0005,
          );
        }
      }
    });
  }
});

function measure(action: string, over: Partial<Measure> = {}): Measure {
  return {
    section: null,
    number: null,
    task: "",
    action,
    deadline: { text: "", from: null, to: null, repeat: null },
    result: "",
    responsible: [],
    funding: [],
    cost: null,
    targets: [],
    ...over,
  };
}

function plan(measures: Measure[], over: Partial<Plan> = {}): Plan {
  return {
    format: "plan/v1",
    title: "",
    territory: null,
    period: { from: 2025, to: 2027 },
    language: "ky",
    sections: [],
    measures,
    signatories: [],
    ...over,
  };
}

const rows = [
  measure("Мектептин спорт залын куруу", { number: "1", responsible: ["Айыл өкмөтү", "РБББ"] }),
  measure("Ичүүчү суу түтүгүн 3 км узартуу", { number: "2", targets: [{ value: 3, unit: "км" }] }),
  measure("Көчө жарыктарын орнотуу", { number: "3", funding: [{ code: "local", text: "ЖБ" }] }),
];

describe("scorePlan by hand", () => {
  it("scores two empty plans 1", () => {
    const s = scorePlan(plan([]), plan([]));
    expect([s.precision, s.recall, s.fieldsMean, s.headerMean, s.score]).toEqual([1, 1, 1, 1, 1]);
  });

  it("scores a perfect copy 1, seeds included", () => {
    expect(scorePlan(plan(rows), plan(structuredClone(rows))).score).toBe(1);
    const seed = readJson("seeds/tash-komur-2026.gold.json");
    expect(scorePlan(seed, structuredClone(seed)).score).toBe(1);
  });

  it("counts a dropped row 0 in every field and lowers recall, not precision", () => {
    const s = scorePlan(plan(rows), plan([rows[0] as Measure, rows[2] as Measure]));
    expect([s.gold, s.pred, s.matched, s.precision]).toEqual([3, 2, 2, 1]);
    expect(s.recall).toBeCloseTo(2 / 3, 10);
    expect(s.fields.number).toBeCloseTo(2 / 3, 10);
    expect(s.score).toBeCloseTo(0.9 * (2 / 3) + 0.1, 10);
  });

  it("lowers precision for a spurious row", () => {
    const s = scorePlan(plan(rows), plan([...rows, measure("Жаңы базар ачуу")]));
    expect(s.precision).toBeCloseTo(3 / 4, 10);
    expect(s.measuresF1).toBeCloseTo((2 * 0.75) / 1.75, 10);
  });

  it("gives responsible the set F1 of the bodies, matching at 0.9 after normalization", () => {
    const pred = [
      measure("Мектептин спорт залын куруу", { number: "1", responsible: ["айыл өкмөтү", "РБББ", "ЖӨБО"] }),
    ];
    const s = scorePlan(plan([rows[0] as Measure]), plan(pred));
    expect(s.fields.responsible).toBeCloseTo((2 * 2) / (2 + 3), 10);
    expect(s.fields.number).toBe(1);
  });

  it("checks deadline dates and repeat exactly, cost amounts and funding codes", () => {
    const g = measure("Жол оңдоо", {
      deadline: { text: "2026-жыл", from: "2026-01-01", to: "2026-12-31", repeat: null },
      cost: { amount: 1250500, currency: "KGS", text: "1 250,5" },
      funding: [
        { code: "local", text: "ЖБ" },
        { code: "republican", text: "РБ" },
      ],
    });
    const p = measure("Жол оңдоо", {
      deadline: { ...g.deadline, repeat: "yearly" },
      cost: { amount: 1250500, currency: "KGS", text: "1250,5 миң сом" },
      funding: [{ code: "local", text: "МБ" }],
    });
    const s = scorePlan(plan([g]), plan([p]));
    expect([s.fields.deadline, s.fields.cost]).toEqual([0, 1]);
    expect(s.fields.funding).toBeCloseTo(2 / 3, 10);
    expect(scorePlan(plan([g]), plan([{ ...g, cost: null }])).fields.cost).toBe(0);
  });

  it("scores the header: title at 0.8, period, sections and signatories as set F1", () => {
    const gold = plan([], {
      title: "Иш-чаралар планы",
      sections: [{ id: "s1", code: "1", title: "Экономика", parent: null }],
      signatories: [{ position: "Башчы", name: "А.Б.Асанов" }],
    });
    const pred = plan([], { title: "Иш-чаралар", period: { from: 2025, to: 2026 } });
    const s = scorePlan(gold, pred);
    expect(s.header).toEqual({ title: false, period: false, sections: 0, signatories: 0 });
    expect(s.score).toBeCloseTo(0.9, 10);
  });
});

describe("alignMeasures", () => {
  it("keeps document order and never pairs below 0.6", () => {
    expect(alignMeasures(["aaaa bbbb", "cccc dddd"], ["cccc dddd", "aaaa bbbb"])).toHaveLength(1);
    expect(alignMeasures(["abcdefghij"], ["abcdxyzwvu"])).toEqual([]);
  });

  it("maximises the sum of similarities rather than taking the best first match", () => {
    // (0,0)+(1,1) = 0.7 + 0.7 beats (0,1) = 1.0 alone.
    expect(alignMeasures(["abcdefghij", "abcdefgklm"], ["abcdefgxyz", "abcdefghij"])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe("unitsAgree and setF1", () => {
  it("accepts synonyms, stems and near spellings, and rejects other words", () => {
    expect(unitsAgree("га", "гектар")).toBe(true);
    expect(unitsAgree("%", "пайыз")).toBe(true);
    expect(unitsAgree("процент", "%")).toBe(true);
    expect(unitsAgree("км", "километр")).toBe(true);
    expect(unitsAgree("орун", "орундуу")).toBe(true);
    expect(unitsAgree("цех", "тигүү цехи")).toBe(true);
    expect(unitsAgree("жумуш орун", "жумуш орундары")).toBe(true);
    expect(unitsAgree("мектеп", "мектептер")).toBe(true);
    expect(unitsAgree("м", "мектеп")).toBe(false);
    expect(unitsAgree("орун", "км")).toBe(false);
  });

  it("matches each item once", () => {
    const eq = (a: string, b: string): boolean => a === b;
    expect(setF1(["a", "a"], ["a"], eq)).toBeCloseTo(2 / 3, 10);
    expect(setF1([], [], eq)).toBe(1);
    expect(setF1(["a"], [], eq)).toBe(0);
  });
});
