/**
 * The offline executor on the demo (TODAY 2026-09-30, Q3 open), on a 360×740 phone with Chromium's
 * offline emulation: "My reports" loads once online (the service worker caches the app shell and
 * the executor's own measures), the connection drops, the page reloads and still lists the
 * measures; a new report is filled and submitted offline and a draft is edited — both wait to be
 * sent (per card and as a count in the header) and survive another offline reload. Meanwhile
 * another session changes the draft through the API. Back online: the new report arrives once,
 * submitted; the draft's conflict shows both versions; "keep mine" sends mine on their version.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium } from "./browser.ts";
import { useDemoServerAndBrowser } from "./server.ts";

if (!hasChromium)
  console.warn(
    "\n*** e2e offline executor SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***\n",
  );
const suite = hasChromium ? describe : describe.skip;

type Row = { id: number; measureId: number; workflow: string; rowVersion: number };
type Report = Row & { doneText: string; status: string; percent: number; delayReason: string };

/** A second session of the API, from outside the browser (another device of the same body). */
async function apiSession(url: string, login: string, password: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login, password }),
  });
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0] as string;
  const call = async <T>(method: string, path: string, body?: unknown, ifMatch?: string) => {
    const headers: Record<string, string> = { cookie, "x-csrf-token": csrfToken };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (ifMatch) headers["if-match"] = ifMatch;
    const r = await fetch(`${url}/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as T };
  };
  return call;
}

suite("offline executor (e2e, Chromium, demo)", { timeout: 180_000 }, () => {
  const live = useDemoServerAndBrowser();
  let context: BrowserContext;

  const cardOf = (page: Page, measureId: number) =>
    page.locator(`[data-testid="task-card"][data-measure="${measureId}"]`);

  it("keeps reports made offline, sends them once back online, and shows a conflict with both versions", async () => {
    const other = await apiSession(live.server.url, "executor.tk", "demo-executor-tk");
    const me = (await other<{ organizationId: number }>("GET", "/auth/me")).body;
    const programs = (
      await other<{ items: { id: number; title: string }[] }>("GET", "/programs?pageSize=200")
    ).body;
    const reportsOf = async () => {
      const all: Row[] = [];
      for (const p of programs.items) {
        const page = await other<{ items: Row[] }>(
          "GET",
          `/programs/${p.id}/reports?period=2026-Q3&organization=${me.organizationId}&pageSize=200`,
        );
        if (page.status === 200) all.push(...page.body.items);
      }
      return all;
    };
    const page = await live.signedInPage("executor.tk", "demo-executor-tk", { width: 360, height: 740 });
    context = page.context();
    await page.goto("/my-reports");
    // the service worker takes this page over, then a reload goes through it and fills its cache
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await page.getByTestId("task-card").first().waitFor();
    const measures = await page
      .getByTestId("task-card")
      .evaluateAll((cards) => cards.map((c) => Number(c.getAttribute("data-measure"))));
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    // a measure with no report yet (filled and submitted offline) and one with a draft (edited
    // offline), made by the other session before this page loads it
    const unreported = async () => {
      const reported = new Set((await reportsOf()).map((r) => r.measureId));
      return measures.filter((id) => !reported.has(id));
    };
    const [fresh, second] = await unreported();
    expect(fresh).toBeDefined();
    expect(second).toBeDefined();
    const made = await other<Report>("PUT", `/measures/${second}/reports/2026-Q3`, {
      status: "in_progress",
      percent: 30,
      doneText: "Башталды.",
      delayReason: "Каражат кечигип келди.",
    });
    expect(made.status).toBe(201);
    const draft = made.body;
    const before = await reportsOf();
    await page.reload();
    await page.getByTestId("task-card").first().waitFor();
    // each form is opened once online, so its measure and report are in the cache too
    for (const id of [fresh as number, draft.measureId]) {
      const card = cardOf(page, id);
      await card.getByRole("button", { name: "Толтуруу" }).click();
      await card.getByLabel("Аткарылган иштер").waitFor();
    }

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.getByTestId("task-card").count(), { timeout: 20_000 }).toBe(measures.length);

    const a = cardOf(page, fresh as number);
    await a.getByRole("button", { name: "Толтуруу" }).click();
    await a.getByLabel("Абалы").selectOption("done");
    await a.getByLabel("Аткарылган иштер").fill("Офлайн толтурулду.");
    await a.getByRole("button", { name: "Жөнөтүү", exact: true }).click();
    await a.getByTestId("will-submit").waitFor();
    await expect.poll(() => a.locator("[data-save-state]").getAttribute("data-save-state")).toBe("waiting");
    await a.getByTestId("queued-chip").waitFor();

    const b = cardOf(page, draft.measureId);
    await b.getByRole("button", { name: "Толтуруу" }).click();
    await b.getByLabel("Аткарылган иштер").fill("Менин нускам: офлайн жазылды.");
    await expect.poll(() => b.locator("[data-save-state]").getAttribute("data-save-state")).toBe("waiting");
    const count = page.getByTestId("outbox-count");
    await expect.poll(() => count.getAttribute("aria-label")).toBe("2 отчет жөнөтүүнү күтүүдө");

    // someone else saves the draft meanwhile (another device of the same body)
    const theirs = await other<Report>("GET", `/reports/${draft.id}`);
    const changed = await other<Report>(
      "PUT",
      `/measures/${draft.measureId}/reports/2026-Q3`,
      {
        status: theirs.body.status,
        percent: theirs.body.percent,
        doneText: "Алардын нускасы: серверде.",
        delayReason: theirs.body.delayReason,
      },
      `"${theirs.body.rowVersion}"`,
    );
    expect(changed.status).toBe(200);

    // still offline, the page reloads: the queue is in IndexedDB, nothing is lost
    await page.reload();
    await expect
      .poll(() => page.getByTestId("outbox-count").getAttribute("aria-label"), { timeout: 20_000 })
      .toBe("2 отчет жөнөтүүнү күтүүдө");
    await expect.poll(() => page.getByTestId("queued-chip").count()).toBe(2);

    await context.setOffline(false);
    // the conflict: both versions side by side, nothing overwritten
    const dialog = page.getByRole("dialog", { name: "Отчетту башка бирөө өзгөрттү" });
    await dialog.waitFor({ timeout: 30_000 });
    await dialog.getByText("Менин нускам: офлайн жазылды.").waitFor();
    await dialog.getByText("Алардын нускасы: серверде.").waitFor();
    expect((await other<Report>("GET", `/reports/${draft.id}`)).body.doneText).toBe(
      "Алардын нускасы: серверде.",
    );

    // the new report arrived once, submitted, with what was typed offline
    const after = await reportsOf();
    const created = after.filter((r) => r.measureId === fresh);
    expect(created.map((r) => r.workflow)).toEqual(["submitted"]);
    const sent = await other<Report>("GET", `/reports/${created[0]?.id}`);
    expect([sent.body.doneText, sent.body.status, sent.body.percent]).toEqual([
      "Офлайн толтурулду.",
      "done",
      100,
    ]);
    expect(after.length).toBe(before.length + 1);

    // keep mine: sent again on their version
    await dialog.getByRole("button", { name: "Меникин калтыруу" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect
      .poll(async () => (await other<Report>("GET", `/reports/${draft.id}`)).body.doneText, {
        timeout: 20_000,
      })
      .toBe("Менин нускам: офлайн жазылды.");
    await expect.poll(() => page.getByTestId("outbox-count").count()).toBe(0);
    expect(await page.getByTestId("queued-chip").count()).toBe(0);
  });
});
