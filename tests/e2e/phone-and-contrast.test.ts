/**
 * Issue 9 in the browser, on the demo (TODAY 2026-09-30): the phone menu reaches every screen at
 * 360×740; axe (every rule, colour contrast included) on every screen and state once its data has
 * loaded; status chips never cut their label; the action table's sticky header stays below the top
 * bar; each screen names the browser tab; the dashboard opens on today's quarter and lists the
 * bodies not matched to an organization.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, hasChromium, signIn } from "./browser.ts";
import { useDemoServerAndBrowser } from "./server.ts";

if (!hasChromium)
  console.warn(
    "\n*** e2e phone-and-contrast SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***\n",
  );

const suite = hasChromium ? describe : describe.skip;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 740 };

/** The menu entries and where each leads, in menu order. */
const MENU = {
  programs: { label: "Программалар", path: "/programs", heading: /^Программалар$/ },
  myReports: { label: "Менин отчетторум", path: "/my-reports", heading: /^Менин отчетторум$/ },
  review: { label: "Текшерүү", path: "/review", heading: /^Отчетторду текшерүү$/ },
  dashboard: { label: "Көрсөткүчтөр", path: "/dashboard", heading: /^Көрсөткүчтөр тактасы$/ },
  // "Аймактар" opens the user's own territory: Tash-Kömür for its planner, the republic for the admin
  territories: {
    label: "Аймактар",
    path: "/territories/*",
    heading: /^(Таш-Көмүр шаары|Кыргыз Республикасы)$/,
  },
  imports: { label: "Импорт", path: "/import", heading: /^Планды импорттоо$/ },
  admin: { label: "Башкаруу", path: "/admin", heading: /^Башкаруу$/ },
};
type Entry = (typeof MENU)[keyof typeof MENU];

suite("phone menu, contrast, chips, sticky header, titles (e2e, Chromium)", { timeout: 120_000 }, () => {
  const live = useDemoServerAndBrowser();
  const contexts: BrowserContext[] = [];

  async function newPage(viewport = DESKTOP): Promise<Page> {
    const context = await live.browser.newContext({ viewport, baseURL: live.server.url, locale: "ky-KG" });
    contexts.push(context);
    return context.newPage();
  }

  async function signedIn(login: string, password: string, viewport = DESKTOP): Promise<Page> {
    const page = await newPage(viewport);
    await signIn(page, login, password);
    return page;
  }

  const heading = (page: Page) => page.locator("h1").first();
  const tashKomur = /Таш-Көмүр шаардык мэриясынын 2026/;

  async function openProgram(page: Page) {
    await page.getByRole("link", { name: tashKomur }).first().click();
    await page.waitForURL(/\/programs\/\d+$/);
    await expect.poll(() => page.getByTestId("measure-row").count()).toBe(27);
  }

  async function openDashboard(page: Page) {
    await page.goto("/dashboard");
    await page.getByTestId("stat-percent").waitFor();
    await page.getByRole("table", { name: "Жооптуу аткаруучулар боюнча аткарылышы" }).waitFor();
  }

  async function expectMenuReaches(page: Page, entries: Entry[]) {
    const button = page.getByRole("button", { name: "Менюну ачуу" });
    // the header's own menu is hidden on a phone; nothing sticks out on the right
    expect(await page.getByRole("banner").getByRole("link", { name: "Импорт" }).count()).toBe(0);
    for (const entry of entries) {
      await button.click();
      const drawer = page.getByRole("dialog", { name: "Негизги меню" });
      await drawer.waitFor();
      const links = drawer.getByRole("navigation").getByRole("link");
      expect(await links.allTextContents()).toEqual(entries.map((e) => e.label));
      await drawer.getByRole("link", { name: entry.label, exact: true }).click();
      await page.waitForURL(`**${entry.path}`);
      await expect.poll(() => heading(page).textContent()).toMatch(entry.heading);
      await drawer.waitFor({ state: "detached" });
      expect(await page.title()).toBe(`${entry.label} — СЭӨП`);
      const widths = await page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]");
      const [scroll, inner] = widths as [number, number];
      expect(scroll, `page width on ${entry.path}`).toBeLessThanOrEqual(inner);
    }
  }

  it("on a 360×740 phone the menu button opens a drawer that reaches every screen", async () => {
    const planner = await signedIn("planner.tk", "demo-planner-tk", PHONE);
    await expectMenuReaches(planner, [
      MENU.programs,
      MENU.review,
      MENU.dashboard,
      MENU.territories,
      MENU.imports,
    ]);
    await planner.getByRole("button", { name: "Менюну ачуу" }).click();
    await planner.getByRole("dialog", { name: "Негизги меню" }).waitFor();
    await expectAccessible(planner, "phone menu open");
    await planner.keyboard.press("Escape");
    await planner.getByRole("dialog").waitFor({ state: "detached" });

    const admin = await signedIn("admin", "demo-admin-1", PHONE);
    await expectMenuReaches(admin, Object.values(MENU));
  });

  it("an executor's My reports lists their measures on a phone although other territories' programs are public", async () => {
    const executor = await signedIn("executor.tk", "demo-executor-tk", PHONE);
    await executor.goto("/my-reports");
    await expect.poll(() => executor.getByTestId("task-card").count()).toBeGreaterThan(0);
    expect(await executor.getByText("Бул маалыматты көрүүгө укугуңуз жок").count()).toBe(0);
    await expectAccessible(executor, "my reports (phone)");
  });

  it("axe finds no serious violation (colour contrast included) on any screen and state", async () => {
    const guest = await newPage();
    await guest.goto("/login");
    await guest.getByRole("heading", { name: "Системага кирүү" }).waitFor();
    await expectAccessible(guest, "login");
    await guest.goto("/public");
    await guest.getByRole("link", { name: "Таш-Көмүр шаары" }).click();
    await guest.getByRole("link", { name: tashKomur }).first().waitFor();
    await expectAccessible(guest, "public list");
    await guest.getByRole("link", { name: tashKomur }).first().click();
    await guest.getByRole("heading", { name: tashKomur }).waitFor();
    await expectAccessible(guest, "public program");
    await guest.goto("/no-such-page");
    await guest.getByRole("heading", { name: "Барак табылган жок" }).waitFor();
    await expectAccessible(guest, "not found");

    const planner = await signedIn("planner.tk", "demo-planner-tk");
    await planner.getByRole("link", { name: tashKomur }).first().waitFor();
    await expectAccessible(planner, "programs");
    await openProgram(planner);
    await expectAccessible(planner, "program");
    await planner.getByLabel("Мөөнөтү өткөндөр гана").click();
    await expect.poll(() => planner.getByTestId("measure-row").count()).toBe(3);
    await expectAccessible(planner, "program, overdue only");
    await planner.getByTestId("measure-row").first().getByRole("link").first().click();
    await planner.waitForURL(/\/measures\/\d+$/);
    await planner.getByRole("heading", { name: "Өзгөрүүлөр тарыхы" }).waitFor();
    await expectAccessible(planner, "measure");

    await openDashboard(planner);
    await expect.poll(() => planner.locator("svg").count()).toBeGreaterThan(0);
    await expectAccessible(planner, "dashboard with data");

    // review with a submitted report: its row, its details, the return dialog; the other tabs
    await planner.goto("/review");
    const row = planner.getByTestId("review-row").first();
    await row.getByRole("button", { name: "Кайтаруу" }).waitFor();
    await expectAccessible(planner, "review with a submitted report");
    await row.getByRole("button", { name: "Толугураак" }).click();
    await planner.getByText("Аткарылган иштер").first().waitFor();
    await expectAccessible(planner, "review, report details open");
    await row.getByRole("checkbox").check();
    await expectAccessible(planner, "review, a report selected");
    await row.getByRole("button", { name: "Кайтаруу" }).click();
    await planner.getByRole("dialog").getByLabel("Кайтаруунун себеби (пикир)").fill("Сүрөт тиркеңиз.");
    await expectAccessible(planner, "review, return dialog");
    await planner.keyboard.press("Escape");
    await planner.getByRole("dialog").waitFor({ state: "detached" });
    await planner.getByRole("tab", { name: "Ким отчет бере элек" }).click();
    await planner.getByRole("tabpanel").getByRole("table").first().waitFor();
    await expectAccessible(planner, "review, who has not reported");
    await planner.getByRole("tab", { name: "Отчеттук мезгилдер" }).click();
    await planner.getByRole("button", { name: "Жабуу 2026-Q3" }).waitFor();
    await expectAccessible(planner, "review, periods");

    await planner.goto("/import");
    await planner.getByRole("heading", { name: "Планды импорттоо" }).waitFor();
    await expectAccessible(planner, "import");

    // "My reports" (list and form, on a phone) is checked in reporting-cycle.test.ts.

    const admin = await signedIn("admin", "demo-admin-1");
    await admin.goto("/admin");
    await admin.getByRole("cell", { name: /^planner\.tk/ }).waitFor();
    await expectAccessible(admin, "admin, users");
    for (const [tab, shows] of [
      ["Уюмдар", "Суу чарба ишканасы"],
      ["Аймактар", "Таш-Көмүр шаары"],
    ] as const) {
      await admin.getByRole("tab", { name: tab }).click();
      await admin.getByRole("tabpanel").getByText(shows).first().waitFor();
      await expectAccessible(admin, `admin, ${tab}`);
    }
  });

  it("status chips never cut their label, in the program table and the dashboard, at both sizes", async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await signedIn("planner.tk", "demo-planner-tk", viewport);
      await openProgram(page);
      await expectChipsWhole(page, `program at ${viewport.width}`);
      await openDashboard(page);
      await expect.poll(() => page.getByText("Мөөнөтү өткөн иш-чаралар").count()).toBe(1);
      await expectChipsWhole(page, `dashboard at ${viewport.width}`);
    }
  });

  async function expectChipsWhole(page: Page, where: string) {
    const chips = (await page.evaluate(`[...document.querySelectorAll("[data-chip]")].flatMap((chip) =>
      [chip, ...chip.children].map((e) => ({
        text: chip.textContent, scroll: e.scrollWidth, client: e.clientWidth,
      })))`)) as { text: string; scroll: number; client: number }[];
    expect(chips.length, `chips on ${where}`).toBeGreaterThan(0);
    const cut = chips.filter((c) => c.scroll > c.client);
    expect(cut, `cut chips on ${where}`).toEqual([]);
  }

  it("the action table's header sticks right below the top bar while the page scrolls", async () => {
    const page = await signedIn("planner.tk", "demo-planner-tk");
    await openProgram(page);
    const table = page.getByTestId("measure-table");
    const head = table.locator("thead");
    const bar = page.getByRole("banner");
    const before = await head.boundingBox();
    await page.getByTestId("measure-row").nth(20).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 300);
    await expect.poll(async () => (await table.boundingBox())?.y ?? 0).toBeLessThan(0);
    const [barBox, headBox] = await Promise.all([bar.boundingBox(), head.boundingBox()]);
    if (!barBox || !headBox || !before) throw new Error("no box");
    // the table itself has scrolled up past the bar, its header has not
    expect(headBox.y).toBeLessThan(before.y);
    expect(Math.abs(headBox.y - (barBox.y + barBox.height))).toBeLessThanOrEqual(1);
    // and the header is what the eye meets there: the top element under its middle is in it
    const x = headBox.x + 40;
    const y = headBox.y + headBox.height / 2;
    const inHead = await page.evaluate(`!!document.elementFromPoint(${x}, ${y})?.closest("thead")`);
    expect(inHead).toBe(true);
  });

  it("each screen names the browser tab, in the UI language", async () => {
    const page = await signedIn("planner.tk", "demo-planner-tk");
    await expect.poll(() => page.title()).toBe("Программалар — СЭӨП");
    await openProgram(page);
    await expect.poll(() => page.title()).toBe("Программа — СЭӨП");
    await page.getByTestId("measure-row").first().getByRole("link").first().click();
    await page.waitForURL(/\/measures\/\d+$/);
    await expect.poll(() => page.title()).toBe("Иш-чара — СЭӨП");
    await page.goto("/dashboard");
    await expect.poll(() => page.title()).toBe("Көрсөткүчтөр — СЭӨП");
    await page.goto("/review");
    await expect.poll(() => page.title()).toBe("Текшерүү — СЭӨП");
    await page.goto("/nowhere");
    await expect.poll(() => page.title()).toBe("Барак табылган жок — СЭӨП");
    await page.goto("/programs/1");
    await page.getByTestId("language-switcher").selectOption("ru");
    await expect.poll(() => page.title()).toBe("Программа — ПСЭР");
    await page.getByTestId("language-switcher").selectOption("en");
    await expect.poll(() => page.title()).toBe("Program — SEDP");
    await page.getByTestId("language-switcher").selectOption("ky");
    await page.goto("/login");
    await expect.poll(() => page.title()).toBe("Системага кирүү — СЭӨП");
  });

  it("the dashboard opens on today's quarter and lists the bodies without an organization", async () => {
    const page = await signedIn("planner.tk", "demo-planner-tk");
    await openDashboard(page);
    expect(await page.getByLabel("Отчеттук мезгил").inputValue()).toBe("2026-Q3");
    await page.getByText("Отчет берүү деңгээли (2026-Q3)").waitFor();
    // the demo's Tash-Kömür plan names 10 bodies it could not link to an organization
    const bodies = page.getByRole("table", { name: "Жооптуу аткаруучулар боюнча аткарылышы" });
    const unmatched = bodies.locator("tbody tr").filter({ hasText: "(уюмга байланган эмес)" });
    await expect.poll(() => unmatched.count()).toBeGreaterThan(0);
    const matched = bodies.locator("tbody tr").filter({ hasNotText: "(уюмга байланган эмес)" });
    expect(await matched.count()).toBeGreaterThan(0);
    // a quarter chosen by hand stays chosen
    await page.getByLabel("Отчеттук мезгил").selectOption("2026-Q1");
    await page.getByText("Отчет берүү деңгээли (2026-Q1)").waitFor();
    expect(page.url()).toContain("period=2026-Q1");
  });
});
