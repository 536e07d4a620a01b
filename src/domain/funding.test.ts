import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { fundingCodeOf, parseFunding } from "./funding.ts";
import type { Plan } from "./plan.ts";

function gold(name: string): Plan {
  return JSON.parse(
    readFileSync(new URL(`../../tests/fixtures/seeds/${name}.gold.json`, import.meta.url), "utf8"),
  );
}

// The funding cells of tash-komur-2026.txt, in row order, as written there.
const TASH_KOMUR_CELLS = [
  "Инвестор",
  "ЖБ",
  "Инвестор",
  "РБ",
  "Демөөрчү РБ",
  "РБ",
  "РБ",
  "РБ",
  "РБ",
  "ЖБ",
  "ЖБ, ӨКБ",
  "Грант жана кредит",
  "ЖБ, РБ",
  "ЖБ,РБ",
  "Инвестиция",
  "ЖБ",
  "ЖБ,РБ",
  "ЖБ,РБ",
  "ЖБ,РБ",
  "Каржылоо керектел бейт",
  "РБ",
  "РБ",
  "ЖБ,РБ",
  "РБ",
  "Каржылоо керектел бейт",
  "Каржылоо керектел бейт",
  "Каржылоо керектел бейт",
];

describe("parseFunding: gold cells", () => {
  const plan = gold("tash-komur-2026");
  it.each(plan.measures.map((m, i) => [i, TASH_KOMUR_CELLS[i] ?? "", m.funding] as const))(
    "tash-komur row %i: %s",
    (_i, cell, funding) => {
      expect(parseFunding(cell)).toEqual(funding);
    },
  );

  it("the docx wording of the same cells reads the same", () => {
    expect(parseFunding("Демөөрчү, РБ")).toEqual(parseFunding("Демөөрчү РБ"));
    expect(parseFunding("Грант, кредит")).toEqual(parseFunding("Грант жана кредит"));
  });

  it("a plan without a funding column gives [] for every row", () => {
    for (const m of gold("chong-alai-2025-2030").measures) expect(parseFunding("")).toEqual(m.funding);
  });
});

describe("parseFunding", () => {
  it.each([
    [
      "ЖБ, РБ",
      [
        ["local", "ЖБ"],
        ["republican", "РБ"],
      ],
    ],
    [
      "РБ; МБ",
      [
        ["republican", "РБ"],
        ["local", "МБ"],
      ],
    ],
    [
      "РБ/ЖБ",
      [
        ["republican", "РБ"],
        ["local", "ЖБ"],
      ],
    ],
    [
      "РБ\nЖБ\nИнвест",
      [
        ["republican", "РБ"],
        ["local", "ЖБ"],
        ["investor", "Инвест"],
      ],
    ],
    [
      "Республиканский бюджет, местный бюджет",
      [
        ["republican", "Республиканский бюджет"],
        ["local", "местный бюджет"],
      ],
    ],
    [
      "Республикалык бюджет жана жергиликтүү бюджет",
      [
        ["republican", "Республикалык бюджет"],
        ["local", "жергиликтүү бюджет"],
      ],
    ],
    [
      "Жергиликтүү бюджет РБ",
      [
        ["local", "Жергиликтүү бюджет"],
        ["republican", "РБ"],
      ],
    ],
    [
      "Спонсоры и инвесторы",
      [
        ["sponsor", "Спонсоры"],
        ["investor", "инвесторы"],
      ],
    ],
    ["Донорлор", [["grant", "Донорлор"]]],
    [
      "Гранттар, насыя",
      [
        ["grant", "Гранттар"],
        ["credit", "насыя"],
      ],
    ],
    ["Финансирование не требуется", [["none", "Финансирование не требуется"]]],
    ["Не требуется", [["none", "Не требуется"]]],
    ["Каржылоо талап кылынбайт", [["none", "Каржылоо талап кылынбайт"]]],
    ["Каржылоо керектелбейт", [["none", "Каржылоо керектелбейт"]]],
    [
      "ЖБ, ӨКМ",
      [
        ["local", "ЖБ"],
        ["emergency", "ӨКМ"],
      ],
    ],
    ["Өз каражаттары", [["other", "Өз каражаттары"]]],
    [
      "РБ, Бюджеттен тышкаркы фонддор",
      [
        ["republican", "РБ"],
        ["other", "Бюджеттен тышкаркы фонддор"],
      ],
    ],
    ["ЖБ, жергиликтүү бюджет, ЖБ", [["local", "ЖБ"]]],
    [
      "Р.Б., Ж.Б.",
      [
        ["republican", "Р.Б."],
        ["local", "Ж.Б."],
      ],
    ],
  ])("%s", (cell, expected) => {
    expect(parseFunding(cell)).toEqual(expected.map(([code, text]) => ({ code, text })));
  });

  it("reads a sum per source in som", () => {
    expect(parseFunding("МБ – 450,0 тыс. сом; РБ – 1,2 млн сом")).toEqual([
      { code: "local", text: "МБ", amount: 450000 },
      { code: "republican", text: "РБ", amount: 1200000 },
    ]);
    expect(parseFunding("ЖБ – 1,5 млн сом, Донор: 300 000 сом")).toEqual([
      { code: "local", text: "ЖБ", amount: 1500000 },
      { code: "grant", text: "Донор", amount: 300000 },
    ]);
  });

  it("adds the sums of a source named twice", () => {
    expect(parseFunding("ЖБ - 1 млн сом; ЖБ - 0,5 млн сом")).toEqual([
      { code: "local", text: "ЖБ", amount: 1500000 },
    ]);
  });

  it("gives [] for an empty cell", () => {
    expect(parseFunding(" \n ")).toEqual([]);
  });
});

describe("fundingCodeOf", () => {
  it.each([
    ["РБ", "republican"],
    ["Республиканский бюджет", "republican"],
    ["Республикалык бюджеттин эсебинен", "republican"],
    ["ЖБ (миң сом)", "local"],
    ["МБ, тыс. сом", "local"],
    ["Местный бюджет", "local"],
    ["Донор", "grant"],
    ["Гранттар", "grant"],
    ["Инвестиции", "investor"],
    ["Демөөрчүлөр", "sponsor"],
    ["Кредит", "credit"],
    ["ӨКБ", "emergency"],
    ["не требуется", "none"],
  ])("%s → %s", (text, code) => {
    expect(fundingCodeOf(text)).toBe(code);
  });

  it.each([
    "Всего",
    "Бардыгы",
    "Каржылоо булагы (РБ, ЖБ, Инвест)",
    "Жооптуу аткаруучулар",
    "2026-жыл",
    "РБББ",
  ])("%s → null", (text) => {
    expect(fundingCodeOf(text)).toBeNull();
  });
});
