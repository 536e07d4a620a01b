import { describe, expect, it } from "vitest";
import { LIKELY_WORD_BREAK } from "../broken-words.ts";
import { lineCells, lineJoin } from "./layout-cells.ts";
import { chunksOf } from "./layout-columns.ts";

// columns start at 0 (№, two characters wide), 2, 15 and 30
const starts = [0, 2, 15, 30];
const cellsOf = (line: string) => lineCells(chunksOf(line), starts, starts.length);

describe("lineCells", () => {
  it("puts text at the left edge in the № column, however narrow", () => {
    expect(cellsOf("1  Жол         Асфальт        2026-жыл").cells).toEqual([
      "1",
      "Жол",
      "Асфальт",
      "2026-жыл",
    ]);
  });

  it("gives a second chunk in one column, a few characters short of the next, to the next", () => {
    // "Асфальт" printed at 11, four left of its column: the row's crowded first line
    expect(cellsOf("   Жол     Асфальт        2026-жыл").cells).toEqual(["", "Жол", "Асфальт", "2026-жыл"]);
  });

  it("says where each cell's text ends and whether it is one word", () => {
    const line = cellsOf("   Жолдорду    Асфальт төшөө  2026-");
    expect(line.ends).toEqual([-1, 11, 28, 35]);
    expect(line.oneWord).toEqual([false, true, false, true]);
  });
});

describe("lineJoin", () => {
  // the columns' text reaches 14, 29 and 38 on this page
  const reach = [1, 14, 29, 38];

  it("marks a one-word line reaching its column's edge that goes on in lower case", () => {
    const above = cellsOf("   Инвестициял  Асфальт        2026-");
    expect(lineJoin(above, 1, reach, "ык")).toBe(LIKELY_WORD_BREAK);
  });

  it("keeps a line break after a line short of the edge, of two words, or before a capital", () => {
    const above = cellsOf("   Жол          Асфальт төшөө  2026-");
    expect(lineJoin(above, 1, reach, "куруу")).toBe("\n");
    expect(lineJoin(above, 2, reach, "жана")).toBe("\n");
    expect(lineJoin(cellsOf("   Инвестициял  Асфальт        2026-"), 1, reach, "Мэрия")).toBe("\n");
  });

  it("marks a number going on in digits («2|5», «800,|0», «2026,|2027»): broken-words.ts decides", () => {
    const join = (above: string, next: string) => lineJoin(cellsOf(above), 3, [1, 14, 29, 35], next);
    expect(join("   Жол          Асфальт        2025", "5")).toBe(LIKELY_WORD_BREAK);
    expect(join("   Жол          Асфальт        800,", "0")).toBe(LIKELY_WORD_BREAK);
    expect(join("   Жол          Асфальт        2026,", "2027-жылдар")).toBe(LIKELY_WORD_BREAK);
  });
});

describe("lineJoin after a whole name", () => {
  // the responsible column starts at 2 and its text reaches 14: one body a line, wrapped
  const reach = [1, 14, 29, 38];
  const join = (line: string, cell: string, next: string) => lineJoin(cellsOf(line), 1, reach, next, cell);

  it("joins with a space the lines of a name that began after a whole one («…өкмөтү» | «жеке» | «ишкерлер»)", () => {
    expect(join("  жеке", "Ак-Жар\nайыл\nөкмөтү\nжеке", "ишкерлер")).toBe(" ");
    expect(join("  жаштар", "Ак-Жар айыл өкмөтү\nжаштар", "комитети")).toBe(" ");
    expect(join("  частные", "Аппарат акима\nчастные", "предприниматели")).toBe(" ");
  });

  it("joins the line after a word a name cannot end in, whatever its case («райондук» | «ЖДПБ»)", () => {
    expect(join("  райондук", "Ак-Жар айыл өкмөтү\nрайондук", "ЖДПБ")).toBe(" ");
    expect(join("  мектептин", "Айыл өкмөтү\nмектептин", "Ата-энелер комитети")).toBe(" ");
    // «жеке» may end a line of its own: a capital after it stays on a line of its own
    expect(join("  жеке", "Айыл өкмөтү\nжеке", "ЖЧК")).toBe("\n");
  });

  it("keeps the line break where the line before did not end a name, or the line did", () => {
    // «Ак-Жар» | «айыл» | «өкмөтү»: the first name's own lines stay as they are
    expect(join("  айыл", "Ак-Жар\nайыл", "өкмөтү")).toBe("\n");
    expect(join("  района", "Отдел образования\nрайона", "администрация")).toBe("\n");
    // a line that is a whole name itself: «мектептер» | «ата-энелер»
    expect(join("  мектептер", "Айыл өкмөтү\nмектептер", "ата-энелер")).toBe("\n");
  });

  it("keeps the line break where the next word would have fitted, goes on in a capital or after a hyphen", () => {
    expect(join("  жеке", "Айыл өкмөтү\nжеке", "уюм")).toBe("\n");
    expect(join("  жеке", "Айыл өкмөтү\nжеке", "Ишкерлер")).toBe("\n");
    expect(join("  кызыл-", "Мэрия\nкызыл-", "жардам")).toBe("\n");
  });
});
