/**
 * Page images of a sample official report for the README: the demo loaded into a throw-away
 * PGlite store, the Tash-Kömür program's 2026-Q2 report in Kyrgyz rendered as PDF, and its first
 * pages saved by pdftoppm (60 dpi) as docs/screenshots/report-<n>.png. Needs pdftoppm (poppler-utils).
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { connect } from "../src/db/connect.ts";
import { migrate } from "../src/db/migrate.ts";
import { cliActor } from "../src/domain/access.ts";
import { loadDemo } from "../src/operations/demo/load-demo.ts";
import { buildReportFile } from "../src/operations/exchange/build-report.ts";

const OUT = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));
const PAGES = 4; // title and summary, then the start of the action table
const TODAY = "2026-07-10"; // early Q3: the demo's Q2 reports are in

const dir = await mkdtemp(join(tmpdir(), "report-pages-"));
const connection = await connect({ dataDir: join(dir, "data") });
try {
  await migrate(connection);
  const actor = cliActor("report-pages");
  const demo = await loadDemo(connection.db, connection.files, new Date(`${TODAY}T08:00:00Z`), actor);
  const program = demo.programs[0]; // the demo loads the Tash-Kömür plan first
  if (!program) throw new Error("the demo loaded no program");
  const file = await buildReportFile(connection.db, actor, program.id, {
    period: "2026-Q2",
    lang: "ky",
    format: "pdf",
    today: TODAY,
  });
  const pdf = join(dir, file.fileName);
  await writeFile(pdf, file.bytes);
  await mkdir(OUT, { recursive: true });
  for (const old of (await readdir(OUT)).filter((f) => /^report-\d+\.png$/.test(f))) await rm(join(OUT, old));
  await promisify(execFile)("pdftoppm", [
    "-r",
    "60",
    "-png",
    "-f",
    "1",
    "-l",
    String(PAGES),
    pdf,
    join(OUT, "report"),
  ]);
  const saved = (await readdir(OUT)).filter((f) => f.startsWith("report-"));
  console.log(`${file.fileName}: saved ${saved.join(", ")} in docs/screenshots/`);
} finally {
  await connection.close();
  await rm(dir, { recursive: true, force: true });
}
