import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDeadline, yearsIn } from "./deadline.ts";
import type { Plan } from "./plan.ts";

const ONE_YEAR = { from: 2026, to: 2026 };
const SIX_YEARS = { from: 2025, to: 2030 };

function gold(name: string): Plan {
  return JSON.parse(
    readFileSync(new URL(`../../tests/fixtures/seeds/${name}.gold.json`, import.meta.url), "utf8"),
  );
}

describe("parseDeadline: gold cells", () => {
  for (const name of ["tash-komur-2026", "chong-alai-2025-2030"]) {
    const plan = gold(name);
    it.each(plan.measures.map((m, i) => [i, m.deadline.text, m.deadline] as const))(
      `${name} row %i: %s`,
      (_i, text, expected) => {
        expect(parseDeadline(text, plan.period)).toEqual(expected);
      },
    );
  }
});

describe("parseDeadline: whole years", () => {
  it.each([
    ["2026-жыл", "2026-01-01", "2026-12-31"],
    ["2026-жылы ичинде", "2026-01-01", "2026-12-31"],
    ["2026-жылдын ичинде", "2026-01-01", "2026-12-31"],
    ["2026-ж", "2026-01-01", "2026-12-31"],
    ["2026 ж.", "2026-01-01", "2026-12-31"],
    ["в течение 2026 года", "2026-01-01", "2026-12-31"],
    ["2026 год", "2026-01-01", "2026-12-31"],
    ["2026 г.", "2026-01-01", "2026-12-31"],
    ["2027-\nжыл", "2027-01-01", "2027-12-31"],
    ["2025- жыл", "2025-01-01", "2025-12-31"],
    ["2025-2030-жылдар", "2025-01-01", "2030-12-31"],
    ["2025–2030-жылдары", "2025-01-01", "2030-12-31"],
    ["2025-2030- жылдар", "2025-01-01", "2030-12-31"],
    ["2025-2030-жылдыр", "2025-01-01", "2030-12-31"],
    ["2025-2026-жыл", "2025-01-01", "2026-12-31"],
    ["2025-2026", "2025-01-01", "2026-12-31"],
    ["2025-2030 гг.", "2025-01-01", "2030-12-31"],
    ["2025-2030 годы", "2025-01-01", "2030-12-31"],
    ["2025—2027 гг", "2025-01-01", "2027-12-31"],
    ["2025-27-жылдар", "2025-01-01", "2027-12-31"],
    ["с 2026 по 2028 год", "2026-01-01", "2028-12-31"],
    ["2026-жылдан 2028-жылга чейин", "2026-01-01", "2028-12-31"],
  ])("%s", (text, from, to) => {
    expect(parseDeadline(text, SIX_YEARS)).toEqual({
      text: text.replace(/\s+/g, " "),
      from,
      to,
      repeat: null,
    });
  });
});

describe("parseDeadline: open ranges and due years run to and from the program period", () => {
  it.each([
    ["2026-", "2026-01-01", "2030-12-31"],
    ["2026- ", "2026-01-01", "2030-12-31"],
    ["2026-жылдан баштап", "2026-01-01", "2030-12-31"],
    ["2027-жылдан тартып", "2027-01-01", "2030-12-31"],
    ["с 2026 года", "2026-01-01", "2030-12-31"],
    ["начиная с 2028 г.", "2028-01-01", "2030-12-31"],
    ["2027-жылга чейин", "2025-01-01", "2027-12-31"],
    ["до 2028 года", "2025-01-01", "2028-12-31"],
    ["до конца 2026 года", "2025-01-01", "2026-12-31"],
  ])("%s", (text, from, to) => {
    expect(parseDeadline(text, SIX_YEARS)).toMatchObject({ from, to, repeat: null });
  });
});

describe("parseDeadline: quarters and half-years", () => {
  it.each([
    ["2026-жылдын III-кварталы", "2026-07-01", "2026-09-30"],
    ["2026-жылдын IV-квартал ичинде", "2026-10-01", "2026-12-31"],
    ["2026-жылдын I кварталы", "2026-01-01", "2026-03-31"],
    ["2026- жылдын IV кварталы", "2026-10-01", "2026-12-31"],
    ["III квартал 2026 г.", "2026-07-01", "2026-09-30"],
    ["3-квартал 2026", "2026-07-01", "2026-09-30"],
    ["2026-жылдын 1-чи кварталы", "2026-01-01", "2026-03-31"],
    ["4-й квартал 2026 г.", "2026-10-01", "2026-12-31"],
    ["2026-жылдын III-\nкварталы", "2026-07-01", "2026-09-30"],
    ["2026-жылдын 2-чейреги", "2026-04-01", "2026-06-30"],
    ["II чейрек 2026", "2026-04-01", "2026-06-30"],
    ["I-II кварталы 2026", "2026-01-01", "2026-06-30"],
    ["II–III кв. 2026 г.", "2026-04-01", "2026-09-30"],
    ["IУ квартал 2026 года", "2026-10-01", "2026-12-31"],
    ["ІІ квартал 2026", "2026-04-01", "2026-06-30"], // Cyrillic "І" typed for the Roman numeral
    ["в первом квартале 2027 года", "2027-01-01", "2027-03-31"],
    ["2026-жылдын төртүнчү чейреги", "2026-10-01", "2026-12-31"],
    ["IV квартал 2025 г. – I квартал 2026 г.", "2025-10-01", "2026-03-31"],
    ["I полугодие 2026 г.", "2026-01-01", "2026-06-30"],
    ["2026-жылдын II жарым жылдыгы", "2026-07-01", "2026-12-31"],
  ])("%s", (text, from, to) => {
    expect(parseDeadline(text, SIX_YEARS)).toMatchObject({ from, to, repeat: null });
  });

  it("a quarter without a year is the program's year in a one-year program", () => {
    expect(parseDeadline("III квартал", ONE_YEAR)).toMatchObject({ from: "2026-07-01", to: "2026-09-30" });
    expect(parseDeadline("II чейрек", ONE_YEAR)).toMatchObject({ from: "2026-04-01", to: "2026-06-30" });
  });

  it("a quarter without a year recurs yearly in a longer program", () => {
    expect(parseDeadline("III квартал", SIX_YEARS)).toMatchObject({
      from: "2025-01-01",
      to: "2030-12-31",
      repeat: "yearly",
    });
  });
});

describe("parseDeadline: months and days", () => {
  it.each([
    ["апрель 2026", "2026-04-01", "2026-04-30"],
    ["апрель 2026 г.", "2026-04-01", "2026-04-30"],
    ["в апреле 2026 года", "2026-04-01", "2026-04-30"],
    ["2026-жылдын апрели", "2026-04-01", "2026-04-30"],
    ["2026-жылдын апрель айы", "2026-04-01", "2026-04-30"],
    ["февраль 2028", "2028-02-01", "2028-02-29"], // leap year
    ["февраль 2027", "2027-02-01", "2027-02-28"],
    ["июнь 2026", "2026-06-01", "2026-06-30"],
    ["2026-жылдын май айы", "2026-05-01", "2026-05-31"],
    ["март-апрель 2026", "2026-03-01", "2026-04-30"],
    ["2026-жылдын март-апрель айлары", "2026-03-01", "2026-04-30"],
    ["сентябрь–ноябрь 2026 г.", "2026-09-01", "2026-11-30"],
    ["декабрь 2025 - январь 2026", "2025-12-01", "2026-01-31"],
    ["2026-жылдын үчтүн айы", "2026-01-01", "2026-01-31"],
    ["15.03.2026", "2026-03-15", "2026-03-15"],
    ["15-март 2026-ж.", "2026-03-15", "2026-03-15"],
    ["с 01.03.2026 по 30.04.2026", "2026-03-01", "2026-04-30"],
  ])("%s", (text, from, to) => {
    expect(parseDeadline(text, SIX_YEARS)).toMatchObject({ from, to, repeat: null });
  });

  it.each([
    ["2026-жылдын 1-июнуна чейин", "2026-06-01"],
    ["до 1 июня 2026 г.", "2026-06-01"],
    ["до 01.06.2026", "2026-06-01"],
    ["01.06.2026 чейин", "2026-06-01"],
    ["2026-жылдын 1-июлуна чейин", "2026-07-01"],
    ["не позднее 31 декабря 2027 г.", "2027-12-31"],
    ["до 29.02.2028", "2028-02-29"],
    ["2026-жылдын 30-сентябрына чейин", "2026-09-30"],
  ])("due date %s starts with the program", (text, to) => {
    expect(parseDeadline(text, SIX_YEARS)).toMatchObject({ from: "2025-01-01", to, repeat: null });
  });

  it("a month without a year is the program's month in a one-year program", () => {
    expect(parseDeadline("апрель", ONE_YEAR)).toMatchObject({ from: "2026-04-01", to: "2026-04-30" });
    expect(parseDeadline("1-июнга чейин", ONE_YEAR)).toMatchObject({ from: "2026-01-01", to: "2026-06-01" });
  });

  it("a date that does not exist gives no dates", () => {
    expect(parseDeadline("31.04.2026", SIX_YEARS)).toMatchObject({ from: null, to: null });
    expect(parseDeadline("29.02.2027", SIX_YEARS)).toMatchObject({ from: null, to: null });
  });
});

describe("parseDeadline: repeating deadlines", () => {
  it.each([
    ["Жыл сайын", "yearly"],
    ["жыл сайын", "yearly"],
    ["Ежегодно", "yearly"],
    ["ежегодно", "yearly"],
    ["Ежегодно, IV квартал", "yearly"],
    ["ар бир жылы", "yearly"],
    ["Туруктуу", "ongoing"],
    ["Туруктуу негизде", "ongoing"],
    ["туруктуу негизде", "ongoing"],
    ["Дайыма", "ongoing"],
    ["постоянно", "ongoing"],
    ["На постоянной основе", "ongoing"],
    ["в течение всего периода", "ongoing"],
    ["ар бир кварталда", "ongoing"],
    ["ежеквартально", "ongoing"],
    ["ай сайын", "ongoing"],
  ])("%s", (text, repeat) => {
    expect(parseDeadline(text, SIX_YEARS)).toEqual({ text, from: "2025-01-01", to: "2030-12-31", repeat });
  });

  it("a repeating deadline with its own years keeps them", () => {
    expect(parseDeadline("2026-жылдан баштап жыл сайын", SIX_YEARS)).toMatchObject({
      from: "2026-01-01",
      to: "2030-12-31",
      repeat: "yearly",
    });
    expect(parseDeadline("ежегодно, 2025-2027 гг.", SIX_YEARS)).toMatchObject({
      from: "2025-01-01",
      to: "2027-12-31",
      repeat: "yearly",
    });
  });
});

describe("parseDeadline: text", () => {
  it("keeps the text with whitespace collapsed", () => {
    expect(parseDeadline("  2025-2030-\n жылдар ", SIX_YEARS).text).toBe("2025-2030- жылдар");
  });

  it("gives nulls for an empty cell", () => {
    expect(parseDeadline(" \n", SIX_YEARS)).toEqual({ text: "", from: null, to: null, repeat: null });
  });

  it.each(["аткарылат", "по мере финансирования", "—", "кийинки жылы"])("unknown %s → no dates", (text) => {
    expect(parseDeadline(text, SIX_YEARS)).toMatchObject({ from: null, to: null, repeat: null });
  });

  it("'жыл ичинде' without a year is the year of a one-year program", () => {
    expect(parseDeadline("Жыл ичинде", ONE_YEAR)).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
    expect(parseDeadline("Жыл ичинде", SIX_YEARS)).toMatchObject({ from: null, to: null });
  });
});

describe("yearsIn", () => {
  it.each([
    ["Таш-Көмүр шаардык мэриясынын 2026-жыл ичинде … Программасы", [2026]],
    ["2025-2030-жылдарга Чон-Алай районунун … программасы", [2025, 2030]],
    ["Программа на 2025–2027 годы", [2025, 2027]],
    ["1989 жана 2101 эмес, 1990 жана 2100", [1990, 2100]],
    ["12026 же 20260 жыл эмес", []],
    ["2026, 2026, 2027", [2026, 2027]],
  ])("%s", (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });
});
