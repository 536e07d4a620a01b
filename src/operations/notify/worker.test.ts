/**
 * The server's worker: with the hour passed it makes the day's reminders once and sends them
 * through SMTP on its next ticks; stopping waits for the tick in progress and ends the loop.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderWorld } from "../../../tests/setup/reminder-world.ts";
import { startSmtpCapture } from "../../../tests/setup/smtp-capture.ts";
import { freshDatabase } from "../../../tests/setup/test-db.ts";
import { outbox } from "../../db/schema.ts";
import { startNotifyWorker } from "./worker.ts";

describe("the notification worker", () => {
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => smtp.close());

  it("reminds once a day after the hour, sends every few ticks, and stops cleanly", async () => {
    const connection = await freshDatabase("pglite");
    await createReminderWorld(connection.db);
    const settings = { smtpUrl: smtp.url, from: "noreply@example.kg", appUrl: "https://x.kg", daysBefore: 3 };
    const today = () => new Date("2026-10-06T00:00:00Z");
    const lines: string[] = [];
    // 07:00 is before REMINDER_HOUR 8: nothing is made
    const early = startNotifyWorker({
      connection,
      settings: { ...settings, hour: 8 },
      today,
      now: () => new Date(2026, 9, 6, 7, 0),
      intervalMs: 20,
      log: (l) => lines.push(l),
    });
    await new Promise((r) => setTimeout(r, 300));
    await early.stop();
    expect(await connection.db.$count(outbox)).toBe(0);

    const worker = startNotifyWorker({
      connection,
      settings: { ...settings, hour: 8 },
      today,
      now: () => new Date(2026, 9, 6, 9, 0),
      intervalMs: 20,
      log: (l) => lines.push(l),
    });
    for (let i = 0; i < 200 && smtp.messages.length < 4; i++) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 300)); // more ticks: nothing more is made or sent
    await worker.stop();
    expect(smtp.messages).toHaveLength(4);
    expect(await connection.db.$count(outbox)).toBe(4);
    expect(lines).toEqual(["reminders 2026-10-06: 4 digests queued", "outbox: 4 sent, 0 failed attempts"]);
  }, 60_000);
});
