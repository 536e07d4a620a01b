/**
 * Writes the PDF cases of tests/fixtures/pdf-cases: each case's gold JSON and the PDF LibreOffice
 * prints from its .docx (the fixtures' own docx writer). Run: npx tsx scripts/pdf-cases/render.ts
 * (needs LibreOffice). Tests read the committed files and never run this.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice } from "../../src/importers/convert-office.ts";
import { buildDocx } from "../../tests/fixtures/plans/gen/docx.ts";
import { goldPlan } from "../../tests/fixtures/plans/gen/fixture.ts";
import { PDF_CASES } from "./cases/index.ts";

const OUT = "tests/fixtures/pdf-cases";

/** Prints a .docx to PDF with LibreOffice in a throwaway profile. */
function printToPdf(docx: string, outDir: string): void {
  const soffice = findSoffice();
  if (!soffice) throw new Error("LibreOffice (soffice) is not installed");
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    const args = [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless"];
    execFileSync(soffice, [...args, "--convert-to", "pdf", "--outdir", outDir, docx], {
      stdio: "ignore",
      timeout: 120_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const work = mkdtempSync(join(tmpdir(), "pdf-cases-"));
try {
  for (const { fixture, layout } of PDF_CASES) {
    const docx = join(work, `${fixture.name}.docx`);
    writeFileSync(docx, await buildDocx(fixture, layout));
    printToPdf(docx, work);
    copyFileSync(join(work, `${fixture.name}.pdf`), join(OUT, `${fixture.name}.pdf`));
    writeFileSync(join(OUT, `${fixture.name}.gold.json`), `${JSON.stringify(goldPlan(fixture), null, 2)}\n`);
    console.log(`${OUT}/${fixture.name}.pdf`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
