import { describe, expect, it } from "vitest";
import { parseFunding } from "../../domain/funding.ts";
import { fundingLines } from "./fields.ts";

const read = (cell: string) => parseFunding(fundingLines(cell)).map((f) => [f.code, f.amount ?? null]);

describe("a funding cell's lines", () => {
  it.each([
    // one source per line, no «;»: each keeps its own sum
    [
      "РБ – 1,2 млн сом\nЖБ – 0,3 млн сом",
      [
        ["republican", 1_200_000],
        ["local", 300_000],
      ],
    ],
    [
      "РБ\nЖБ\nДемөөрчү",
      [
        ["republican", null],
        ["local", null],
        ["sponsor", null],
      ],
    ],
    [
      "Республиканский бюджет\nМестный бюджет",
      [
        ["republican", null],
        ["local", null],
      ],
    ],
    [
      "Жергиликтүү бюджет – 200 миң сом\nГрант – 1 млн сом",
      [
        ["local", 200_000],
        ["grant", 1_000_000],
      ],
    ],
    // a wrapped line goes on the source before it
    [
      "ЖБ – 0,8 млн\nсом;\nДемөөрчү –\n0,4 млн сом",
      [
        ["local", 800_000],
        ["sponsor", 400_000],
      ],
    ],
    ["Жергиликтүү\nбюджет", [["local", null]]],
    [
      "Местный\nбюджет, спонсоры",
      [
        ["local", null],
        ["sponsor", null],
      ],
    ],
    ["Каржылоо\nталап\nкылынбайт", [["none", null]]],
    ["МБ 450,0\nтыс. сом", [["local", 450_000]]],
    ["", []],
  ])("%j", (cell, sources) => {
    expect(read(cell)).toEqual(sources);
  });

  it("joins wrapped lines with a space and keeps a break only before a source", () => {
    expect(fundingLines("ЖБ – 0,8 млн\nсом\nРБ")).toBe("ЖБ – 0,8 млн сом\nРБ");
    expect(fundingLines("  Жергиликтүү \n\n бюджет ")).toBe("Жергиликтүү бюджет");
  });
});
