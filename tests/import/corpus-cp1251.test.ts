import { describe, expect, it } from "vitest";
import { encodeCp1251 } from "../../scripts/corpus/cp1251.ts";
import { decodeText } from "../../src/importers/text/decode.ts";

describe("Windows-1251 copies of corpus texts", () => {
  it("encodes Cyrillic one byte a letter, by the code page's own table", () => {
    // Code page 1251: А = 0xC0, я = 0xFF, Ё = 0xA8, № = 0xB9, – = 0x96, « = 0xAB.
    expect([...encodeCp1251("Ая Ё№–«1")]).toEqual([0xc0, 0xff, 0x20, 0xa8, 0xb9, 0x96, 0xab, 0x31]);
  });

  it("writes '?' for Kyrgyz letters the code page lacks, as Windows does", () => {
    expect([...encodeCp1251("өүң")]).toEqual([0x3f, 0x3f, 0x3f]);
  });

  it("decodes such a copy back to the same text", () => {
    const text = "План мероприятий\n1 Ремонт школы – «Балапан» № 5\n";
    expect(decodeText(encodeCp1251(text))).toBe(text);
  });
});
