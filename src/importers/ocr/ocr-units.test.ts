import { describe, expect, it } from "vitest";
import { fixQuarterNumerals } from "./ocr-fixes.ts";
import { deskewPoint, estimateSkew } from "./skew.ts";
import { parseTsv } from "./tsv.ts";

const word = (text: string, left: number, top: number, line = "1.1.1") => ({
  text,
  left,
  top,
  width: 100,
  height: 30,
  conf: 90,
  line,
});

describe("parseTsv", () => {
  it("takes the page size from the page row and the words with text", () => {
    const tsv = [
      "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
      "1\t1\t0\t0\t0\t0\t0\t0\t3508\t2481\t-1\t",
      "4\t1\t1\t1\t1\t0\t10\t20\t300\t44\t-1\t",
      "5\t1\t1\t1\t1\t1\t10\t20\t120\t40\t96.5\tПриложение",
      "5\t1\t1\t1\t1\t2\t140\t20\t20\t40\t95\t ",
    ].join("\n");
    expect(parseTsv(tsv)).toEqual({
      width: 3508,
      height: 2481,
      words: [{ text: "Приложение", left: 10, top: 20, width: 120, height: 40, conf: 96.5, line: "1.1.1" }],
    });
  });
});

describe("skew", () => {
  it("finds the slope of the lines: bottoms falling 1 pixel every 100 is atan(0.01)", () => {
    const words = [0, 1, 2, 3].flatMap((i) =>
      [0, 200, 400, 600].map((x) => word("слово", x, 100 * i + (x + 50) / 100, `1.1.${i}`)),
    );
    expect(estimateSkew(words)).toBeCloseTo(Math.atan(0.01), 6);
  });

  it("brings a point of a sloping line to the level the line has at x = 0", () => {
    const angle = Math.atan(0.01);
    // (1000, 60) lies on y = 50 + 0.01·x; it lands at y' = 50·cos(angle)
    expect(deskewPoint(1000, 60, angle).y).toBeCloseTo(50 * Math.cos(angle), 6);
  });
});

describe("fixQuarterNumerals", () => {
  it("reads Cyrillic look-alikes before a quarter word as Roman numerals, and nothing else", () => {
    const words = ["П", "квартал", "Ш-кварталы", "ГУ", "чейрек", "П", "2026"].map((t, i) =>
      word(t, i * 100, 0),
    );
    expect(fixQuarterNumerals(words).map((w) => w.text)).toEqual([
      "II",
      "квартал",
      "III-кварталы",
      "IV",
      "чейрек",
      "П",
      "2026",
    ]);
  });
});
