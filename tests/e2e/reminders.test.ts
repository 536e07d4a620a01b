/**
 * Reminders in the browser, on the demo (TODAY 2026-09-30, Q3 open): the planner reminds the
 * mayor's office from Review → "who has not reported"; its executor sees it in the bell and follows
 * the link to "My reports", then sets their e-mail and weekly digests in the profile; the admin
 * reads the outbox.
 */
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium, signIn } from "./browser.ts";
import { useDemoServerAndBrowser } from "./server.ts";

if (!hasChromium)
  console.warn("\n*** e2e reminders SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***\n");
const suite = hasChromium ? describe : describe.skip;

suite("reminders (e2e, Chromium, demo)", { timeout: 90_000 }, () => {
  const live = useDemoServerAndBrowser();

  async function pageOf(login: string, password: string): Promise<Page> {
    const context = await live.browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: live.server.url,
    });
    const page = await context.newPage();
    await signIn(page, login, password);
    return page;
  }

  it("a planner reminds a body; its executor follows the bell and sets weekly e-mails; the admin reads the outbox", async () => {
    const planner = await pageOf("planner.tk", "demo-planner-tk");
    await planner.goto("/review");
    const program = planner.getByLabel("Программа");
    const tashKomur = await program.evaluate(
      (select: HTMLSelectElement) =>
        [...select.options].find((o) => o.text.startsWith("Таш-Көмүр шаардык мэриясынын"))?.value,
    );
    await program.selectOption(tashKomur as string);
    await planner.getByRole("tab", { name: "Ким отчет бере элек" }).click();
    await planner.getByRole("button", { name: "Эскертүү: Таш-Көмүр шаардык мэриясы" }).click();
    await expect
      .poll(() => planner.getByRole("status").first().textContent())
      .toMatch(/Эскертме жөнөтүлдү: \d+ кишиге/);

    const executor = await pageOf("executor.tk", "demo-executor-tk");
    const bell = executor.getByTestId("bell");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Билдирүүлөр: 1 окула элек");
    await bell.click();
    const item = executor.getByRole("link", { name: /отчеттун мөөнөтү жакындады/ });
    await item.click();
    await executor.waitForURL("**/my-reports");
    await expect.poll(() => bell.getAttribute("aria-label")).toBe("Билдирүүлөр");

    await executor.goto("/profile");
    await executor.getByLabel("Электрондук почта").fill("bakyt@example.kg");
    await executor.getByLabel("Жумасына бир жолу (дүйшөмбү)").check();
    await executor.getByRole("button", { name: "Сактоо" }).click();
    await expect.poll(() => executor.getByText("Сакталды").count()).toBe(1);
    await executor.reload();
    await expect.poll(() => executor.getByLabel("Электрондук почта").inputValue()).toBe("bakyt@example.kg");
    expect(await executor.getByLabel("Жумасына бир жолу (дүйшөмбү)").isChecked()).toBe(true);

    const admin = await pageOf("admin", "demo-admin-1");
    await admin.goto("/admin");
    await admin.getByRole("tab", { name: "Чыгуучу каттар" }).click();
    await expect.poll(() => admin.getByLabel("Абалы").count()).toBe(1);
  });
});
