/**
 * Reminders end to end against a real SMTP server started here: the hand-built case of
 * tests/setup/reminder-world.ts, one pass on Tuesday 6 Oct 2026 (Q3 was due on Monday 5 Oct, so
 * everything owed is one day late and escalated), then the sender.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createReminderWorld } from "../../../tests/setup/reminder-world.ts";
import { type CapturedMail, startSmtpCapture } from "../../../tests/setup/smtp-capture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { connect } from "../../db/connect.ts";
import { notifications, outbox } from "../../db/schema.ts";
import { runReminders } from "./run-reminders.ts";
import { claimMessage, INTERRUPTED, outgoing, sendOutbox } from "./send-outbox.ts";
import { smtpChannel } from "./smtp-channel.ts";

const DAY = "2026-10-06";
const APP = "https://plans.example.kg";
const FROM = "Пландар <noreply@example.kg>";

/** A message as "to | subject" and its group and measure lines. */
function shape(mail: CapturedMail) {
  const lines = mail.text.split("\n");
  return {
    to: mail.to.join(","),
    subject: mail.subject,
    hello: lines[0],
    lines: lines.filter((l) => /^(- |Программа:|Program:)/.test(l)),
  };
}

const byRecipient = (mails: CapturedMail[]) =>
  Object.fromEntries(mails.map((m) => [m.to.join(","), shape(m)]));

const MO = "Таш-Көмүр шаардык мэриясы";
const PD = "Муниципалдык менчик департаменти";

describe.each(testEngines())("reminders through a real SMTP server on %s", (engine) => {
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
  beforeAll(async () => {
    smtp = await startSmtpCapture();
  });
  afterAll(async () => smtp.close());

  it("sends one digest per person, grouped by program, in their language, and nothing on a second pass", async () => {
    const connection = await freshDatabase(engine);
    const w = await createReminderWorld(connection.db);
    smtp.messages.length = 0;
    const first = await runReminders(connection.db, { today: DAY, daysBefore: 3, appUrl: APP });
    expect(first).toEqual({ digests: 4, people: 4 });
    const channel = smtpChannel(smtp.url, FROM);
    const now = () => new Date("2026-10-06T08:00:00Z");
    expect(await sendOutbox(connection, channel, { now })).toEqual({ sent: 4, failed: 0 });
    // Worked out by hand: owed on 6 Oct are A1 (mayor, property), A2 (property), B1 (property); A3 is
    // a Q1 measure, A4's report is submitted. Late by 1 day (due 05.10.2026): heads and planners too.
    expect(byRecipient(smtp.messages)).toEqual({
      "exec-mo@example.kg": {
        to: "exec-mo@example.kg",
        subject: "Напоминание об отчётах (06.10.2026): 1",
        hello: "Здравствуйте, Айбек!",
        lines: [
          "Программа: Шаар программасы",
          `- № 1 Көпүрөнү оңдоо — ${MO}, 2026-Q3: просрочен на 1 дн. (срок 05.10.2026)`,
        ],
      },
      "executor-tk@example.kg": {
        to: "executor-tk@example.kg",
        subject: "Reports reminder (06.10.2026): 3",
        hello: "Hello executor-tk,",
        lines: [
          "Program: Айыл программасы",
          `- № 1 Суу түтүгү — ${PD}, 2026-Q3: overdue by 1 d. (due 05.10.2026)`,
          "Program: Шаар программасы",
          `- № 1 Көпүрөнү оңдоо — ${PD}, 2026-Q3: overdue by 1 d. (due 05.10.2026)`,
          `- № 2 Мектепти жылуулоо — ${PD}, 2026-Q3: overdue by 1 d. (due 05.10.2026)`,
        ],
      },
      "head-pd@example.kg": {
        to: "head-pd@example.kg",
        subject: "Напоминание об отчётах (06.10.2026): 3",
        hello: "Здравствуйте, Нурлан!",
        lines: [
          "Программа: Айыл программасы",
          `- № 1 Суу түтүгү — ${PD}, 2026-Q3: просрочен на 1 дн. (срок 05.10.2026)`,
          "Программа: Шаар программасы",
          `- № 1 Көпүрөнү оңдоо — ${PD}, 2026-Q3: просрочен на 1 дн. (срок 05.10.2026)`,
          `- № 2 Мектепти жылуулоо — ${PD}, 2026-Q3: просрочен на 1 дн. (срок 05.10.2026)`,
        ],
      },
      "planner-tk@example.kg": {
        to: "planner-tk@example.kg",
        subject: "Отчеттор боюнча эскертме (06.10.2026): 4 отчет",
        hello: "Саламатсызбы, planner-tk!",
        lines: [
          "Программа: Айыл программасы",
          `- № 1 Суу түтүгү — ${PD}, 2026-Q3: 1 күн кечикти (мөөнөтү 05.10.2026)`,
          "Программа: Шаар программасы",
          `- № 1 Көпүрөнү оңдоо — ${MO}, 2026-Q3: 1 күн кечикти (мөөнөтү 05.10.2026)`,
          `- № 1 Көпүрөнү оңдоо — ${PD}, 2026-Q3: 1 күн кечикти (мөөнөтү 05.10.2026)`,
          `- № 2 Мектепти жылуулоо — ${PD}, 2026-Q3: 1 күн кечикти (мөөнөтү 05.10.2026)`,
        ],
      },
    });
    const planner = smtp.messages.find((m) => m.to[0] === "planner-tk@example.kg") as CapturedMail;
    // links to the exact screens and the unsubscribe link, in the text, the HTML and the header
    expect(planner.text).toContain(`${APP}/review?program=${w.programs.a}&period=2026-Q3`);
    expect(planner.text).toContain(`${APP}/measures/${w.measures.a2}`);
    expect(planner.text).toMatch(new RegExp(`${APP}/unsubscribe/[\\w-]{32}`));
    expect(planner.html).toContain(`href="${APP}/measures/${w.measures.b1}"`);
    expect(planner.headers).toMatch(/List-Unsubscribe: <https:\/\/plans\.example\.kg\/unsubscribe\//);
    const executor = smtp.messages.find((m) => m.to[0] === "executor-tk@example.kg") as CapturedMail;
    expect(executor.text).toContain(`${APP}/my-reports`);
    // the bell: one item per person and program (planner-tk: 2, exec-mo: 1, executor-tk: 2, head-pd: 2)
    expect(await connection.db.$count(notifications)).toBe(7);

    // a second pass of the same day: every key is taken, nothing is queued or sent
    expect(await runReminders(connection.db, { today: DAY, daysBefore: 3, appUrl: APP })).toEqual({
      digests: 0,
      people: 4,
    });
    expect(await sendOutbox(connection, channel, { now })).toEqual({ sent: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(4);
    expect(await connection.db.$count(notifications)).toBe(7);
    channel.close?.();
  }, 60_000);

  it("retries a refusing server with backoff, then gives up; a server back up gets the message once", async () => {
    const connection = await freshDatabase(engine);
    await createReminderWorld(connection.db);
    let refuse = true;
    const down = await startSmtpCapture({ reject: () => refuse });
    const channel = smtpChannel(down.url, FROM);
    await runReminders(connection.db, { today: DAY, appUrl: APP });
    let clock = Date.parse("2026-10-06T08:00:00Z");
    const send = () =>
      sendOutbox(connection, channel, {
        now: () => new Date(clock),
        policy: { maxAttempts: 3, baseDelayMs: 60_000 },
      });
    const state = async () =>
      (await connection.db.select().from(outbox).orderBy(outbox.id)).map(
        (r) => `${r.status}/${r.attempts}/${r.nextAttemptAt.toISOString().slice(11, 19)}`,
      );
    // attempt 1 at 08:00 fails: next try 1 minute later
    expect(await send()).toEqual({ sent: 0, failed: 4 });
    expect(new Set(await state())).toEqual(new Set(["pending/1/08:01:00"]));
    // at 08:00:30 nothing is due yet
    clock += 30_000;
    expect(await send()).toEqual({ sent: 0, failed: 0 });
    // attempt 2 at 08:01 fails: next try 2 minutes later (08:03)
    clock = Date.parse("2026-10-06T08:01:00Z");
    expect(await send()).toEqual({ sent: 0, failed: 4 });
    expect(new Set(await state())).toEqual(new Set(["pending/2/08:03:00"]));
    // the server comes back for one message only at 08:03: it is sent; the other three fail a 3rd time → failed
    let allow = 1;
    refuse = false;
    const oneThrough = await startSmtpCapture({ reject: () => allow-- <= 0 });
    const partly = smtpChannel(oneThrough.url, FROM);
    clock = Date.parse("2026-10-06T08:03:00Z");
    expect(
      await sendOutbox(connection, partly, { now: () => new Date(clock), policy: { maxAttempts: 3 } }),
    ).toEqual({
      sent: 1,
      failed: 3,
    });
    const rows = await connection.db.select().from(outbox);
    expect(rows.map((r) => r.status).sort()).toEqual(["failed", "failed", "failed", "sent"]);
    expect(rows.find((r) => r.status === "failed")?.lastError).toMatch(/451|try again/);
    // failed is final, sent is never sent again
    clock += 3_600_000;
    expect(await sendOutbox(connection, partly, { now: () => new Date(clock) })).toEqual({
      sent: 0,
      failed: 0,
    });
    expect(oneThrough.messages).toHaveLength(1);
    expect(down.messages).toHaveLength(0);
    channel.close?.();
    partly.close?.();
    await Promise.all([down.close(), oneThrough.close()]);
  }, 60_000);

  it("does not send twice a message interrupted between sending and marking (a crash)", async () => {
    const connection = await freshDatabase(engine);
    await createReminderWorld(connection.db);
    await runReminders(connection.db, { today: DAY, appUrl: APP });
    smtp.messages.length = 0;
    const channel = smtpChannel(smtp.url, FROM);
    // the crashed sender: claimed and handed the first message to SMTP, then died before marking it
    const [first] = await connection.db.select().from(outbox).orderBy(outbox.id).limit(1);
    const claimed = await claimMessage(connection.db, first?.id as number);
    await channel.send(outgoing(claimed as NonNullable<typeof claimed>));
    // the next sender sends the other three, and leaves the interrupted one marked, not re-sent
    const now = () => new Date("2026-10-06T09:00:00Z");
    expect(await sendOutbox(connection, channel, { now })).toEqual({ sent: 3, failed: 0 });
    expect(smtp.messages).toHaveLength(4);
    expect(new Set(smtp.messages.map((m) => m.to[0])).size).toBe(4);
    const [after] = await connection.db
      .select()
      .from(outbox)
      .where(eq(outbox.id, first?.id as number));
    expect([after?.status, after?.lastError]).toEqual(["failed", INTERRUPTED]);
    channel.close?.();
  }, 60_000);

  it("two senders at once send each message once", async () => {
    const connection = await freshDatabase(engine);
    await createReminderWorld(connection.db);
    await runReminders(connection.db, { today: DAY, appUrl: APP });
    smtp.messages.length = 0;
    // on PostgreSQL a second connection (pool) stands for a second process; on PGlite two passes share one
    const url = (connection.pool?.options as { connectionString?: string } | undefined)?.connectionString;
    const second = url ? await connect({ url }) : connection;
    const channel = smtpChannel(smtp.url, FROM);
    const now = () => new Date("2026-10-06T09:00:00Z");
    const results = await Promise.all([
      sendOutbox(connection, channel, { now }),
      sendOutbox(second, channel, { now }),
    ]);
    expect(results.reduce((n, r) => n + r.sent, 0)).toBe(4);
    expect(smtp.messages.map((m) => m.to[0]).sort()).toEqual([
      "exec-mo@example.kg",
      "executor-tk@example.kg",
      "head-pd@example.kg",
      "planner-tk@example.kg",
    ]);
    if (second !== connection) await second.close();
    channel.close?.();
  }, 60_000);
});
