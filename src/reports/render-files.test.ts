/**
 * Each rendered file opened by an independent program: LibreOffice converts the DOCX and the XLSX
 * to PDF, and pdftotext reads our PDF and the converted ones. Skipped, loudly, without them.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPdf as convert, pdftotext, soffice, textOf } from "../../tests/setup/office-files.ts";
import { sampleInput } from "../../tests/setup/sample-report-input.ts";
import type { ReportFormat } from "../domain/report-formats.ts";
import { renderReport } from "./render-report.ts";
import { buildReportData } from "./report-data.ts";

if (!soffice || !pdftotext)
  console.warn(
    "SKIPPED: the report file tests need LibreOffice (soffice) and pdftotext; .ci/run installs them",
  );

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "report-files-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const toPdf = (file: string, name: string) => convert(dir, file, name);

// 12 sample measures: local 100 000 × (1 + … + 12) = 7 800 000 planned, plus republican 250 000 on
// the six even ones = 1 500 000 → 9 300 000 in all
const PLANNED = /9[\s\u00a0,.]?300[\s\u00a0,.]?000/;

describe.skipIf(!soffice || !pdftotext)("report files opened by LibreOffice and pdftotext", () => {
  const data = buildReportData(sampleInput(12, "ky", 3));

  it("our PDF has the title, the totals and ң ө ү as text", async () => {
    const file = join(dir, "ours.pdf");
    await writeFile(file, await renderReport(data, "pdf"));
    const text = await textOf(file);
    expect(text).toContain("Таш-Көмүр шаарын өнүктүрүү программасы");
    expect(text).toMatch(PLANNED);
    for (const letter of ["ң", "ө", "ү", "Ө"]) expect(text).toContain(letter);
  });

  it("LibreOffice converts the DOCX and the XLSX to PDF, which read back the same", {
    timeout: 240_000,
  }, async () => {
    const formats: ReportFormat[] = ["docx", "xlsx"];
    const pdfs = await Promise.all(
      formats.map(async (format) => {
        const file = join(dir, `report.${format}`);
        await writeFile(file, await renderReport(data, format));
        return toPdf(file, format);
      }),
    );
    for (const pdf of pdfs) {
      const text = await textOf(pdf);
      expect(text, pdf).toContain("Таш-Көмүр шаарын өнүктүрүү программасы");
      expect(text, pdf).toMatch(PLANNED);
      for (const letter of ["ң", "ө", "ү"]) expect(text, pdf).toContain(letter);
    }
    expect((await readFile(pdfs[0] as string)).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
