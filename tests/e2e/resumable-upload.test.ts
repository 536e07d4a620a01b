/**
 * A resumable attachment upload on the demo (TODAY 2026-09-30, Q3 open) on a 360×740 phone: a
 * 2.5 MB photo goes in 1 MB pieces; the connection drops with the second piece (Chromium's offline
 * emulation, that request cut), the form shows the wait, the server holds the first piece; back
 * online the same upload continues from byte 1 048 576 (no new upload, no byte sent twice) and
 * the photo is attached exactly once.
 */
import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { hasChromium } from "./browser.ts";
import { useDemoServerAndBrowser } from "./server.ts";

if (!hasChromium)
  console.warn(
    "\n*** e2e resumable upload SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***\n",
  );
const suite = hasChromium ? describe : describe.skip;

const MB = 1024 * 1024;
const SIZE = 2.5 * MB;

/** A session of the API from outside the browser, as executor.tk. */
async function apiSession(url: string) {
  const res = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ login: "executor.tk", password: "demo-executor-tk" }),
  });
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.getSetCookie()[0] ?? "").split(";")[0] as string;
  return (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${url}${path}`, {
      method: init.method ?? "GET",
      headers: {
        cookie,
        "x-csrf-token": csrfToken,
        ...(init.body === undefined ? {} : { "content-type": "application/json" }),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
}

suite("resumable attachment upload (e2e, Chromium, demo)", { timeout: 120_000 }, () => {
  const live = useDemoServerAndBrowser();
  let context: BrowserContext;

  it("continues an upload cut half-way from the last piece once the connection returns, and attaches it once", async () => {
    const call = apiSession(live.server.url);
    const api = await call;
    // a draft of a measure executor.tk has not reported on yet
    const me = (await (await api("/api/v1/auth/me")).json()) as { organizationId: number };
    const measures = (await (
      await api(`/api/v1/programs/1/measures?organization=${me.organizationId}&pageSize=200`)
    ).json()) as { items: { id: number }[] };
    let draft: { id: number; measureId: number } | null = null;
    for (const m of measures.items) {
      const res = await api(`/api/v1/measures/${m.id}/reports/2026-Q3`, {
        method: "PUT",
        body: { status: "in_progress", percent: 40, doneText: "Сүрөт тиркелет." },
      });
      if (res.status === 201) {
        draft = (await res.json()) as { id: number; measureId: number };
        break;
      }
    }
    if (!draft) throw new Error("executor.tk has no measure without a report in 2026-Q3");

    const page = await live.signedInPage("executor.tk", "demo-executor-tk", { width: 360, height: 740 });
    context = page.context();
    await page.goto("/my-reports");
    const card = page.locator(`[data-testid="task-card"][data-measure="${draft.measureId}"]`);
    await card.getByRole("button", { name: "Толтуруу" }).click();
    await card.getByRole("button", { name: "Файл тиркөө" }).waitFor();

    // every tus request of the upload, and the connection cut with the second piece
    const starts: string[] = [];
    const patches: number[] = [];
    let uploadUrl = "";
    await page.route("**/api/v1/reports/*/uploads", (route) => {
      starts.push(route.request().method());
      return route.continue();
    });
    await page.route("**/api/v1/uploads/*", async (route) => {
      const request = route.request();
      if (request.method() !== "PATCH") return route.continue();
      uploadUrl = request.url();
      patches.push(Number(request.headers()["upload-offset"]));
      if (patches.length === 2) {
        await context.setOffline(true);
        return route.abort("internetdisconnected");
      }
      return route.continue();
    });

    const photo = Buffer.alloc(SIZE);
    for (let i = 0; i < SIZE; i++) photo[i] = (i * 7) % 251;
    await card
      .locator('input[type="file"]')
      .setInputFiles({ name: "иш-сүрөт.jpg", mimeType: "image/jpeg", buffer: photo });

    const progress = card.getByTestId("upload-progress");
    await expect.poll(() => progress.getAttribute("data-waiting"), { timeout: 30_000 }).toBe("true");
    await card.getByText("Байланыш үзүлдү").waitFor();
    // the server holds the first piece
    const held = await api(new URL(uploadUrl).pathname, {
      method: "HEAD",
      headers: { "tus-resumable": "1.0.0" },
    });
    expect([held.status, held.headers.get("upload-offset")]).toEqual([200, String(MB)]);

    await context.setOffline(false);
    await card.getByRole("link", { name: "иш-сүрөт.jpg" }).waitFor({ timeout: 30_000 });
    await progress.waitFor({ state: "detached" });

    // one upload; after the cut it went on from the first piece's end, not from 0
    expect(starts).toEqual(["POST"]);
    expect(patches).toEqual([0, MB, MB, 2 * MB]);
    const report = (await (await api(`/api/v1/reports/${draft.id}`)).json()) as {
      attachments: { id: number; fileName: string; size: number }[];
    };
    expect(report.attachments.map((a) => [a.fileName, a.size])).toEqual([["иш-сүрөт.jpg", SIZE]]);
    const down = await api(`/api/v1/attachments/${report.attachments[0]?.id}`);
    expect(Buffer.from(await down.arrayBuffer()).equals(photo)).toBe(true);
    expect(await card.getByRole("link", { name: "иш-сүрөт.jpg" }).count()).toBe(1);
  });
});
