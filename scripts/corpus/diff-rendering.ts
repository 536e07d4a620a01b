/**
 * Shows where one corpus rendering's import differs from its gold: each gold measure's fields that
 * miss, with both values, and the predicted measures no gold measure aligned with.
 * Run: npx tsx scripts/corpus/diff-rendering.ts NAME.SIZE.EXTRACTION[.txt|.pdf]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Measure } from "../../src/domain/plan.ts";
import { alignMeasures, formatScore, scorePair, scorePlan } from "../../src/domain/score.ts";
import { importPlan } from "../../src/importers/import-plan.ts";
import { CORPUS_DIR, listGolds } from "../../tests/import/corpus-list.ts";

const file = process.argv[2];
if (!file) throw new Error("usage: diff-rendering.ts NAME.SIZE.EXTRACTION.txt");
const name = file.replace(/\.(a4l|a5|a3l)\..*$/, "");
const gold = listGolds().find((g) => g.name === name)?.gold;
if (!gold) throw new Error(`no gold for ${name}`);
const { plan } = await importPlan(readFileSync(join(CORPUS_DIR, file)), file, {
  today: new Date("2026-11-21"),
});
const show = (m: Measure, f: keyof Measure) => JSON.stringify(m[f]);
const pairs = alignMeasures(
  gold.measures.map((m) => m.action),
  plan.measures.map((m) => m.action),
);
const aligned = new Set(pairs.map(([, p]) => p));
const alignedGold = new Set(pairs.map(([g]) => g));
for (const [gi, pi] of pairs) {
  const g = gold.measures[gi] as Measure;
  const p = plan.measures[pi] as Measure;
  const fields = scorePair(gold, plan, g, p);
  for (const [f, v] of Object.entries(fields)) {
    if (v < 1)
      console.log(
        `#${g.number} ${f} ${v.toFixed(2)}\n  gold ${show(g, f as keyof Measure)}\n  pred ${show(p, f as keyof Measure)}`,
      );
  }
}
gold.measures.forEach((m, i) => {
  if (!alignedGold.has(i)) console.log(`gold #${m.number} not found: ${m.action.slice(0, 90)}`);
});
plan.measures.forEach((m, i) => {
  if (!aligned.has(i)) console.log(`extra pred #${m.number}: ${m.action.slice(0, 90)}`);
});
console.log(formatScore(scorePlan(gold, plan)));
