import { describe, expect, it } from "vitest";
import type { Measure, Plan } from "./plan.ts";
import { diffFromEmpty, diffPlans } from "./plan-diff.ts";

const measure = (action: string, extra: Partial<Measure> = {}): Measure => ({
  section: "s1",
  number: null,
  task: "Милдет",
  action,
  deadline: { text: "2026-жыл", from: "2026-01-01", to: "2026-12-31", repeat: null },
  result: "Натыйжа",
  responsible: ["Шаардык мэрия"],
  funding: [{ code: "local", text: "ЖБ" }],
  cost: null,
  targets: [],
  ...extra,
});

const plan = (measures: Measure[], sectionTitle = "Экономика"): Plan => ({
  format: "plan/v1",
  title: "Программа",
  territory: null,
  period: { from: 2026, to: 2026 },
  language: "ky",
  sections: [{ id: "s1", code: "1", title: sectionTitle, parent: null }],
  measures,
  signatories: [],
});

const A = "Жаңы мектептин курулушун баштоо жана бүтүрүү";
const B = "Ичүүчү суу түтүктөрүн алмаштыруу боюнча иштерди жүргүзүү";
const C = "Көчөлөрдү жарыктандыруу системасын орнотуу";
const D = "Спорт аянтчасын куруу жана жабдуу";

describe("diffPlans", () => {
  it("finds nothing between a plan and itself", () => {
    const p = plan([measure(A), measure(B)]);
    expect(diffPlans(p, p)).toEqual({
      added: [],
      changed: [],
      removed: [],
      pairs: [
        [0, 0],
        [1, 1],
      ],
    });
  });

  it("reports one changed action, one removed and one added measure", () => {
    const before = plan([measure(A), measure(B), measure(C)]);
    const reworded = `${B} (2-этап)`;
    const after = plan([measure(A), measure(reworded), measure(D)]);
    const diff = diffPlans(before, after);
    expect(diff.pairs).toEqual([
      [0, 0],
      [1, 1],
    ]);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]?.fields).toEqual(["action"]);
    expect(diff.changed[0]?.before.measure.action).toBe(B);
    expect(diff.changed[0]?.after.measure.action).toBe(reworded);
    expect(diff.removed.map((r) => [r.index, r.measure.action])).toEqual([[2, C]]);
    expect(diff.added.map((r) => [r.index, r.measure.action])).toEqual([[2, D]]);
  });

  it("names every changed field of a pair", () => {
    const before = plan([measure(A)]);
    const after = plan([
      measure(A, {
        number: "7",
        deadline: { text: "Жыл сайын", from: "2026-01-01", to: "2026-12-31", repeat: "yearly" },
        responsible: ["Шаардык мэрия", "Кадастр"],
        funding: [{ code: "local", text: "ЖБ", amount: 1500000 }],
        cost: { amount: 1500000, currency: "KGS", text: "1,5 млн сом" },
        targets: [{ value: 150, unit: "орун" }],
      }),
    ]);
    expect(diffPlans(before, after).changed[0]?.fields).toEqual([
      "number",
      "deadline",
      "responsible",
      "funding",
      "cost",
      "targets",
    ]);
  });

  it("compares sections by code and title, not by their ids", () => {
    const before = plan([measure(A)]);
    const renamedId: Plan = {
      ...before,
      sections: [{ id: "x9", code: "1", title: "Экономика", parent: null }],
      measures: [measure(A, { section: "x9" })],
    };
    expect(diffPlans(before, renamedId).changed).toEqual([]);
    expect(diffPlans(before, plan([measure(A)], "Социалдык чөйрө")).changed[0]?.fields).toEqual(["section"]);
  });

  it("treats a plan against nothing as all added", () => {
    const diff = diffFromEmpty(plan([measure(A), measure(B)]));
    expect(diff.added.map((r) => r.index)).toEqual([0, 1]);
    expect(diff.added[0]?.sectionTitle).toBe("1 Экономика");
    expect(diff.removed).toEqual([]);
  });
});
