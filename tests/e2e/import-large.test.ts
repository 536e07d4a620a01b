/**
 * A large import end to end: a 2,000-row district plan (about 1.6 MB of text, 1.4 MB as plan/v1)
 * uploaded as planner.tk, one unreadable deadline fixed in the wizard (a PATCH of the import
 * session), saved by the session's id (no plan in the body, so no 1 MB limit), then the program
 * opened with all 2,000 measures and the fixed deadline.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium } from "./browser.ts";
import { largePlanText } from "./large-plan.ts";
import { useDemoServerAndBrowser } from "./server.ts";

if (!hasChromium)
  console.warn(
    "\n*** e2e large import test SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***\n",
  );

const suite = hasChromium ? describe : describe.skip;
const MEASURES = 2000;
const UNCLEAR = 3; // row "3" has the deadline "такталат", which the importer cannot read

suite("large import (e2e, Chromium)", { timeout: 180_000 }, () => {
  const live = useDemoServerAndBrowser();
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "import-large-"));
  }, 180_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it("uploads a 2,000-row plan, fixes a cell in the session, saves it and opens the program", async () => {
    const file = join(dir, "district-plan-2000.txt");
    await writeFile(file, largePlanText(MEASURES, 40, UNCLEAR));
    const context = await live.browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: live.server.url,
      locale: "ky-KG",
    });
    const page = await context.newPage();
    await page.goto("/login");
    await page.getByLabel("Логин").fill("planner.tk");
    await page.getByLabel("Сырсөз").fill("demo-planner-tk");
    await page.locator("form").getByRole("button", { name: "Кирүү" }).click();
    await page.waitForURL("**/programs");

    await page.goto("/import");
    await page.locator('input[type="file"]').setInputFiles(file);
    const uploadStarted = performance.now();
    await page.getByRole("button", { name: "Окуу" }).click();
    await page.getByText(`${MEASURES} иш-чара`, { exact: true }).waitFor({ timeout: 60_000 });
    const previewMs = performance.now() - uploadStarted;

    // the unreadable deadline is marked; fixing it sends one small PATCH and the mark goes
    await expect.poll(() => page.locator("tr[data-warning]").count()).toBe(1);
    const deadline = page.getByLabel(`Ишке ашыруу мөөнөтү ${UNCLEAR}`, { exact: true });
    const patched = page.waitForResponse(
      (r) => r.request().method() === "PATCH" && /\/api\/v1\/imports\/\d+$/.test(r.url()),
    );
    await deadline.fill("2026-жылдын III-кварталы");
    await deadline.press("Tab");
    const answer = await patched;
    expect(answer.status()).toBe(200);
    expect(answer.request().postData()?.length ?? 0).toBeLessThan(1000);
    await expect.poll(() => page.locator("tr[data-warning]").count()).toBe(0);
    await page.getByText("2026-07-01 – 2026-09-30").first().waitFor();

    await page.getByRole("button", { name: "Кийинки" }).click();
    await page.getByRole("button", { name: "Кийинки" }).click();
    const saveStarted = performance.now();
    const saved = page.waitForResponse(
      (r) => r.request().method() === "POST" && /\/api\/v1\/imports\/\d+\/save$/.test(r.url()),
    );
    await page.getByTestId("save-import").click();
    expect((await saved).status()).toBe(201);
    await page.getByText(/Сакталды: программа №/).waitFor({ timeout: 60_000 });
    const saveMs = performance.now() - saveStarted;
    await page.getByRole("link", { name: "Программаны ачуу" }).click();
    await page.waitForURL(/\/programs\/\d+$/);
    console.log(
      `large import in the browser: preview ${Math.round(previewMs)} ms, save ${Math.round(saveMs)} ms (${MEASURES} rows)`,
    );

    const found = page.getByTestId("found-count");
    await expect.poll(() => found.textContent(), { timeout: 30_000 }).toBe(`${MEASURES} иш-чара табылды`);
    await page.getByLabel("Издөө").fill(`Шаардын ${UNCLEAR}-көчөсүнө`);
    await expect.poll(() => found.textContent()).toBe("1 иш-чара табылды");
    const row = page.getByTestId("measure-row");
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain("2026-жылдын III-кварталы");
    await context.close();
  });
});
