import { describe, expect, it } from "vitest";
import { WORD_BREAK } from "../broken-words.ts";
import { type CellLine, isSoftWrap, lineJoin } from "./line-wrap.ts";

// A cell from x 0 to 100 with 5 points of padding: text may run to x 95.
const box = { left: 0, right: 100 };
const line = (text: string, x1: number): CellLine => ({ text, x0: 5, x1, size: 10 });
// "ghi" is 15 points wide (5 per letter), so it fits after a line ending before 95 − 15 − 2.5 − 3.
const next = (text: string): CellLine => line(text, 20);

describe("isSoftWrap", () => {
  it("calls a break typed where the next word would have fitted", () => {
    expect(isSoftWrap(line("abc def", 60), next("ghi"), box)).toBe(false);
  });

  it("joins a line that goes on in lower case when its first word could not fit", () => {
    expect(isSoftWrap(line("abc def", 85), next("ghi"), box)).toBe(true);
  });

  it("keeps a break before a capital: it may start a new body or source", () => {
    expect(isSoftWrap(line("abc def", 85), next("Ghi"), box)).toBe(false);
  });

  it("keeps a break between two lines that are each a whole body's name, even in lower case", () => {
    // the next line's first word is long: it could not have fitted after either line
    expect(isSoftWrap(line("Ак-Жар айыл өкмөтү", 85), next("мектептин администрациясы"), box)).toBe(false);
    expect(isSoftWrap(line("Жаштар комитети", 85), next("мектептер"), box)).toBe(false);
    expect(isSoftWrap(line("Ак-Жар айыл өкмөтү", 85), next("райондук ЖДПБ"), box)).toBe(false);
  });

  it("joins a head noun bound to the word before it, and a name that has not ended", () => {
    expect(isSoftWrap(line("Ишкерлер", 85), next("ассоциациясы"), box)).toBe(true);
    expect(isSoftWrap(line("Отдел образования", 85), next("администрации района"), box)).toBe(true);
    expect(isSoftWrap(line("Ак-Жар айыл", 85), next("өкмөтү"), box)).toBe(true);
  });

  it("joins a word broken after its hyphen, counting no space before the rest", () => {
    // 78 + 0 (no space after a hyphen) + 15 + 3 = 96 > 95: "Кыя" did not fit; from 70 it would have (88)
    expect(isSoftWrap(line("село Ак-", 78), next("Кыя"), box)).toBe(true);
    expect(isSoftWrap(line("село Ак-", 70), next("Кыя"), box)).toBe(false);
  });
});

describe("lineJoin", () => {
  it("marks a word that fills its line to within a letter and goes on in lower case as maybe broken", () => {
    // "Инвесто": 7 letters over 90 points, 12.9 a letter; it ends at 95, the cell's text edge
    expect(lineJoin(line("Инвесто", 95), next("р"), box)).toBe(WORD_BREAK);
    // digits after digits: a row number "25" cut in a narrow № column
    expect(lineJoin(line("2", 95), next("5"), box)).toBe(WORD_BREAK);
  });

  it("does not mark a line of two words, nor a letter followed by digits, nor a line short of the edge", () => {
    expect(lineJoin(line("abc def", 95), next("ghi"), box)).toBe(" ");
    expect(lineJoin(line("апрель–май", 95), next("2025 г."), box)).toBe(" ");
    // "благоприят" ends at 70, 25 points short with letters of 6.5 — and "ных" (15) would have fitted
    expect(lineJoin(line("благоприят", 70), next("ных"), box)).toBe("\n");
  });

  it("joins a word wrapped after its own hyphen without a space, a wrap between words with one", () => {
    expect(lineJoin(line("село Ак-", 78), next("Кыя"), box)).toBe("");
    expect(lineJoin(line("abc def", 85), next("ghi"), box)).toBe(" ");
    expect(lineJoin(line("abc def", 60), next("ghi"), box)).toBe("\n");
  });
});
