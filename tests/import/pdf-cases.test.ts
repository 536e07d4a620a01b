import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PDF_CASES } from "../../scripts/pdf-cases/cases/index.ts";
import type { Plan } from "../../src/domain/plan.ts";
import { formatScore, scorePlan } from "../../src/domain/score.ts";
import { importPlan } from "../../src/importers/import-plan.ts";
import { readPdf } from "../../src/importers/read-pdf.ts";
import { buildDocx } from "../fixtures/plans/gen/docx.ts";

const DIR = "tests/fixtures/pdf-cases";
const TODAY = { today: new Date("2026-11-21T00:00:00Z") };

/**
 * The lowest score each Word→PDF rendering must keep. kok-zhar rose from 0.945 to just under 0.97 when the
 * interpretation learnt «Бала бакча, айыл өкмөтү» as two bodies and a funding cell's sources on
 * separate lines without «;»; what it still misses is interpretation, not the PDF (its .docx
 * scores the same): targets left inflected («үйдүн чатыры», «үй» of «үй чарба»).
 */
const MIN_SCORE: Record<string, number> = {
  "togus-bulak-2026-2028": 0.97,
  "kok-zhar-2026-2027": 0.96,
};

async function scoreOf(bytes: Uint8Array, file: string, gold: Plan) {
  const { plan } = await importPlan(bytes, file, TODAY);
  return scorePlan(gold, plan);
}

describe("plans printed from Word to PDF: other column orders, sums per source, rows across pages", () => {
  for (const { fixture, layout } of PDF_CASES) {
    const gold = JSON.parse(readFileSync(`${DIR}/${fixture.name}.gold.json`, "utf8")) as Plan;

    it(`${fixture.name}.pdf scores at least ${MIN_SCORE[fixture.name]}`, async () => {
      const score = await scoreOf(readFileSync(`${DIR}/${fixture.name}.pdf`), `${fixture.name}.pdf`, gold);
      if (score.score < (MIN_SCORE[fixture.name] ?? 1)) console.log(formatScore(score));
      expect(score.score).toBeGreaterThanOrEqual(MIN_SCORE[fixture.name] ?? 1);
    });

    it(`${fixture.name}.pdf loses nothing its Word source gives`, async () => {
      const pdf = await scoreOf(readFileSync(`${DIR}/${fixture.name}.pdf`), `${fixture.name}.pdf`, gold);
      const docx = await scoreOf(await buildDocx(fixture, layout), `${fixture.name}.docx`, gold);
      expect(pdf.score).toBeGreaterThanOrEqual(docx.score - 0.005);
    });
  }
});

describe("the PDF cases hold the hard cases they are meant to", () => {
  it("togus-bulak repeats its header on a landscape second page, under which a row goes on", async () => {
    const bytes = readFileSync(`${DIR}/togus-bulak-2026-2028.pdf`);
    expect(bytes.toString("latin1")).toMatch(/\/MediaBox\s*\[\s*0 0 841\.\d+ 595\.\d+/);
    const doc = await readPdf(bytes, "togus-bulak.pdf");
    const rows = doc.blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
    const repeated = rows.findIndex((r, i) => i > 0 && r.header && r.afterPageBreak);
    expect(repeated).toBeGreaterThan(0);
    // the row after the repeated header has no number: the rest of row 6 («Оснащение кабинетов …»)
    expect(rows[repeated + 1]?.cells[0]).toBe("");
    expect(rows[repeated + 1]?.cells[2]).toContain("компьютерной техникой");
  });
});
