/**
 * The web app end to end: the built server on an empty PGlite with the demo, driven by Debian's
 * Chromium. Sign in as the planner, open the Tash-Kömür program, search and filter its action
 * table, open a measure, switch to Russian; a phone-sized page; axe-core on the main screens.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, hasChromium, signIn } from "./browser.ts";
import { useDemoServerAndBrowser } from "./server.ts";

if (!hasChromium)
  console.warn("\n*** e2e web tests SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***\n");

const suite = hasChromium ? describe : describe.skip;

suite("web app (e2e, Chromium)", { timeout: 60_000 }, () => {
  const live = useDemoServerAndBrowser();
  const contexts: BrowserContext[] = [];

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await live.browser.newContext({ viewport, baseURL: live.server.url, locale: "ky-KG" });
    contexts.push(context);
    return context.newPage();
  }

  const tashKomur = /Таш-Көмүр шаардык мэриясынын 2026/;

  it("a planner finds, filters and opens measures; Russian shows the same screens", async () => {
    const page = await newPage();
    await page.goto("/login");
    await expect.poll(() => page.getByRole("heading", { name: "Системага кирүү" }).count()).toBe(1);
    await expectAccessible(page, "login");

    await signIn(page, "planner.tk", "demo-planner-tk");
    await page.getByRole("heading", { name: "Менин аймагымдын программалары" }).waitFor();
    await page.getByRole("link", { name: tashKomur }).waitFor();
    await expectAccessible(page, "programs list");

    await page.getByRole("link", { name: tashKomur }).click();
    await page.waitForURL(/\/programs\/\d+$/);
    const found = page.getByTestId("found-count");
    await expect.poll(() => found.textContent()).toBe("27 иш-чара табылды");
    await expect.poll(() => page.getByTestId("measure-row").count()).toBe(27);
    await expectAccessible(page, "program page");

    // search: the cement plant is named in measures 1 and 14 only ("цемент" in action or task)
    await page.getByLabel("Издөө").fill("цемент");
    await expect.poll(() => page.getByTestId("measure-row").count()).toBe(2);
    expect(page.url()).toContain("q=%D1%86%D0%B5%D0%BC%D0%B5%D0%BD%D1%82");
    // status filter on top of it: of those two, only the cement plant's launch (measure 1) is done
    await page.getByLabel("Абалы").selectOption("done");
    await expect.poll(() => found.textContent()).toBe("1 иш-чара табылды");
    await page.getByRole("button", { name: "Чыпкаларды тазалоо" }).click();
    await expect.poll(() => found.textContent()).toBe("27 иш-чара табылды");
    // overdue only: the demo counts 3 overdue measures in Tash-Kömür on 2026-09-30
    await page.getByLabel("Мөөнөтү өткөндөр гана").click();
    await expect.poll(() => found.textContent()).toBe("3 иш-чара табылды");
    await page.getByLabel("Мөөнөтү өткөндөр гана").click();
    await expect.poll(() => found.textContent()).toBe("27 иш-чара табылды");

    await page.getByRole("link", { name: /цемент заводдун ишке киргизүүгө/ }).click();
    await page.waitForURL(/\/measures\/\d+$/);
    await page.getByRole("heading", { name: "Жооптуу аткаруучулар" }).waitFor();
    await page.getByRole("heading", { name: "Өзгөрүүлөр тарыхы" }).waitFor();
    await page.getByRole("heading", { name: "Аткарылышы тууралуу маалымат" }).waitFor();
    expect(await page.getByText("Негизги аткаруучу").count()).toBeGreaterThan(0);
    await expectAccessible(page, "measure page");

    await page.getByTestId("language-switcher").selectOption("ru");
    await page.getByRole("heading", { name: "Ответственные исполнители" }).waitFor();
    await page.getByRole("heading", { name: "История изменений" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("ru");
    await page.getByRole("link", { name: /К программе/ }).click();
    await page.getByRole("heading", { name: "План мероприятий" }).waitFor();
    await expect.poll(() => page.getByTestId("found-count").textContent()).toBe("Найдено 27 мероприятий");
    // the choice survives a reload
    await page.reload();
    await page.getByRole("heading", { name: "План мероприятий" }).waitFor();
  });

  it("on a 360×740 phone the program page does not overflow sideways", async () => {
    const page = await newPage({ width: 360, height: 740 });
    await signIn(page, "viewer.tk", "demo-viewer-tk");
    await page.getByRole("link", { name: tashKomur }).click();
    await expect.poll(() => page.getByTestId("measure-row").count()).toBe(27);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      body: document.body.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(widths.body).toBeLessThanOrEqual(widths.viewport);
  });

  it("a guest opens the public page of a published program, read-only", async () => {
    const page = await newPage();
    // the public pages are the server's own (tests/e2e/public-portal.test.ts covers them in depth)
    await page.goto("/public");
    await page.getByRole("link", { name: "Таш-Көмүр шаары" }).click();
    await page.getByRole("link", { name: tashKomur }).click();
    await page.waitForURL(/\/public\/programs\/\d+$/);
    await page.getByRole("heading", { name: tashKomur }).waitFor();
    expect(await page.getByRole("button", { name: "Чыгуу" }).count()).toBe(0);
    await expectAccessible(page, "public page");
  });
});
