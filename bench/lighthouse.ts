/**
 * `npm run bench:lighthouse`: Lighthouse (Node API) on the citizens' portal of the demo, in
 * Debian's headless Chromium, with Lighthouse's defaults: mobile form factor, simulated slow 4G
 * and a 4× slower CPU. Starts the server as the end-to-end tests do (a temporary PGlite folder,
 * the demo, TODAY 2026-09-30), finds a territory, a program, a measure and the demo's largest
 * program by following the portal's own links, and prints the four category scores and the bytes
 * transferred per page, then every audit counted in a score that did not pass. BENCH_RUNS
 * (default 1) runs per page; the median score is printed. Record the figures in
 * docs/benchmarks.md. A benchmark, not a test: nothing fails on a score.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { startE2eServer } from "../tests/e2e/server.ts";

const CHROMIUM = "/usr/bin/chromium";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const runs = Number(process.env.BENCH_RUNS ?? 1);
// The demo's Tash-Kömür city (its program is the one issue 13's targets are set on), and
// Chong-Alai district, whose 80-measure seed program is the demo's largest page.
const TERRITORY = "/public/territories/41703420000000";
const LARGEST = "/public/territories/41706259000000";

/** One Lighthouse run: each category's score (0–100) and the bytes on the wire, images apart. */
interface Measured {
  scores: Record<(typeof CATEGORIES)[number], number>;
  bytes: number;
  imageBytes: number;
  requests: number;
  /** First and largest contentful paint (ms), total blocking time (ms), cumulative layout shift. */
  metrics: { fcp: number; lcp: number; tbt: number; cls: number };
  /** The audits counted in the four scores that did not pass, to fix or to explain. */
  failed: string[];
}

interface NetworkItem {
  transferSize?: number;
  resourceType?: string;
}

async function measure(url: string, port: number): Promise<Measured> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Measured["scores"];
  const details = lhr.audits["network-requests"]?.details as { items?: NetworkItem[] } | undefined;
  const items = details?.items ?? [];
  const size = (list: NetworkItem[]) => list.reduce((sum, i) => sum + (i.transferSize ?? 0), 0);
  const images = items.filter((i) => i.resourceType === "Image");
  // audits that weigh in a score (weight 0 ones, e.g. max-potential-fid, are only diagnostics)
  const counted = new Set(
    CATEGORIES.flatMap(
      (c) => lhr.categories[c]?.auditRefs.filter((r) => r.weight > 0).map((r) => r.id) ?? [],
    ),
  );
  const failed = Object.values(lhr.audits)
    .filter((a) => counted.has(a.id) && a.score !== null && a.score < 1)
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const metrics = {
    fcp: metric("first-contentful-paint"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
  };
  return {
    metrics,
    failed,
    scores,
    bytes: size(items) - size(images),
    imageBytes: size(images),
    requests: items.length,
  };
}

/** The first portal link on `path` whose address matches `pattern`. */
async function firstLink(base: string, path: string, pattern: RegExp): Promise<string> {
  const body = await (await fetch(base + path)).text();
  const found = [...body.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? "").find((h) => pattern.test(h));
  if (!found) throw new Error(`no link like ${pattern} on ${path}`);
  return found;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing (apt-get install chromium)`);
  process.exit(2);
}
const server = await startE2eServer({ web: false });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
try {
  const program = await firstLink(server.url, TERRITORY, /^\/public\/programs\/\d+$/);
  const measurePath = await firstLink(server.url, program, /^\/public\/programs\/\d+\/measures\/\d+$/);
  const largest = await firstLink(server.url, LARGEST, /^\/public\/programs\/\d+$/);
  const pages = [
    ["territory tree", "/public"],
    ["territory (Tash-Kömür)", TERRITORY],
    ["program (Tash-Kömür)", program],
    ["measure", measurePath],
    ["program (Chong-Alai)", largest],
  ] as const;
  const { version } = createRequire(import.meta.url)("lighthouse/package.json") as { version: string };
  console.log(
    `Lighthouse ${version}, mobile, simulated throttling, ${runs} run(s) per page (median); node ${process.version}`,
  );
  console.log(
    `${"page".padEnd(59)} perf  a11y  best   seo  KB (no images)  KB images  requests  FCP s  LCP s  TBT ms   CLS`,
  );
  const failures: string[] = [];
  for (const [label, path] of pages) {
    const results: Measured[] = [];
    for (let run = 0; run < runs; run++) results.push(await measure(server.url + path, chrome.port));
    const score = (c: (typeof CATEGORIES)[number]) =>
      String(median(results.map((r) => r.scores[c]))).padStart(4);
    const last = results[results.length - 1] as Measured;
    const m = (key: keyof Measured["metrics"]) => median(results.map((r) => r.metrics[key]));
    console.log(
      `${label.padEnd(24)} ${path.padEnd(34)} ${CATEGORIES.map(score).join("  ")}  ${(last.bytes / 1024).toFixed(1).padStart(14)}  ${(last.imageBytes / 1024).toFixed(1).padStart(9)}  ${String(last.requests).padStart(8)}  ${(m("fcp") / 1000).toFixed(1).padStart(5)}  ${(m("lcp") / 1000).toFixed(1).padStart(5)}  ${m("tbt").toFixed(0).padStart(6)}  ${m("cls").toFixed(2).padStart(4)}`,
    );
    for (const f of new Set(results.flatMap((r) => r.failed))) failures.push(`${path}: ${f}`);
  }
  console.log(failures.length > 0 ? `audits not passed:\n  ${failures.join("\n  ")}` : "every audit passed");
} finally {
  chrome.kill();
  await server.stop();
}
