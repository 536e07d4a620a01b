/**
 * One pass of the daily reminders: who owes what today, one digest per person, each written into
 * the outbox (key "digest:<user>:<day>") and the bell in ONE transaction with one audit row. A
 * second pass of the same day finds every key taken and writes nothing.
 */
import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { DEFAULT_DAYS_BEFORE, owedReports } from "../../domain/reminders.ts";
import { planDigests } from "../../domain/reminders-digest.ts";
import { write } from "../shared/write.ts";
import { dueFacts, duePeriods } from "./load-due-facts.ts";
import { loadReminderPeople } from "./load-people.ts";
import { storeDigest } from "./store-digest.ts";

/** The actor the audit log names for the scheduled reminders. */
export const REMINDER_ACTOR: Actor = {
  userId: null,
  label: "system:reminders",
  organizationId: null,
  grants: [],
};

/** What a pass did: e-mail digests queued, people with bell items. */
export interface ReminderPass {
  digests: number;
  people: number;
}

/** Makes the reminders of `today` (ISO day); `daysBefore` defaults to 3, `appUrl` to localhost:3000. */
export async function runReminders(
  db: Db,
  input: { today: string; daysBefore?: number; appUrl?: string; actor?: Actor },
): Promise<ReminderPass> {
  const daysBefore = input.daysBefore ?? DEFAULT_DAYS_BEFORE;
  const appUrl = input.appUrl ?? "http://localhost:3000";
  // weekly people look a week further ahead, so load facts for the widest window
  const periods = await duePeriods(db, input.today, daysBefore + 6);
  if (periods.length === 0) return { digests: 0, people: 0 };
  const owed = owedReports(await dueFacts(db, periods), input.today, daysBefore + 6);
  const digests = planDigests(owed, await loadReminderPeople(db), input.today, daysBefore);
  if (digests.length === 0) return { digests: 0, people: 0 };
  return write(db, input.actor ?? REMINDER_ACTOR, async (tx, audit) => {
    let queued = 0;
    for (const digest of digests) {
      const dedupeKey = `digest:${digest.person.userId}:${input.today}`;
      if ((await storeDigest(tx, digest, { appUrl, dedupeKey })).queued) queued++;
    }
    if (queued > 0)
      await audit({
        action: "reminders.run",
        entity: "outbox",
        entityId: input.today,
        after: { digests: queued },
      });
    return { digests: queued, people: digests.length };
  });
}
