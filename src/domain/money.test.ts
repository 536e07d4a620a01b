import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findCost, moneyMultiplier, parseAmount, parseNumber } from "./money.ts";
import type { Plan } from "./plan.ts";

function gold(name: string): Plan {
  return JSON.parse(
    readFileSync(new URL(`../../tests/fixtures/seeds/${name}.gold.json`, import.meta.url), "utf8"),
  );
}

describe("moneyMultiplier", () => {
  it.each([
    ["сом", 1],
    ["сомов", 1],
    ["сомдун курсу", 1],
    ["миң сом", 1000],
    ["тыс. сом", 1000],
    ["тыс.сом", 1000],
    ["минг сом", 1000],
    ["мин. сом", 1000],
    ["ЖБ (миң сом)", 1000],
    ["Сумма, тысяч сомов", 1000],
    ["млн сом", 1e6],
    ["млн. сом", 1e6],
    ["миллион сом", 1e6],
    ["Баасы (млн сом)", 1e6],
    ["млрд", 1e9],
    ["2 миллиарда сом", 1e9],
  ])("%s → %d", (text, multiplier) => {
    expect(moneyMultiplier(text)).toBe(multiplier);
  });

  it.each(["Всего", "Каржылоо булагы", "министрлик", "сомон сатуу"])("%s → null", (text) => {
    expect(moneyMultiplier(text)).toBeNull();
  });
});

describe("parseNumber", () => {
  it.each([
    ["1 250,5", 1250.5],
    ["1\u00a0250,5", 1250.5],
    ["1\u2009250\u2009000", 1250000],
    ["1\u202f250", 1250],
    ["1.250.000", 1250000],
    ["1,250,000", 1250000],
    ["1.250,5", 1250.5],
    ["1,250.5", 1250.5],
    ["32,0", 32],
    ["0,5", 0.5],
    ["1250.5", 1250.5],
    ["450", 450],
  ])("%s → %d", (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });
});

describe("parseAmount", () => {
  it.each([
    ["1 250,5", 1000, 1250500],
    ["1250,5", 1000, 1250500],
    ["32,0 млн сом", 1000, 32000000],
    ["32,0 млн сом", undefined, 32000000],
    ["450,0 тыс. сом", undefined, 450000],
    ["1,2 млн сом", undefined, 1200000],
    ["1.250.000", undefined, 1250000],
    ["1 250 000 сом", 1000, 1250000], // "сом" in the text wins over a "миң сом" header
    ["  15 ", 1e6, 15000000],
    ["0,1", 3, 0.3],
    ["3,5 млрд сом", undefined, 3500000000],
    ["Баасы: 68 млн. сом", undefined, 68000000],
  ])("%s ×%s → %d", (text, multiplier, amount) => {
    expect(parseAmount(text, multiplier)).toBe(amount);
  });

  it.each(["", "жок", "—", "млн сом"])("%s → null", (text) => {
    expect(parseAmount(text, 1000)).toBeNull();
  });
});

describe("findCost", () => {
  it.each([
    ["… иштерин баштоо сметалык баасы-32,0 млн сом", 32000000, "сметалык баасы-32,0 млн сом"],
    ["тигүү цехин куруу үчүн сметалык баасы 68,0 млн сом", 68000000, "сметалык баасы 68,0 млн сом"],
    ["имаратынын курулушун бүткөрүү 134,0 млн \nсом", 134000000, "134,0 млн сом"],
    ["Строительство школы стоимостью 1 250,5 тыс. сом", 1250500, "стоимостью 1 250,5 тыс. сом"],
    ["болжолдуу наркы 450 миң сом", 450000, "болжолдуу наркы 450 миң сом"],
    ["Ремонт дороги (15 млн. сом)", 15000000, "15 млн. сом"],
    ["сметная стоимость – 2,5 млн.сом", 2500000, "сметная стоимость – 2,5 млн.сом"],
    ["на сумму 300 000 сом", 300000, "сумму 300 000 сом"],
    ["жалпы суммасы: 1.200.000 сом", 1200000, "жалпы суммасы: 1.200.000 сом"],
    ["куруу 5 млн сом, жабдуу 2 млн сом", 5000000, "5 млн сом"],
    ["Баасы 750 минг сом", 750000, "Баасы 750 минг сом"],
    ["2026-жылы 20 млн сомдук долбоор", 20000000, "20 млн сомдук"],
  ])("%s", (text, amount, written) => {
    expect(findCost(text)).toEqual({ amount, currency: "KGS", text: written });
  });

  it.each([
    "Чак-Жаш-Тилек айылына баруучу 2 км ички жолду асфальттоо",
    "150 орундуу оорукана куруу",
    "2026-жылдын III-кварталы",
    "сметалык баасы такталат",
    "",
  ])("no cost in %s", (text) => {
    expect(findCost(text)).toBeNull();
  });

  for (const name of ["tash-komur-2026", "chong-alai-2025-2030"]) {
    const plan = gold(name);
    it.each(plan.measures.map((m, i) => [i, m.action, m.cost] as const))(
      `${name} row %i`,
      (_i, action, cost) => {
        expect(findCost(action)).toEqual(cost);
      },
    );
  }
});
