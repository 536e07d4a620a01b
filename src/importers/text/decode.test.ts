import { describe, expect, it } from "vitest";
import { isAppError } from "../../domain/errors.ts";
import { decodeText } from "./decode.ts";

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return isAppError(e) ? e.code : "other";
  }
  return undefined;
};

describe("decodeText", () => {
  it("reads UTF-8 with and without a BOM and normalises CRLF", () => {
    const plain = new TextEncoder().encode("Чара\r\nМөөнөт\rБүттү");
    expect(decodeText(plain)).toBe("Чара\nМөөнөт\nБүттү");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toBe("Чара\nМөөнөт\nБүттү");
  });

  it("reads UTF-16 LE and BE with a BOM", () => {
    // "Аб" is U+0410 U+0431.
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x10, 0x04, 0x31, 0x04]))).toBe("Аб");
    expect(decodeText(new Uint8Array([0xfe, 0xff, 0x04, 0x10, 0x04, 0x31]))).toBe("Аб");
  });

  it("falls back to Windows-1251 when the bytes are not UTF-8", () => {
    // "План" in code page 1251: П=0xCF л=0xEB а=0xE0 н=0xED.
    expect(decodeText(new Uint8Array([0xcf, 0xeb, 0xe0, 0xed]))).toBe("План");
  });

  it("rejects empty and whitespace-only files as empty_file", () => {
    expect(codeOf(() => decodeText(new Uint8Array()))).toBe("empty_file");
    expect(codeOf(() => decodeText(new TextEncoder().encode(" \n\t\r\n ")))).toBe("empty_file");
  });

  it("rejects binary bytes as unsupported_type", () => {
    expect(codeOf(() => decodeText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])))).toBe(
      "unsupported_type",
    );
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(codeOf(() => decodeText(controls))).toBe("unsupported_type");
  });
});
