/**
 * `npm run bench:reports`: renders a 100-measure official report (ky) in DOCX, XLSX and PDF
 * repeatedly and prints ms per file (min and median) against the targets (< 1 s DOCX / XLSX,
 * < 3 s PDF). The data is built once, as the operation does; the database read is not timed.
 * Record the figures in docs/benchmarks.md.
 */

import type { ReportFormat } from "../src/domain/report-formats.ts";
import { renderReport } from "../src/reports/render-report.ts";
import { buildReportData } from "../src/reports/report-data.ts";
import { sampleInput } from "../tests/setup/sample-report-input.ts";

const runs = Number(process.env.BENCH_RUNS ?? 10);
const TARGET_MS: Record<ReportFormat, number> = { docx: 1000, xlsx: 1000, pdf: 3000 };

const buildStart = performance.now();
const data = buildReportData(sampleInput(100, "ky"));
console.log(`report data for 100 measures built in ${(performance.now() - buildStart).toFixed(1)} ms`);
console.log(`runs per format: ${runs} (after 2 warm-up runs); node ${process.version}`);
console.log(
  "format".padEnd(8),
  "min ms".padStart(8),
  "median ms".padStart(10),
  "KB".padStart(7),
  "target".padStart(8),
);
let failed = false;
for (const format of ["docx", "xlsx", "pdf"] as const) {
  const times: number[] = [];
  let size = 0;
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    size = (await renderReport(data, format)).length;
    if (i >= 2) times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const ok = median < TARGET_MS[format];
  failed ||= !ok;
  console.log(
    format.padEnd(8),
    (times[0] ?? 0).toFixed(1).padStart(8),
    median.toFixed(1).padStart(10),
    (size / 1024).toFixed(0).padStart(7),
    `${ok ? "<" : "NOT <"} ${TARGET_MS[format]}`.padStart(8),
  );
}
process.exitCode = failed ? 1 : 0;
