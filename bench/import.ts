/**
 * `npm run bench:import`: imports every fixture repeatedly and prints ms per document (min and
 * median) and measures (rows) per second. Record the figures in docs/benchmarks.md.
 */
import { readFileSync } from "node:fs";
import { importPlan } from "../src/importers/import-plan.ts";
import { listFixtures } from "../tests/import/fixtures.ts";

const runs = Number(process.env.BENCH_RUNS ?? 20);
const today = new Date("2026-11-21T00:00:00Z");

console.log(`runs per document: ${runs} (after 2 warm-up runs); node ${process.version}`);
console.log(
  "document".padEnd(44),
  "min ms".padStart(8),
  "median ms".padStart(10),
  "measures".padStart(9),
  "rows/s".padStart(9),
);
for (const fixture of listFixtures()) {
  if (fixture.needsOffice) continue; // LibreOffice start-up would dominate; conversion is not our code
  const bytes = readFileSync(fixture.path);
  let measures = 0;
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const { plan } = await importPlan(bytes, fixture.file, { today });
    if (i >= 2) times.push(performance.now() - start);
    measures = plan.measures.length;
  }
  times.sort((a, b) => a - b);
  const min = times[0] ?? 0;
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    fixture.file.padEnd(44),
    min.toFixed(1).padStart(8),
    median.toFixed(1).padStart(10),
    String(measures).padStart(9),
    Math.round((measures * 1000) / median)
      .toLocaleString("en")
      .padStart(9),
  );
}
