/**
 * `npm run bench:import`: imports every fixture repeatedly and prints ms per document (min and
 * median) and measures (rows) per second; then corpus text in reading order and -layout, and a
 * photo of a page by OCR (issue 12); then a 2,000-row district plan through the API as the
 * wizard sends it (upload → preview in an import session, one cell fixed, save by the session's
 * id) on PGlite, or on PostgreSQL with BENCH_ENGINE=postgres and TEST_DATABASE_URL. Record the
 * figures in docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { importPlan } from "../src/importers/import-plan.ts";
import { largePlanText } from "../tests/e2e/large-plan.ts";
import { listFixtures } from "../tests/import/fixtures.ts";
import { apiFor } from "../tests/setup/api-client.ts";
import { freshDatabase } from "../tests/setup/test-db.ts";
import { createWorld } from "../tests/setup/world.ts";

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
  await timeImport(fixture.file, readFileSync(fixture.path), runs);
}

// Text a PDF viewer's copy or pdftotext gives (reading order, -layout) and a photo read by OCR:
// slower genres, fewer runs. The photo is one page; tesseract is Debian's (skipped without it).
const CORPUS = "tests/fixtures/corpus";
console.log("\nreading-order and -layout text, OCR (BENCH_SLOW_RUNS, default 3)");
const slowRuns = Number(process.env.BENCH_SLOW_RUNS ?? 3);
for (const file of [
  "chong-alai-2025-2030.a4l.raw.txt",
  "chong-alai-2025-2030.a4l.layout.txt",
  "tash-komur-2026.a5.raw.txt",
])
  await timeImport(file, readFileSync(`${CORPUS}/${file}`), slowRuns);
if (spawnSync("tesseract", ["--version"]).status === 0)
  await timeImport(
    "kok-zhar-2026-2027.photo.png (OCR, 1 page)",
    readFileSync("tests/fixtures/ocr/kok-zhar-2026-2027.photo.png"),
    slowRuns,
  );
else
  console.log(
    "OCR SKIPPED: tesseract is missing (apt-get install tesseract-ocr tesseract-ocr-kir tesseract-ocr-rus)",
  );

await benchLargeImport();

/** Imports one document `times` times after 2 warm-up runs and prints min and median ms, measures and rows/s. */
async function timeImport(label: string, bytes: Uint8Array, times: number) {
  const fileName = label.split(" ")[0] as string;
  let measures = 0;
  const ms: number[] = [];
  for (let i = 0; i < times + 2; i++) {
    const start = performance.now();
    const { plan } = await importPlan(bytes, fileName, { today });
    if (i >= 2) ms.push(performance.now() - start);
    measures = plan.measures.length;
  }
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)] ?? 0;
  console.log(
    label.padEnd(44),
    (ms[0] ?? 0).toFixed(1).padStart(8),
    median.toFixed(1).padStart(10),
    String(measures).padStart(9),
    Math.round((measures * 1000) / median)
      .toLocaleString("en")
      .padStart(9),
  );
}

/** Preview, one PATCH and save of a 2,000-row plan through the in-process API, BENCH_LARGE_RUNS times. */
async function benchLargeImport() {
  const largeRuns = Number(process.env.BENCH_LARGE_RUNS ?? 5);
  const engine = process.env.BENCH_ENGINE === "postgres" ? "postgres" : "pglite";
  const rows = 2000;
  const bytes = new TextEncoder().encode(largePlanText(rows, 40, 3));
  const { db } = await freshDatabase(engine);
  const world = await createWorld(db);
  const planner = await apiFor(db).as("planner-tk");
  const territoryId = world.territories.tashKomur.id;
  const times = { preview: [] as number[], edit: [] as number[], save: [] as number[] };
  let answer = 0;
  for (let i = 0; i < largeRuns + 1; i++) {
    const form = new FormData();
    form.set("file", new File([bytes], "district-plan-2000.txt"));
    form.set("territoryId", String(territoryId));
    let start = performance.now();
    const preview = await planner.post<{ sessionId: number; rowVersion: number }>("/api/v1/imports", form);
    const previewMs = performance.now() - start;
    answer = JSON.stringify(preview.body).length;
    const url = `/api/v1/imports/${preview.body.sessionId}`;
    start = performance.now();
    const edit = await planner.patch(
      url,
      { measures: [{ index: 2, deadline: "2026-жылдын III-кварталы" }] },
      { "if-match": `"${preview.body.rowVersion}"` },
    );
    const editMs = performance.now() - start;
    start = performance.now();
    const saved = await planner.post(`${url}/save`, {});
    const saveMs = performance.now() - start;
    if (preview.status !== 201 || edit.status !== 200 || saved.status !== 201)
      throw new Error(`large import failed: ${preview.status} ${edit.status} ${saved.status}`);
    if (i === 0) continue; // warm-up
    times.preview.push(previewMs);
    times.edit.push(editMs);
    times.save.push(saveMs);
  }
  console.log(
    `\n${rows}-row plan through the API on ${engine} (${(bytes.length / 1e6).toFixed(2)} MB upload, ` +
      `${(answer / 1e6).toFixed(2)} MB preview answer), ${largeRuns} runs after 1 warm-up`,
  );
  console.log("step".padEnd(24), "min ms".padStart(8), "median ms".padStart(10));
  for (const [step, list] of Object.entries(times)) {
    list.sort((a, b) => a - b);
    console.log(
      step.padEnd(24),
      (list[0] ?? 0).toFixed(0).padStart(8),
      (list[Math.floor(list.length / 2)] ?? 0).toFixed(0).padStart(10),
    );
  }
}
