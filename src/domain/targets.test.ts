import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Plan } from "./plan.ts";
import { findTargets } from "./targets.ts";

function gold(name: string): Plan {
  return JSON.parse(
    readFileSync(new URL(`../../tests/fixtures/seeds/${name}.gold.json`, import.meta.url), "utf8"),
  );
}

// Rows where the gold reader corrected the source's spelling ("көөттөрү" → "көчөт"); we keep what is written.
const KNOWN_MISSES = new Set(["chong-alai-2025-2030 71"]);

describe("findTargets: gold rows", () => {
  for (const name of ["tash-komur-2026", "chong-alai-2025-2030"]) {
    const plan = gold(name);
    const rows = plan.measures.map((m, i) => [i, m.action, m.result, m.targets] as const);
    it.each(rows.filter(([i]) => !KNOWN_MISSES.has(`${name} ${i}`)))(
      `${name} row %i`,
      (_i, action, result, targets) => {
        expect(findTargets([action, result]).targets).toEqual(targets);
      },
    );
  }

  it("keeps the misspelt head of a known miss as written", () => {
    expect(findTargets(["Жыл сайын 5000ден ткем эмес токой көөттөрү отургузулат"]).targets).toEqual([
      { value: 5000, unit: "токой көөт" },
    ]);
  });
});

describe("findTargets: Kyrgyz wordings", () => {
  it.each([
    ["Таш-Көмүр шаарына 150 орундуу жаны оорукана куруу", 150, "орун"],
    ["180орундуу “Кабык” орто мектебинин имаратын куруу", 180, "орун"],
    ["убактылуу 150-200 жумуш орундарын түзүү", 200, "жумуш орун"],
    ["150 – 200 жумуш орундары түзүлөт", 200, "жумуш орун"],
    ["жаңы 1437 га сугат жерлер өздөштүрүлөт", 1437, "га"],
    ["6790 гектар жаны сугат жер кошулат", 6790, "га"],
    ["10 гектардан кем эмес токой", 10, "га"],
    ["Райондун калкы 95 пайыз ичүүчү суу менен камсыздалды", 95, "%"],
    ["билим берүү сапатын 0,5 %га жогорулатуу", 0.5, "%"],
    ["турак жайлардын 100 пайызы камсыздандыруудан өткөрүлдү", 100, "%"],
    ["30 процентке көбөйөт", 30, "%"],
    ["станция куруу- 10 МВт", 10, "МВт"],
    ["Кубаттуулугу 10, МВт болгон чакан электр станциясы", 10, "МВт"],
    ["2 км ички жолду асфальттоо", 2, "км"],
    ["Райондун амагында 2 тигүү цехи иштейт", 2, "тигүү цехи"],
    ["ар бир айыл өкмөттө 1тен кем эмес долбоорду ишке ашыруу", 1, "долбоор"],
    [
      "Дыйкан фермерлер жана компаниялар ортосунда 25 кошумча нарк чынжырчасын түзүү",
      25,
      "кошумча нарк чынжырчасы",
    ],
    ["15 туристтик обьекттер ачылат", 15, "туристтик обьект"],
    ["Райондун аймагындагы 18 мектептерде ысык тамак", 18, "мектеп"],
    ["окуп жаткан 6 студенттин контрагын төлөп берилет", 6, "студент"],
    ["Жыл сайын аз камсыз болгон 1500 ден ашуун жумушсуз жарандар", 1500, "жумушсуз жаран"],
    ["жаңы 3 таштанды таштоочу жайды ачуу", 3, "таштанды таштоочу жай"],
    ["долбоорлордун саны-800", 800, "долбоор"],
    ["адам саны- 1500", 1500, "адам"],
    ["3 жаңы мектеп куруу", 3, "мектеп"],
    ["5 ФАП куруу", 5, "ФАП"],
    ["100 үй-бүлөгө жардам берилет", 100, "үй-бүлө"],
    ["1 500 адам иш менен камсыз болот", 1500, "адам"],
    ["5-кабаттуу үй куруу", 5, "кабат"],
    ["10 000 көчөт отургузулат", 10000, "көчөт"],
  ])("%s → %d %s", (text, value, unit) => {
    expect(findTargets([text]).targets).toEqual([{ value, unit }]);
  });
});

describe("findTargets: Russian wordings", () => {
  it.each([
    ["Строительство школы на 150 мест", 150, "место"],
    ["Строительство 150-местного детского сада", 150, "место"],
    ["создание 200 рабочих мест", 200, "рабочих мест"],
    ["охват 98% населения", 98, "%"],
    ["снижение бедности на 15 %", 15, "%"],
    ["ремонт 12 км дорог", 12, "км"],
    ["освоение 500 гектаров земель", 500, "га"],
    ["мощностью 2,5 МВт", 2.5, "МВт"],
    ["строительство 3 объектов", 3, "объект"],
    ["количество школ – 5", 5, "школа"],
    ["обучение 120 человек", 120, "человек"],
    ["вывоз 50 тонн мусора", 50, "т"],
  ])("%s → %d %s", (text, value, unit) => {
    expect(findTargets([text]).targets).toEqual([{ value, unit }]);
  });
});

describe("findTargets: what is not a target", () => {
  it.each([
    "2030- жылга чейин таза суу менен камсыздоо",
    "шаар аймагында 2026-жылга карата аткарылып жаткан иштер",
    "2025-2030-жылдарда ишке ашырылат",
    "до 2030 года",
    "в 2026 г. построить",
    "№9 А.С.Пушкин атындагы орто мектебине спорт залын",
    "“Тынчтык” а/б №1 “Н.Островский атындагы №1 орто мектебинин",
    "сметалык баасы-32,0 млн сом",
    "бүткөрүү 134,0 млн сом",
    "стоимостью 1 250,5 тыс. сом",
    "2026-жылдын 1-июнуна чейин",
    "01.06.2026 чейин",
    "4.1.2. Өнөр жайы",
    "3 ай ичинде",
    "5 жыл ичинде",
    "1-класстын окуучулары",
    "пайыздык көрсөткүч жогорулайт",
  ])("%s", (text) => {
    expect(findTargets([text])).toEqual({ targets: [], unitless: [] });
  });
});

describe("findTargets: several texts", () => {
  it("lists a number repeated with the same unit once, in order", () => {
    const action = "Райондун айылдарын 2030- жылга чейин таза суу менен 98% камсыздоо";
    const result = "Райондун калкы 95 пайыз ичүүчү суу менен камсыздалды, 98 пайыз";
    expect(findTargets([action, result]).targets).toEqual([
      { value: 98, unit: "%" },
      { value: 95, unit: "%" },
    ]);
  });

  it("keeps equal values with different units", () => {
    expect(findTargets(["2 км жол", "2 тигүү цехи"]).targets).toEqual([
      { value: 2, unit: "км" },
      { value: 2, unit: "тигүү цехи" },
    ]);
  });

  it("reports numbers without a unit word as unitless", () => {
    expect(findTargets(["жыйынтыгы 7", "5 түзүлдү"])).toEqual({ targets: [], unitless: [7, 5] });
  });

  it("a number with a unit elsewhere is not unitless", () => {
    expect(findTargets(["40 орундуу бала бакча", "жыйынтыгы 40"])).toEqual({
      targets: [{ value: 40, unit: "орун" }],
      unitless: [],
    });
  });

  it("gives nothing for no texts", () => {
    expect(findTargets([])).toEqual({ targets: [], unitless: [] });
  });
});
