import { describe, expect, it } from "vitest";
import { longestLinePart, overflowCost } from "./order-lines.ts";
import { type BodyLine, toWords } from "./order-words.ts";

const lines: BodyLine[] = [
  { text: "1 Жол куруу Мэрия", afterBreak: false }, // 17 characters
  { text: "Көпүрөнү оңдоо жана", afterBreak: false }, // 19
  { text: "кеңейтүү", afterBreak: false }, // 8
];
const words = toWords(lines);
const longest = longestLinePart(
  words,
  lines.map((l) => l.text.length),
);

describe("longestLinePart", () => {
  it("measures a cell within one line from its first word to its last", () => {
    // words 1–2: "Жол куруу" = 9 characters
    expect(longest(1, 3)).toBe(9);
    expect(longest(3, 4)).toBe(5); // "Мэрия"
  });

  it("takes a cell's first line from its first word to the line's end, whole middle lines, and its last line", () => {
    // "Мэрия" (5) to the end of line 0, then line 1 whole (19), then "кеңейтүү" (8)
    expect(longest(3, 8)).toBe(19);
    // from "Жол" (at 2) to the end of line 0: 17 − 2 = 15, then "Көпүрөнү" (8)
    expect(longest(1, 5)).toBe(15);
  });
});

describe("overflowCost", () => {
  it("costs nothing without a width or within 1.05 of it, then 2 per tenth over, at most 16", () => {
    expect(overflowCost(50, undefined)).toBe(0);
    expect(overflowCost(21, 20)).toBe(0); // 1.05
    expect(overflowCost(25, 20)).toBeCloseTo(4); // (1.25 − 1.05) × 20
    expect(overflowCost(60, 20)).toBe(16); // (3 − 1.05) × 20 = 39, capped
  });
});
