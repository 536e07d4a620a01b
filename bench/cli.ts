/**
 * `npm run bench:cli`: wall time of whole CLI commands as a user runs them — a new process each
 * time — through `npm run -s cli -- …` (the compiled CLI behind npm) and `node dist/cli/main.js …`
 * (the same without npm), with `tsx src/cli/main.ts` beside them for comparison. Prints min and
 * median seconds per command after one warm-up run. Record the figures in docs/benchmarks.md.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Plan } from "../src/domain/plan.ts";

const runs = Number(process.env.BENCH_RUNS ?? 5);
const scratch = mkdtempSync(join(tmpdir(), "bench-cli-"));
const env = { ...process.env, DATA_DIR: join(scratch, "data"), TODAY: "2026-09-30", DATABASE_URL: "" };

/** Runs a command once; returns its wall time in seconds, or throws with its stderr. */
function time(command: string, args: string[]): number {
  const start = performance.now();
  const run = spawnSync(command, args, { env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${run.status}: ${run.stderr}`);
  return seconds;
}

/** A .xlsx action table of `count` measures, cycled from the seed plan's gold measures. */
async function bigWorkbook(file: string, count: number): Promise<void> {
  const gold = JSON.parse(readFileSync("tests/fixtures/seeds/tash-komur-2026.gold.json", "utf8")) as Plan;
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("План");
  sheet.addRow([gold.title]);
  sheet.addRow([]);
  const header = ["№", "Милдеттер", "Чаралар/аракеттер", "Ишке ашыруу мөөнөтү", "Күтүлгөн натыйжалар"];
  sheet.addRow([...header, "Жооптуу аткаруучулар", "Каржылоо булагы"]);
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0) {
      const title = `${i / 50 + 1}. ${gold.sections[(i / 50) % gold.sections.length]?.title ?? "Бөлүм"}`;
      const row = sheet.addRow([title]);
      sheet.mergeCells(row.number, 1, row.number, 7);
    }
    const m = gold.measures[i % gold.measures.length] as Plan["measures"][number];
    sheet.addRow([
      String(i + 1),
      m.task ?? "",
      m.action,
      m.deadline.text,
      m.result ?? "",
      m.responsible.join(", "),
      m.funding.map((f) => f.text).join(", "),
    ]);
  }
  await book.xlsx.writeFile(file);
}

const small = join(scratch, "tash-komur-2026.txt");
copyFileSync("tests/fixtures/seeds/tash-komur-2026.txt", small);
const big = join(scratch, "plan-2000.xlsx");
await bigWorkbook(big, 2000);

console.log("building the CLI when stale, then loading the demo into a new PGlite store…");
time("npm", ["run", "-s", "cli", "--", "--help"]);
time(process.execPath, ["dist/cli/main.js", "demo"]);

const report = ["report", "--program", "1", "--period", "2026-Q2", "--format", "docx", "--lang", "ky"];
const commands: [name: string, args: string[], target: number][] = [
  ["--help", ["--help"], 0.3],
  ["import small .txt (27 measures)", ["import", small], 0.5],
  ["import 2,000-row .xlsx", ["import", big], 1.5],
  ["report docx (demo PGlite store)", [...report, "--out", join(scratch, "report.docx")], 2],
];
const doors: [name: string, command: string, prefix: string[]][] = [
  ["npm run -s cli", "npm", ["run", "-s", "cli", "--"]],
  ["node dist/cli", process.execPath, ["dist/cli/main.js"]],
  ["tsx src/cli", process.execPath, ["--import", "tsx", "src/cli/main.ts"]],
];

/** Min and median of `runs` timed runs after one warm-up. */
function measure(command: string, args: string[]): [number, number] {
  time(command, args);
  const times = Array.from({ length: runs }, () => time(command, args)).sort((a, b) => a - b);
  return [times[0] ?? 0, times[Math.floor(times.length / 2)] ?? 0];
}

console.log(`wall seconds, min / median of ${runs} runs after 1 warm-up; node ${process.version}`);
console.log(["command".padEnd(34), ...doors.map(([d]) => d.padStart(16)), "target".padStart(8)].join(""));
for (const [name, args, target] of commands) {
  const cells = doors.map(([, command, prefix]) => {
    const [min, median] = measure(command, [...prefix, ...args]);
    return `${min.toFixed(2)} / ${median.toFixed(2)}`.padStart(16);
  });
  console.log([name.padEnd(34), ...cells, `< ${target}`.padStart(8)].join(""));
}
rmSync(scratch, { recursive: true, force: true });
