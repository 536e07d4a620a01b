/**
 * The server's notification worker: every few seconds it sends what the outbox has due, and once a
 * day — the first tick after the configured hour — it makes the day's reminders. Both run under
 * advisory locks, so several server processes on one database are safe; `stop` waits for the
 * tick in progress, so shutting down never cuts a message between "sent" and "marked".
 */
import type { Connection } from "../../db/connect.ts";
import { isoDate } from "../../domain/quarter.ts";
import { REMINDERS_LOCK, withAdvisoryLock } from "./advisory-lock.ts";
import type { MessageChannel } from "./channel.ts";
import { runReminders } from "./run-reminders.ts";
import { sendOutbox } from "./send-outbox.ts";
import { smtpChannel } from "./smtp-channel.ts";

/** The settings the worker needs (from the configuration: SMTP_URL, MAIL_FROM, APP_URL …). */
export interface NotifySettings {
  smtpUrl: string | undefined;
  from: string;
  appUrl: string;
  daysBefore: number;
  /** The reminders pass runs once the clock's hour is at least this (0–23). */
  hour: number;
}

/** The channel of the settings: SMTP when SMTP_URL is set, else none (the outbox keeps messages). */
export function channelOf(settings: Pick<NotifySettings, "smtpUrl" | "from">): MessageChannel | null {
  return settings.smtpUrl ? smtpChannel(settings.smtpUrl, settings.from) : null;
}

/** A running worker. */
export interface NotifyWorker {
  stop: () => Promise<void>;
}

/** Starts the worker on a migrated store; `today` is the configured day, `now` the clock. */
export function startNotifyWorker(options: {
  connection: Connection;
  settings: NotifySettings;
  today: () => Date;
  now?: () => Date;
  intervalMs?: number;
  log?: (line: string) => void;
}): NotifyWorker {
  const { connection, settings, today } = options;
  const now = options.now ?? (() => new Date());
  const log = options.log ?? ((line: string) => console.error(line));
  const channel = channelOf(settings);
  let remindedOn = "";
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const remind = async () => {
    const day = isoDate(today());
    if (remindedOn === day || now().getHours() < settings.hour) return;
    const pass = await withAdvisoryLock(connection, REMINDERS_LOCK, () =>
      runReminders(connection.db, { today: day, daysBefore: settings.daysBefore, appUrl: settings.appUrl }),
    );
    if (pass === null) return; // another process is making them; its keys keep ours from doubling
    remindedOn = day;
    if (pass.digests > 0) log(`reminders ${day}: ${pass.digests} digests queued`);
  };
  const tick = async () => {
    try {
      await remind();
      const sent = await sendOutbox(connection, channel, { now });
      if (sent.sent + sent.failed > 0) log(`outbox: ${sent.sent} sent, ${sent.failed} failed attempts`);
    } catch (error) {
      log(`notification worker: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, options.intervalMs ?? 5000);
    timer.unref();
  };
  running = tick().finally(schedule);
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      channel?.close?.();
    },
  };
}
