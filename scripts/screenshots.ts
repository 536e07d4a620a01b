/**
 * `npm run screenshots`: starts the built server with the demo data on a temporary folder and
 * saves screenshots of the main screens (Kyrgyz) to docs/screenshots/, then page images of a
 * sample implementation report (scripts/report-pages.ts). Not part of `npm test`, so tests leave
 * the tree clean.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { hasChromium, launchBrowser } from "../tests/e2e/browser.ts";
import { startE2eServer } from "../tests/e2e/server.ts";

const OUT = "docs/screenshots";
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 360, height: 740 };

/** [file name, user or null for a visitor, path, viewport] — the demo's Tash-Kömür program is id 1. */
const SHOTS: [string, string | null, string, typeof DESKTOP][] = [
  ["public", null, "/public", DESKTOP],
  ["programs", "planner.tk", "/programs", DESKTOP],
  ["program", "planner.tk", "/programs/1", DESKTOP],
  ["program-phone", "planner.tk", "/programs/1", PHONE],
  ["measure", "planner.tk", "/measures/1", DESKTOP],
  ["review", "planner.tk", "/review?program=1&period=2026-Q3", DESKTOP],
  ["dashboard", "planner.tk", "/dashboard?program=1&period=2026-Q3", DESKTOP],
  ["import", "planner.tk", "/import", DESKTOP],
  ["my-reports", "executor.tk", "/my-reports", DESKTOP],
  ["my-reports-phone", "executor.tk", "/my-reports", PHONE],
  ["admin", "admin", "/admin", DESKTOP],
];
const PASSWORDS: Record<string, string> = {
  admin: "demo-admin-1",
  "planner.tk": "demo-planner-tk",
  "executor.tk": "demo-executor-tk",
};

async function signIn(page: Page, login: string) {
  await page.goto("/login");
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Сырсөз").fill(PASSWORDS[login] as string);
  await page.locator("form").getByRole("button", { name: "Кирүү" }).click();
  await page.waitForURL("**/programs");
}

if (!hasChromium) {
  console.error("screenshots need Debian's chromium at /usr/bin/chromium (apt-get install chromium)");
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const server = await startE2eServer();
const browser = await launchBrowser();
try {
  for (const [name, login, path, viewport] of SHOTS) {
    const context = await browser.newContext({ viewport, baseURL: server.url, locale: "ky-KG" });
    const page = await context.newPage();
    if (login) await signIn(page, login);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500); // charts animate in
    await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: viewport !== PHONE });
    console.log(`${OUT}/${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
execFileSync(process.execPath, ["--import", "tsx", "scripts/report-pages.ts"], { stdio: "inherit" });
