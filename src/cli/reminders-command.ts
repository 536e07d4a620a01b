/**
 * `reminders run [--json]`: one pass for "today" (TODAY pins it) — the day's digests into the
 * outbox — then one send of what is due through SMTP_URL (none set: messages stay in the outbox).
 * A second run of the same day queues and sends nothing.
 */
import { isoDate } from "../domain/quarter.ts";
import { runReminders } from "../operations/notify/run-reminders.ts";
import { sendOutbox } from "../operations/notify/send-outbox.ts";
import { channelOf } from "../operations/notify/worker.ts";
import type { CommandOutput } from "./run.ts";
import type { StoreContext } from "./store.ts";

/** Runs the pass and the send; prints {"digests","sent","failed"} with --json, else a sentence. */
export async function remindersRun(store: StoreContext, json: boolean): Promise<CommandOutput> {
  const { connection, config } = store;
  const day = isoDate(config.today());
  const pass = await runReminders(connection.db, {
    today: day,
    daysBefore: config.mail.daysBefore,
    appUrl: config.mail.appUrl,
    actor: store.actor,
  });
  const channel = channelOf(config.mail);
  try {
    const sent = await sendOutbox(connection, channel, { now: () => new Date() });
    const result = { digests: pass.digests, sent: sent.sent, failed: sent.failed };
    // the contract's own spelling, one line: {"digests": N, "sent": N, "failed": N}
    if (json)
      return {
        stdout: `{"digests": ${result.digests}, "sent": ${result.sent}, "failed": ${result.failed}}`,
        exitCode: 0,
      };
    const where = channel ? "" : " (no SMTP_URL: messages stay in the outbox)";
    return {
      stdout: `reminders ${day}: ${result.digests} digests queued, ${result.sent} sent, ${result.failed} failed${where}`,
      exitCode: 0,
    };
  } finally {
    channel?.close?.();
  }
}
