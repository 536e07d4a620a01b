/**
 * The quarterly reporting cycle in the browser, on an EMPTY PGlite set up through the CLI (a
 * republic, a city, its mayor's office; admin, planner, executor): the planner imports the seed
 * through the wizard and opens the quarter; the executor on a 360×740 phone fills and submits a
 * report; the planner returns it; the executor resubmits; the planner accepts; the dashboard's
 * numbers move; Russian shows the same screen. axe-core on the five reporting screens.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectAccessible, hasChromium, launchBrowser, signIn } from "./browser.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const SEED = join(root, "tests/fixtures/seeds/tash-komur-2026.docx");
const PASSWORD = "password-123";

if (!hasChromium)
  console.warn(
    "\n*** e2e reporting-cycle SKIPPED: /usr/bin/chromium is missing (apt-get install chromium) ***\n",
  );
const suite = hasChromium ? describe : describe.skip;

function cli(dataDir: string, args: string[], stdin?: string): string {
  return execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
    input: stdin,
    encoding: "utf8",
  });
}

async function serve(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "serve"], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: "0", TODAY: "2026-09-30", DATABASE_URL: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    const onData = (c: Buffer) => {
      out += c.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve(m[1]);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`server stopped (${code}):\n${out}`)));
  });
  return { url, child };
}

suite("reporting cycle (e2e, Chromium, empty PGlite)", { timeout: 120_000 }, () => {
  let dataDir = "";
  let server: { url: string; child: ChildProcess };
  let browser: Browser;

  beforeAll(async () => {
    // @ts-expect-error a plain .mjs script without types
    const { buildWebIfNeeded } = (await import("../../scripts/build-web-if-needed.mjs")) as {
      buildWebIfNeeded: () => Promise<boolean>;
    };
    await buildWebIfNeeded();
    dataDir = await mkdtemp(join(tmpdir(), "e2e-cycle-"));
    const [rep, city] = ["41700000000000", "41703420000000"];
    cli(dataDir, [
      "territory",
      "add",
      rep,
      "--level",
      "republic",
      "--ky",
      "Кыргыз Республикасы",
      "--ru",
      "Кыргызская Республика",
    ]);
    cli(dataDir, [
      "territory",
      "add",
      city,
      "--parent",
      rep,
      "--level",
      "city",
      "--ky",
      "Таш-Көмүр шаары",
      "--ru",
      "город Таш-Кумыр",
    ]);
    cli(dataDir, ["org", "add", city, "--name", "Таш-Көмүр шаардык мэриясы"]);
    cli(
      dataDir,
      ["user", "add", "admin", "--role", "admin", "--territory", rep, "--password-stdin"],
      PASSWORD,
    );
    cli(
      dataDir,
      ["user", "add", "planner", "--org", "1", "--role", "planner", "--territory", city, "--password-stdin"],
      PASSWORD,
    );
    cli(
      dataDir,
      [
        "user",
        "add",
        "executor",
        "--org",
        "1",
        "--role",
        "executor",
        "--territory",
        city,
        "--password-stdin",
      ],
      PASSWORD,
    );
    [server, browser] = await Promise.all([serve(dataDir), launchBrowser()]);
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    if (server && server.child.exitCode === null) {
      const exited = new Promise((r) => server.child.once("exit", r));
      server.child.kill("SIGTERM");
      await exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 30_000);

  async function pageAs(login: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const context = await browser.newContext({ viewport, baseURL: server.url, locale: "ky-KG" });
    const page = await context.newPage();
    await signIn(page, login, PASSWORD);
    return page;
  }

  const measuresStat = (page: Page) => page.getByTestId("stat-percent").textContent();

  it("import → report → return → resubmit → accept → dashboard → Russian", async () => {
    const planner = await pageAs("planner");
    // Import the seed through the wizard, as a new program.
    await planner.goto("/import");
    await planner.getByRole("heading", { name: "Планды импорттоо" }).waitFor();
    await expectAccessible(planner, "import wizard");
    await planner.locator('input[type="file"]').setInputFiles(SEED);
    await planner.getByRole("button", { name: "Окуу" }).click();
    await planner.getByText(/27 иш-чара/).waitFor({ timeout: 60_000 });
    await expectAccessible(planner, "import table");
    await planner.getByRole("button", { name: "Кийинки" }).click();
    await planner.getByRole("button", { name: "Кийинки" }).click();
    await planner.getByRole("button", { name: "Сактоо", exact: true }).click();
    await planner.getByText(/Сакталды: программа № 1/).waitFor();

    // No quarter is open yet: the dashboard still opens on today's (2026-09-30), not the last one.
    await planner.goto("/dashboard");
    await planner.getByTestId("stat-percent").waitFor();
    expect(await planner.getByLabel("Отчеттук мезгил").inputValue()).toBe("2026-Q3");

    // Open 2026-Q3 and read the dashboard before any report.
    await planner.goto("/review?program=1&period=2026-Q3");
    await planner.getByRole("tab", { name: "Отчеттук мезгилдер" }).click();
    await planner.getByRole("button", { name: "Ачуу 2026-Q3" }).click();
    await planner.getByRole("button", { name: "Жабуу 2026-Q3" }).waitFor();
    await planner.goto("/dashboard?program=1&period=2026-Q3");
    await planner.getByTestId("stat-percent").waitFor();
    const before = await measuresStat(planner);
    await expectAccessible(planner, "dashboard");

    // The executor, on a phone, fills the first measure's report and submits it.
    const phone = await pageAs("executor", { width: 360, height: 740 });
    await phone.goto("/my-reports");
    const card = phone.getByTestId("task-card").first();
    await card.waitFor();
    await expectAccessible(phone, "my reports");
    await card.getByRole("button", { name: "Толтуруу" }).click();
    await card.getByLabel("Абалы").selectOption("done");
    await card.getByLabel("Аткарылышы, %").fill("100");
    await card.getByLabel("Аткарылган иштер").fill("Завод ишке кирди.");
    await expect
      .poll(() => card.locator("[data-save-state]").getAttribute("data-save-state"), { timeout: 15_000 })
      .toBe("saved");
    await card.getByRole("button", { name: "Жөнөтүү" }).click();
    await card.getByText("Жөнөтүлдү").waitFor();

    // The planner returns it with a comment.
    await planner.goto("/review?program=1&period=2026-Q3");
    const row = planner.getByTestId("review-row").first();
    await row.getByRole("button", { name: "Кайтаруу" }).waitFor();
    await expectAccessible(planner, "review with a submitted report");
    await row.getByRole("button", { name: "Кайтаруу" }).click();
    await planner.getByLabel("Кайтаруунун себеби (пикир)").fill("Сүрөт тиркеңиз.");
    await planner.getByRole("dialog").getByRole("button", { name: "Кайтаруу" }).click();
    await planner.getByText("Бул мезгилде текшерүүчү отчет жок.").waitFor();

    // The executor sees it returned with the comment and resubmits.
    await phone.reload();
    const back = phone.getByTestId("task-card").first();
    await back.getByText("Сүрөт тиркеңиз.").waitFor();
    await back.getByRole("button", { name: "Жөнөтүү" }).click();
    await back.getByText("Жөнөтүлдү").waitFor();

    // The planner accepts; the dashboard's average progress moves.
    await planner.reload();
    await planner.getByTestId("review-row").first().getByRole("button", { name: "Кабыл алуу" }).click();
    await planner.getByText("Бул мезгилде текшерүүчү отчет жок.").waitFor();
    await planner.goto("/dashboard?program=1&period=2026-Q3");
    await planner.getByTestId("stat-percent").waitFor();
    await expect.poll(() => measuresStat(planner)).not.toBe(before);

    // Russian: the same screen.
    await planner.getByTestId("language-switcher").selectOption("ru");
    await planner.getByRole("heading", { name: "Панель показателей" }).waitFor();

    const admin = await pageAs("admin");
    await admin.goto("/admin");
    await admin.getByRole("heading", { name: "Башкаруу" }).waitFor();
    await admin.getByRole("cell", { name: /^planner/ }).waitFor();
    await expectAccessible(admin, "admin");
  });
});
