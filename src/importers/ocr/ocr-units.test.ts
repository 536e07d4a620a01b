import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPgm } from "./gray-image.ts";
import { joinTracks } from "./join-tracks.ts";
import { fixQuarterNumerals } from "./ocr-fixes.ts";
import { ocrPageContent } from "./ocr-page.ts";
import { deskewPoint, estimateSkew } from "./skew.ts";
import { pgmBytes, smoothed } from "./smooth.ts";
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

describe("parseTsv on damaged output", () => {
  const rows = [
    "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
    "1\t1\t0\t0\t0\t0\t0\t0\t3508\t2481\t-1\t",
    "5\t1\t1\t1\t1\t1\t10\t20\t120\t40\t96.5\tПриложение",
    "5\t1\t1\t1\t1\t2\t140\t20\t90\t40\t88\tжана",
  ];

  it("keeps only words whose box is made of numbers, whatever a field holds", () => {
    const field = fc.tuple(fc.nat(3), fc.nat(11), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(field, { maxLength: 6 }), (edits) => {
        const table = rows.map((r) => r.split("\t"));
        for (const [row, column, value] of edits) {
          const cells = table[row] as string[];
          cells[column] = value;
        }
        const page = parseTsv(table.map((r) => r.join("\t")).join("\n"));
        for (const w of page.words)
          expect([w.left, w.top, w.width, w.height, w.conf].every(Number.isFinite)).toBe(true);
      }),
      { numRuns: 300 },
    );
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

describe("joinTracks", () => {
  const run = (at: number, from: number, to: number) => ({ dir: "v" as const, at, from, to });

  it("makes one line of the runs found on neighbouring tracks, spanning every stretch of them", () => {
    // lengths 50, 80 and 100: the line lies at (100·50 + 100.4·80 + 100.9·100) / 230 = 100.53
    const lines = joinTracks([run(100.9, 200, 300), run(100, 0, 50), run(100.4, 40, 120)], 1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ dir: "v", from: 0, to: 120 });
    expect(lines[1]).toMatchObject({ from: 200, to: 300 });
    expect(lines[0]?.at).toBeCloseTo(100.53, 2);
    expect(lines[1]?.at).toBe(lines[0]?.at);
  });

  it("keeps a stretch lower down a column that a track further along found first", () => {
    // the column's bottom cell (0–60) seen only on the track at 561.8, the rest on the one at 561.3
    const lines = joinTracks([run(561.3, 70, 300), run(561.8, 0, 60)], 1);
    expect(lines.map((l) => [l.from, l.to])).toEqual([
      [0, 60],
      [70, 300],
    ]);
  });

  it("keeps lines a cell apart as two lines", () => {
    expect(joinTracks([run(100, 0, 300), run(130, 0, 300)], 1).map((l) => l.at)).toEqual([100, 130]);
  });
});

describe("specks read as letters", () => {
  it("drops one or two small letters read with little confidence, keeps short words, capitals and digits", () => {
    const words = [
      { text: "в", conf: 90 }, // ru «в селе»
      { text: "о", conf: 12 },
      { text: "ой", conf: 17 },
      { text: "ЖБ", conf: 18 }, // ky funding source, read unsure
      { text: "25", conf: 30 },
      { text: "ү.", conf: 35 },
      { text: "үй", conf: 80 }, // ky «үй»
      { text: "жана", conf: 20 },
      { text: "на", conf: 45 },
    ].map((w, i) => ({ ...word(w.text, i * 150, 100), conf: w.conf }));
    const page = ocrPageContent({ width: 2000, height: 1000, words }, undefined, 300);
    expect(page.content.pieces.map((p) => p.text)).toEqual(["в", "ЖБ", "25", "үй", "жана", "на"]);
  });
});

describe("smoothed", () => {
  const image = (rows: number[][]) => ({
    width: rows[0]?.length ?? 0,
    height: rows.length,
    pixels: Uint8Array.from(rows.flat()),
  });

  it("fades a one-pixel speck on white paper to a light grey and keeps a stroke three pixels wide black in its middle", () => {
    const speck = smoothed(
      image([
        [255, 255, 255],
        [255, 0, 255],
        [255, 255, 255],
      ]),
    );
    // eight whites and one black: 8·255 / 9 = 226.7
    expect(speck.pixels[4]).toBe(227);
    const stroke = smoothed(image([0, 0, 0, 0, 0].map(() => [255, 0, 0, 0, 255])));
    expect(stroke.pixels[2 * 5 + 2]).toBe(0);
    // at the stroke's edge three whites and six blacks are seen: 3·255 / 9 = 85
    expect(stroke.pixels[2 * 5 + 1]).toBe(85);
  });

  it("writes a PGM that reads back as the same picture", () => {
    const picture = { width: 2, height: 2, pixels: Uint8Array.from([0, 64, 128, 255]) };
    expect(readPgm(new Uint8Array(pgmBytes(picture)))).toEqual(picture);
  });
});
