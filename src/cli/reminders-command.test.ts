/**
 * The command-line contract of reminders: `reminders run --json` in a child process on a PGlite
 * folder holding the hand-built case (tests/setup/reminder-world.ts), TODAY pinned to Tuesday
 * 6 Oct 2026, SMTP_URL pointing at a real SMTP server in this test.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderWorld } from "../../tests/setup/reminder-world.ts";
import { startSmtpCapture } from "../../tests/setup/smtp-capture.ts";
import { openStore } from "../operations/shared/open-store.ts";

/** Runs the CLI without blocking this process (the SMTP server answers from here). */
function cli(env: Record<string, string>, args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
      env: { ...process.env, DATABASE_URL: "", ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("reminders run --json (PGlite folder, real SMTP)", () => {
  const data = join(mkdtempSync(join(tmpdir(), "cli-reminders-")), "data");
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
    const store = await openStore({ dataDir: data });
    await createReminderWorld(store.db);
    await store.close();
  }, 120_000);
  afterAll(async () => smtp.close());

  it("makes the day's digests and sends them; a second run of the same day sends nothing", async () => {
    const env = { DATA_DIR: data, TODAY: "2026-10-06", SMTP_URL: smtp.url, MAIL_FROM: "noreply@example.kg" };
    // 4 people owe or are escalated on 6 Oct (worked out in reminders-smtp.test.ts)
    const first = await cli(env, ["reminders", "run", "--json"]);
    expect(first).toEqual({ code: 0, stdout: '{"digests": 4, "sent": 4, "failed": 0}\n', stderr: "" });
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([
      "exec-mo@example.kg",
      "executor-tk@example.kg",
      "head-pd@example.kg",
      "planner-tk@example.kg",
    ]);
    const second = await cli(env, ["reminders", "run", "--json"]);
    expect(second).toEqual({ code: 0, stdout: '{"digests": 0, "sent": 0, "failed": 0}\n', stderr: "" });
    expect(smtp.messages).toHaveLength(4);
  }, 180_000);

  it("without SMTP_URL keeps the next day's digests in the outbox, sending nothing", async () => {
    const run = await cli({ DATA_DIR: data, TODAY: "2026-10-07", SMTP_URL: "" }, ["reminders", "run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      "reminders 2026-10-07: 4 digests queued, 0 sent, 0 failed (no SMTP_URL: messages stay in the outbox)\n",
    );
    expect(smtp.messages).toHaveLength(4);
  }, 180_000);
});
