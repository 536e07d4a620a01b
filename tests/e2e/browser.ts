/** Chromium through playwright-core for the end-to-end tests, and axe-core injected into a page. */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

/** Debian's Chromium; the e2e tests skip loudly without it. */
export const CHROMIUM = "/usr/bin/chromium";

/** True when the browser the e2e tests drive is installed. */
export const hasChromium = existsSync(CHROMIUM);

/** A headless Chromium that stays off the network except for the app. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** A violation axe-core found. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/**
 * Waits (up to 3 s) until no CSS transition or animation has run for two looks in a row: a dialog
 * still fading in blends its colours with the page and would mislead the contrast check.
 */
export async function settled(page: Page): Promise<void> {
  const deadline = Date.now() + 3000;
  for (let quiet = 0; quiet < 2 && Date.now() < deadline; ) {
    const running = await page.evaluate(
      () => document.getAnimations().filter((a) => a.playState === "running").length,
    );
    quiet = running === 0 ? quiet + 1 : 0;
    await page.waitForTimeout(60);
  }
}

/**
 * Runs axe-core (every rule, colour contrast included) on the settled page; returns the serious and
 * critical violations.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await settled(page);
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** Fails with the list of serious or critical axe violations on the page, naming the screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = await seriousViolations(page);
  const summary = found.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3))}`,
  );
  expect(summary, `axe on ${screen}`).toEqual([]);
}

/** Signs in through the login form (Kyrgyz labels) and waits for the programs screen. */
export async function signIn(page: Page, login: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Логин").fill(login);
  await page.getByLabel("Сырсөз").fill(password);
  await page.locator("form").getByRole("button", { name: "Кирүү" }).click();
  await page.waitForURL("**/programs");
}
