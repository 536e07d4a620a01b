/**
 * Issue 10 in the browser, on the demo (TODAY 2026-09-30): the national planner opens "Аймактар"
 * and lands on the republic's page, reads how its progress is computed, and drills down republic →
 * Osh oblast → Chong-Alai district → its program → a measure. The national page reads under
 * 100 KB of JSON; on a 390 px phone nothing scrolls sideways; axe finds no serious violation.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { expectAccessible, hasChromium, settled, signIn } from "./browser.ts";
import { useDemoServerAndBrowser } from "./server.ts";

if (!hasChromium)
  console.warn(
    "\n*** e2e territory-drilldown SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***\n",
  );

const suite = hasChromium ? describe : describe.skip;
const REPUBLIC = "41700000000000";
const OSH = "41706000000000";
const CHONG_ALAI = "41706259000000";

suite("territory drill-down (e2e, Chromium)", { timeout: 180_000 }, () => {
  const live = useDemoServerAndBrowser();
  const contexts: BrowserContext[] = [];

  afterAll(async () => {
    for (const c of contexts) await c.close();
  }, 30_000);

  async function nationalPlanner(viewport: { width: number; height: number }): Promise<Page> {
    const context = await live.browser.newContext({ viewport, baseURL: live.server.url, locale: "ky-KG" });
    contexts.push(context);
    const page = await context.newPage();
    await signIn(page, "planner.kg", "demo-planner-kg");
    return page;
  }

  /** The JSON bytes the page reads from /api while `work` runs (bodies as received, decoded). */
  async function jsonBytes(page: Page, work: () => Promise<void>): Promise<{ total: number; by: string[] }> {
    const sizes: Promise<[string, number]>[] = [];
    const listen = (response: import("playwright-core").Response) => {
      if (!response.url().includes("/api/") || !(response.headers()["content-type"] ?? "").includes("json"))
        return;
      // a body the browser dropped (the page moved on) is counted by the size it was received with
      const size = response.body().then(
        (b) => b.length,
        () =>
          response
            .request()
            .sizes()
            .then((x) => x.responseBodySize),
      );
      sizes.push(size.then((n) => [new URL(response.url()).pathname, n] as [string, number]));
    };
    page.on("response", listen);
    await work();
    await page.waitForLoadState("networkidle");
    page.off("response", listen);
    const all = await Promise.all(sizes);
    return { total: all.reduce((n, [, b]) => n + b, 0), by: all.map(([p, b]) => `${p} ${b}`) };
  }

  it("a national planner drills down from the republic to a measure, with the formula shown", async () => {
    const page = await nationalPlanner({ width: 1280, height: 800 });
    const read = await jsonBytes(page, async () => {
      await page.getByRole("banner").getByRole("link", { name: "Аймактар", exact: true }).click();
      await page.waitForURL(`**/territories/${REPUBLIC}`);
      await page.getByTestId("children-table").waitFor();
      await page.getByTestId("stat-progress").waitFor();
    });
    console.log(`national page JSON: ${read.total} bytes (${read.by.join(", ")})`);
    expect(read.total, read.by.join("\n")).toBeLessThan(100_000);
    await expect.poll(() => page.locator("h1").first().textContent()).toBe("Кыргыз Республикасы");
    // the demo's two oblasts with programs: Jalal-Abad 7, Osh 8 (load-demo.test.ts)
    const table = page.getByTestId("children-table");
    await expect.poll(() => table.getByRole("link", { name: "Ош облусу" }).count()).toBe(1);
    expect(await page.getByTestId("stat-programs").textContent()).toBe("15");

    // "how is this computed" beside the republic's progress
    await page
      .getByTestId("stat-progress")
      .locator("xpath=..")
      .getByRole("button", { name: "Кантип эсептелди?" })
      .click();
    const formula = page.locator("[data-formula]");
    await formula.waitFor();
    expect(await formula.textContent()).toContain("Кантип эсептелди?");
    await expectAccessible(page, "national territory page, formula open");
    await page.keyboard.press("Escape");

    await table.getByRole("link", { name: "Ош облусу" }).click();
    await page.waitForURL(new RegExp(`/territories/${OSH}\\?period=2026-Q3$`));
    await page
      .getByRole("navigation", { name: "Аймактар боюнча жол" })
      .getByRole("link", { name: "Кыргыз Республикасы" })
      .waitFor();
    await page.getByTestId("children-table").getByRole("link", { name: "Чоң-Алай району" }).click();
    await page.waitForURL(new RegExp(`/territories/${CHONG_ALAI}`));
    await expect.poll(() => page.locator("h1").first().textContent()).toBe("Чоң-Алай району");
    // its aiyl aimaks are the children; its own seed program is listed
    await page
      .getByTestId("children-table")
      .getByRole("link", { name: "Дароот-Коргон айыл аймагы" })
      .waitFor();
    await expectAccessible(page, "district territory page");
    await page.getByRole("link", { name: /Чон-Алай районунун социалдык-экономикалык/ }).click();
    await page.waitForURL(/\/programs\/\d+$/);
    await page.getByTestId("measure-row").first().waitFor({ timeout: 30_000 });
    await page.getByTestId("measure-row").first().getByRole("link").first().click();
    await page.waitForURL(/\/measures\/\d+$/);
    await page.locator("h1").first().waitFor();
  });

  it("on a 390 px phone the national and district pages do not scroll sideways", async () => {
    const page = await nationalPlanner({ width: 390, height: 844 });
    for (const code of [REPUBLIC, CHONG_ALAI]) {
      await page.goto(`/territories/${code}`);
      await page.getByTestId("children-table").waitFor();
      await settled(page);
      const [scroll, inner] = (await page.evaluate(
        "[document.documentElement.scrollWidth, window.innerWidth]",
      )) as [number, number];
      expect(scroll, `page width of /territories/${code}`).toBeLessThanOrEqual(inner);
      await expectAccessible(page, `territory page ${code} (phone)`);
    }
  });
});
