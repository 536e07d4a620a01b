import { describe, expect, it } from "vitest";
import { nextSort, sortLines } from "./sort-lines.ts";

const line = (code: string, label: string, progress: number, overdue: number) => ({
  code,
  name: label,
  label,
  programs: 1,
  measures: 10,
  done: 0,
  inProgress: 0,
  notStarted: 0,
  overdue,
  progress,
  reportingRate: 0,
  planned: 0,
  spent: 0,
  formula: {} as never,
});

const lines = [line("1", "Ош", 40, 2), line("2", "Баткен", 75.5, 0), line("3", "Жалал-Абад", 40, 5)];

describe("sorting a roll-up's lines", () => {
  it("sorts by progress, largest first, ties in the roll-up's order", () => {
    expect(sortLines(lines, { key: "progress", descending: true }, "ky").map((l) => l.code)).toEqual([
      "2",
      "1",
      "3",
    ]);
    expect(sortLines(lines, { key: "progress", descending: false }, "ky").map((l) => l.code)).toEqual([
      "1",
      "3",
      "2",
    ]);
  });

  it("sorts by name in the UI language and by overdue", () => {
    expect(sortLines(lines, { key: "name", descending: false }, "ky").map((l) => l.label)).toEqual([
      "Баткен",
      "Жалал-Абад",
      "Ош",
    ]);
    expect(sortLines(lines, { key: "overdue", descending: true }, "ky").map((l) => l.overdue)).toEqual([
      5, 2, 0,
    ]);
  });

  it("flips the same column; a new number column starts largest first, a name A–Я", () => {
    expect(nextSort({ key: "progress", descending: true }, "progress")).toEqual({
      key: "progress",
      descending: false,
    });
    expect(nextSort({ key: "name", descending: false }, "overdue")).toEqual({
      key: "overdue",
      descending: true,
    });
    expect(nextSort({ key: "overdue", descending: true }, "name")).toEqual({
      key: "name",
      descending: false,
    });
  });
});
