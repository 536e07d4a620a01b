import i18next from "i18next";
import { describe, expect, it } from "vitest";
import type { Formula } from "../../domain/views/formula.ts";

// the strings register themselves with the app's i18next on import, so it is started first
await i18next.init({ resources: {} });
const { formulaLines, NS, RESOURCES } = await import("./formula-strings.ts");

const COST: Formula = {
  rule: "cost",
  over: "program",
  counted: 3,
  withoutReport: 1,
  plannedCost: 5_000_000,
  leftOut: [
    { reason: "no_cost", measures: 2 },
    { reason: "removed", measures: 5 },
  ],
  text: "",
};

async function linesIn(lng: "ky" | "ru" | "en", formula: Formula) {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    resources: { [lng]: { [NS]: RESOURCES[lng] } },
    interpolation: { escapeValue: false },
  });
  return formulaLines(i18n.getFixedT(lng, NS), formula, (som) => `${som} сом`);
}

describe("the formula note's lines", () => {
  it("say the rule, the counts and what was left out, with Russian plural forms", async () => {
    expect(await linesIn("ru", COST)).toEqual({
      lines: [
        "Среднее процентов исполнения мероприятий, взвешенное по плановой стоимости (всего 5000000 сом).",
        "Учтено: 3 мероприятия.",
        "Из них 1 без принятого отчёта головного исполнителя — считается как 0 %.",
      ],
      leftOut: [
        "2 мероприятия без плановой стоимости",
        "5 мероприятий исключены следующей версией программы",
      ],
    });
  });

  it("say a territory weighs measures equally across programs; no report line when all reported", async () => {
    const territory: Formula = { ...COST, rule: "equal", over: "territory", withoutReport: 0, leftOut: [] };
    const { lines, leftOut } = await linesIn("en", territory);
    expect(lines).toEqual([
      "Mean of the measures' percent done, each measure with equal weight.",
      "Measures of every approved program of the territory and below weigh equally, whatever each program's own rule.",
      "Counted: 3 measures.",
    ]);
    expect(leftOut).toEqual([]);
    expect((await linesIn("ky", territory)).lines[2]).toBe("Эсептелди: 3 иш-чара.");
  });
});
