/**
 * Opening rendered files with independent programs: LibreOffice converts a DOCX or XLSX to PDF,
 * pdftotext reads a PDF back. Tests skip, loudly, when either is missing (`available`).
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { findSoffice } from "../../src/importers/convert-office.ts";

const run = promisify(execFile);

/** The LibreOffice binary, or null. */
export const soffice = findSoffice();

/** True when pdftotext runs. */
export const pdftotext = await run("pdftotext", ["-v"]).then(
  () => true,
  () => false,
);

/** Converts `file` to PDF in `dir/name` with its own LibreOffice profile; returns the PDF's path. */
export async function toPdf(dir: string, file: string, name: string): Promise<string> {
  // each conversion its own profile: two LibreOffices sharing one silently produce nothing
  const profile = `-env:UserInstallation=file://${join(dir, `profile-${name}`)}`;
  await run(
    soffice as string,
    [profile, "--headless", "--convert-to", "pdf", "--outdir", join(dir, name), file],
    {
      timeout: 120_000,
    },
  );
  return join(dir, name, (file.split("/").pop() as string).replace(/\.\w+$/, ".pdf"));
}

/** A PDF's text with every run of white space made one space. */
export async function textOf(pdf: string): Promise<string> {
  const { stdout } = await run("pdftotext", [pdf, "-"]);
  return stdout.replace(/\s+/g, " ");
}
