import { readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterEach, describe, expect, it } from "vitest";
import { isAppError } from "../domain/errors.ts";
import { convertToDocx, convertToXlsx, findSoffice } from "./convert-office.ts";
import { readDocx } from "./read-docx.ts";
import { readXlsx } from "./read-xlsx.ts";
import type { TableBlock } from "./table.ts";

const soffice = findSoffice();
if (!soffice) {
  console.warn(
    "\n!!! LibreOffice (soffice) is not on PATH: the .doc/.rtf/.odt/.xls/.ods conversion tests are SKIPPED !!!\n",
  );
}

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/readers/${name}`));
const F = false;

/** What tests/fixtures/readers/plan.rtf says, whichever format it was saved in. */
async function expectRtfPlan(docx: Uint8Array) {
  const doc = await readDocx(docx, "converted.docx");
  expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph"]);
  expect(doc.blocks[0]).toEqual({ kind: "paragraph", text: "2026-жылга иш-чаралар планы" });
  // LibreOffice writes a run of spaces as U+2006 and space alternating, so only the words are compared.
  const signature = doc.blocks[2]?.kind === "paragraph" ? doc.blocks[2].text.replace(/\s+/g, " ") : "";
  expect(signature).toBe("Айыл өкмөтүнүн башчысы А.Б.Асанов");
  const rows = (doc.blocks[1] as TableBlock).rows;
  expect(rows.map((r) => r.cells)).toEqual([
    ["№", "Милдеттер", "Чаралар"],
    ["1. Билим берүү", "", ""],
    ["1", "Мектептерди оңдоо", "Мектептин чатырын алмаштыруу"],
    ["2", "", "Жылуулук системасын оңдоо"],
  ]);
  // No header flag: LibreOffice's RTF import drops \trhdr, so the converted files have no w:tblHeader.
  expect(rows.map((r) => r.merged)).toEqual([
    [F, F, F],
    [F, F, F],
    [F, F, F],
    [F, true, F],
  ]);
}

/** What plan.ods / plan.xls hold (see tests/fixtures/readers/README.md). */
async function expectSheetPlan(xlsx: Uint8Array) {
  const doc = await readXlsx(xlsx, "converted.xlsx");
  const rows = (doc.blocks[0] as TableBlock).rows;
  expect(rows.map((r) => r.cells)).toEqual([
    ["2026-жылга иш-чаралар планы", "", "", ""],
    ["№", "Милдеттер", "Чаралар", "Наркы, миң сом"],
    ["1", "Жолдорду оңдоо", "Көчөнү асфальттоо", "1250,5"],
    ["2", "", "Көчөлөрдү жарыктандыруу", "300"],
  ]);
  expect(rows[3]?.merged).toEqual([F, true, F, F]);
}

describe("convertToDocx and convertToXlsx with LibreOffice", () => {
  it.skipIf(!soffice)("converts .rtf, .odt and .doc to a .docx the reader reads", async () => {
    const [rtf, odt, doc] = await Promise.all([
      convertToDocx(fixture("plan.rtf"), "plan.rtf"),
      convertToDocx(fixture("plan.odt"), "plan.odt"),
      convertToDocx(fixture("plan.doc"), "План 2026 (копия).doc"),
    ]);
    await expectRtfPlan(rtf);
    await expectRtfPlan(odt);
    await expectRtfPlan(doc);
  });

  it.skipIf(!soffice)("converts .ods and .xls to an .xlsx the reader reads", async () => {
    const [ods, xls] = await Promise.all([
      convertToXlsx(fixture("plan.ods"), "plan.ods"),
      convertToXlsx(fixture("plan.xls"), "plan.xls"),
    ]);
    await expectSheetPlan(ods);
    await expectSheetPlan(xls);
  });

  it.skipIf(!soffice)("kills LibreOffice on timeout, says so, and leaves no temp directory", async () => {
    const ours = () => readdirSync(tmpdir()).filter((n) => n.startsWith("plan-convert-"));
    const before = ours();
    const error = await convertToDocx(fixture("plan.rtf"), "plan.rtf", { timeoutMs: 1 }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(error, "corrupt_file")).toBe(true);
    expect(String(error)).toMatch(/did not finish/);
    expect(ours().filter((n) => !before.includes(n))).toEqual([]);
  });
});

describe("without LibreOffice", () => {
  const path = process.env.PATH;
  afterEach(() => {
    process.env.PATH = path;
  });

  it("says how to install it or what to save the file as", async () => {
    process.env.PATH = "";
    const error = await convertToDocx(fixture("plan.rtf"), "plan.rtf").catch((e: unknown) => e);
    expect(isAppError(error, "converter_missing")).toBe(true);
    expect(String(error)).toMatch(/apt-get install libreoffice-writer.*save the document as \.docx/);
    expect(findSoffice("")).toBeUndefined();
  });

  it("rejects an empty file before looking for LibreOffice", async () => {
    await expect(convertToXlsx(new Uint8Array(), "a.xls")).rejects.toSatisfy((e) =>
      isAppError(e, "empty_file"),
    );
  });
});
