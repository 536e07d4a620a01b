import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../tests/setup/error-code.ts";
import { readDocx } from "./read-docx.ts";
import { readXlsx } from "./read-xlsx.ts";
import {
  assertUnzippedSize,
  isCfb,
  isEncryptedOoxml,
  isZip,
  openOfficeZip,
  readZipEntry,
  readZipText,
} from "./zip.ts";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const utf16 = (s: string) => [...s].flatMap((ch) => [ch.charCodeAt(0), 0]);
/** The start of a compound file followed by a directory entry name, as an encrypted .docx holds. */
const compound = (streamName: string) =>
  new Uint8Array([...CFB, ...Array(504).fill(0), ...utf16(streamName), 0, 0]);

/** A zip whose one entry inflates to `size` zero bytes from a few kilobytes. */
async function bomb(size: number): Promise<JSZip> {
  const zip = new JSZip();
  zip.file("word/document.xml", new Uint8Array(size));
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  expect(bytes.length).toBeLessThan(size / 100);
  return JSZip.loadAsync(bytes);
}

describe("file signatures", () => {
  it("recognises zip and compound files by their first bytes", () => {
    const docx = new Uint8Array(readFileSync("tests/fixtures/seeds/tash-komur-2026.docx"));
    expect(isZip(docx)).toBe(true);
    expect(isCfb(docx)).toBe(false);
    expect(isZip(new Uint8Array([0x50, 0x4b]))).toBe(false);
    expect(isCfb(new Uint8Array(CFB))).toBe(true);
    expect(isCfb(new Uint8Array(CFB.slice(0, 7)))).toBe(false);
    expect(isEncryptedOoxml(compound("EncryptedPackage"))).toBe(true);
    expect(isEncryptedOoxml(compound("WordDocument"))).toBe(false);
  });
});

describe("openOfficeZip", () => {
  it("names the problem: empty, password-protected, old binary format, not a zip", async () => {
    expect(await errorCodeOf(openOfficeZip(new Uint8Array(), "a.docx", "Word"))).toBe("empty_file");
    expect(await errorCodeOf(openOfficeZip(compound("EncryptedPackage"), "a.docx", "Word"))).toBe(
      "encrypted_file",
    );
    expect(await errorCodeOf(openOfficeZip(compound("WordDocument"), "a.docx", "Word"))).toBe(
      "unsupported_type",
    );
    expect(await errorCodeOf(openOfficeZip(new Uint8Array([1, 2, 3]), "a.docx", "Word"))).toBe(
      "corrupt_file",
    );
    expect(await errorCodeOf(openOfficeZip(new Uint8Array([0x50, 0x4b, 3, 4, 9, 9]), "a.docx", "Word"))).toBe(
      "corrupt_file",
    );
  });

  it("tells the user to remove the password, through both readers", async () => {
    await expect(readDocx(compound("EncryptedPackage"), "plan.docx")).rejects.toThrow(
      "plan.docx is password-protected; save it without a password",
    );
    expect(await errorCodeOf(readXlsx(compound("EncryptedPackage"), "plan.xlsx"))).toBe("encrypted_file");
  });
});

describe("zip bomb guard", () => {
  it("stops inflating an entry past the limit", async () => {
    const zip = await bomb(2_000_000);
    expect(await errorCodeOf(readZipEntry(zip, "word/document.xml", "a.docx", 1_000_000))).toBe("too_large");
    expect((await readZipEntry(zip, "word/document.xml", "a.docx", 3_000_000))?.length).toBe(2_000_000);
    expect(await errorCodeOf(assertUnzippedSize(zip, "a.xlsx", 1_000_000))).toBe("too_large");
    expect(await errorCodeOf(assertUnzippedSize(zip, "a.xlsx", 3_000_000))).toBe("resolved");
  });

  it("counts all entries together", async () => {
    const zip = new JSZip();
    zip.file("a.xml", new Uint8Array(600));
    zip.file("b.xml", new Uint8Array(600));
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }));
    expect(await errorCodeOf(assertUnzippedSize(loaded, "a.xlsx", 1000))).toBe("too_large");
    expect(await errorCodeOf(assertUnzippedSize(loaded, "a.xlsx", 1200))).toBe("resolved");
  });
});

describe("readZipText", () => {
  it("decodes UTF-8 and gives undefined for a missing entry", async () => {
    const zip = new JSZip();
    zip.file("x.xml", "Өнүгүү");
    const loaded = await JSZip.loadAsync(await zip.generateAsync({ type: "uint8array" }));
    expect(await readZipText(loaded, "x.xml", "a.docx")).toBe("Өнүгүү");
    expect(await readZipText(loaded, "missing.xml", "a.docx")).toBeUndefined();
  });
});
