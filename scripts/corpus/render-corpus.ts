/**
 * Renders every gold plan (seeds, hand-made fixtures, tests/fixtures/corpus/golds) to .docx with the
 * fixtures' docx writer, prints it to PDF with LibreOffice on three page sizes, and reads each PDF
 * back with pdftotext -raw, plain pdftotext and -layout (plus one -raw copy in Windows-1251).
 * Run: npx tsx scripts/corpus/render-corpus.ts [--score] [--size a4l|a5|a3l]   (needs soffice and pdftotext)
 * With --score it only imports the committed renderings and prints the markdown table of scores.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { Plan } from "../../src/domain/plan.ts";
import { buildDocx } from "../../tests/fixtures/plans/gen/docx.ts";
import { CORPUS_DIR, listGolds, PAGE_SIZES, type PageSize } from "../../tests/import/corpus-list.ts";
import { encodeCp1251 } from "./cp1251.ts";
import { HEADERS, LAYOUTS, type Role, WEIGHTS } from "./layouts.ts";
import { printScoreTable } from "./score-table.ts";
import { cellOf, needsCostColumn, toFixture } from "./to-fixture.ts";

/**
 * Page width and height in twentieths of a point, the side margin and the font scale. On A5 a
 * planner narrows the margins to 1 cm and shrinks the font to 70 %, as one does to fit a wide table
 * on a small page; at the docx writer's 10 pt the columns would break words letter by letter.
 */
const PAGES: Record<PageSize, { w: number; h: number; landscape: boolean; margin: number; font: number }> = {
  a4l: { w: 16838, h: 11906, landscape: true, margin: 0, font: 1 },
  a5: { w: 8391, h: 11906, landscape: false, margin: 567, font: 0.7 },
  a3l: { w: 23811, h: 16838, landscape: true, margin: 0, font: 1 },
};
/** Left and right margins as the docx writer sets them. */
const WRITER_MARGINS = 1134 + 850;

const marginsOf = (size: PageSize) => (PAGES[size].margin > 0 ? 2 * PAGES[size].margin : WRITER_MARGINS);
/** The Russian plan whose -raw text is also saved in Windows-1251 (Kyrgyz letters ө, ү, ң have no place in it). */
const CP1251_PLAN = "bel-aryk-2026-2027";

/** The columns a plan prints: its layout's, less a task, funding or cost column it has nothing for. */
function rolesOf(name: string, plan: Plan): Role[] {
  const layout = LAYOUTS[name];
  if (!layout) throw new Error(`no layout for ${name} in scripts/corpus/layouts.ts`);
  return layout.roles.filter(
    (r) =>
      (r !== "task" || plan.measures.some((m) => m.task !== "")) &&
      (r !== "funding" || plan.measures.some((m) => m.funding.length > 0)) &&
      (r !== "cost" || needsCostColumn(plan)),
  );
}

/** The docx writer prints A4 landscape; other sizes are set in its page size element. */
async function onPage(docx: Buffer, size: PageSize): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file("word/document.xml");
  if (!file) throw new Error("docx without word/document.xml");
  const p = PAGES[size];
  const orient = p.landscape ? ' w:orient="landscape"' : "";
  let xml = (await file.async("string")).replace(
    /<w:pgSz\b[^>]*\/>/,
    `<w:pgSz w:w="${p.w}" w:h="${p.h}"${orient}/>`,
  );
  if (p.margin > 0) xml = xml.replace(/w:(left|right)="\d+"/g, `w:$1="${p.margin}"`);
  // The signature's right tab stop is set for A4 landscape; on a narrower page it would push the
  // name past the edge, where the printer cuts it ("Ж.Б.Токтосун|ов"): keep it within the text.
  const usable = p.w - marginsOf(size);
  xml = xml.replace(
    /(<w:tab\b[^>]*w:pos=")(\d+)"/g,
    (_, head, pos) => `${head}${Math.min(Number(pos), usable)}"`,
  );
  if (p.font !== 1)
    xml = xml.replace(
      /<w:sz(Cs)? w:val="(\d+)"/g,
      (_, cs = "", v) => `<w:sz${cs} w:val="${Math.round(Number(v) * p.font)}"`,
    );
  zip.file("word/document.xml", xml);
  return zip.generateAsync({ type: "nodebuffer" });
}

async function docxOf(name: string, plan: Plan, size: PageSize): Promise<Buffer> {
  const layout = LAYOUTS[name];
  if (!layout) throw new Error(`no layout for ${name}`);
  const roles = rolesOf(name, plan);
  const fixture = toFixture(name, plan, { ...layout, roles }, HEADERS[plan.language]);
  const weight = roles.reduce((s, r) => s + WEIGHTS[r], 0);
  const usable = PAGES[size].w - marginsOf(size);
  const taskColumn = roles.indexOf("task");
  const docx = await buildDocx(fixture, {
    cells: (r) => roles.filter((role) => role !== "task").map((role) => cellOf(role, r)),
    taskColumn: taskColumn < 0 ? undefined : taskColumn,
    widths: roles.map((r) => Math.floor((usable * WEIGHTS[r]) / weight)),
  });
  return onPage(docx, size);
}

/**
 * The committed corpus was printed with DejaVu Serif in place of the docx's Times New Roman. Once
 * other packages bring metric twins of Times (Chromium's fonts-liberation, Ghostscript's Nimbus),
 * fontconfig picks one of them and every line breaks elsewhere; offering LibreOffice only the
 * DejaVu fonts keeps a re-rendering comparable with the committed one on any machine.
 */
const fontsConf = (cacheDir: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>${cacheDir}</cachedir>
  <alias><family>Times New Roman</family><prefer><family>DejaVu Serif</family></prefer></alias>
  <alias><family>serif</family><prefer><family>DejaVu Serif</family></prefer></alias>
  <alias><family>sans-serif</family><prefer><family>DejaVu Sans</family></prefer></alias>
</fontconfig>
`;

/** Converts with LibreOffice in a throwaway profile, so a running LibreOffice is never touched. */
function toPdf(input: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  const fontsFile = join(profile, "fonts.conf");
  writeFileSync(fontsFile, fontsConf(join(profile, "font-cache")));
  try {
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outDir,
        input,
      ],
      { stdio: "ignore", timeout: 120_000, env: { ...process.env, FONTCONFIG_FILE: fontsFile } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function extract(pdf: string, base: string): void {
  for (const [flag, ext] of [
    ["-raw", "raw"],
    [undefined, "plain"],
    ["-layout", "layout"],
  ] as const) {
    execFileSync("pdftotext", [...(flag ? [flag] : []), "-enc", "UTF-8", pdf, `${base}.${ext}.txt`]);
  }
}

async function render(sizes: readonly PageSize[]): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "corpus-"));
  try {
    for (const { name, gold } of listGolds()) {
      for (const size of sizes) {
        const docx = join(work, `${name}.${size}.docx`);
        writeFileSync(docx, await docxOf(name, gold, size));
        toPdf(docx, work);
        const pdf = join(CORPUS_DIR, `${name}.${size}.pdf`);
        copyFileSync(join(work, `${name}.${size}.pdf`), pdf);
        extract(pdf, join(CORPUS_DIR, `${name}.${size}`));
        console.error(`rendered ${name}.${size}`);
      }
    }
    if (!sizes.includes("a4l")) return;
    const raw = join(CORPUS_DIR, `${CP1251_PLAN}.a4l.raw.txt`);
    writeFileSync(
      join(CORPUS_DIR, `${CP1251_PLAN}.a4l.raw-cp1251.txt`),
      encodeCp1251(readFileSync(raw, "utf8")),
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const only = process.argv.indexOf("--size");
const sizes = only >= 0 ? PAGE_SIZES.filter((s) => s === process.argv[only + 1]) : PAGE_SIZES;
if (process.argv.includes("--score")) await printScoreTable();
else await render(sizes);
