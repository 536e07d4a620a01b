/**
 * A planner reminds one body, from the review screen's "who has not reported", of its reports
 * still owed for a period: one digest to each of the body's executors and heads (e-mail unless
 * they turned reminders off, and the bell), in one transaction with an audit row. Pressing it
 * again the same day queues nothing new (the key names the day).
 */
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { users } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { owedReports } from "../../domain/reminders.ts";
import { type Digest, groupByProgram, remindedByHand } from "../../domain/reminders-digest.ts";
import type { ManualReminder } from "../../domain/views/notifications.ts";
import { loadProgram, refusal } from "../programs/program-access.ts";
import { programQuarter } from "../reporting/report-scope.ts";
import { write } from "../shared/write.ts";
import { duePeriods, reportFactsOf } from "./load-due-facts.ts";
import { loadReminderPeople } from "./load-people.ts";
import { storeDigest } from "./store-digest.ts";

/** A reminder by hand lists every owed report, however far its due date. */
const ANY_TIME = 100_000;

/** Sends the body `organizationId` a reminder of its owed reports of the program's `period`. */
export async function sendManualReminder(
  db: Db,
  actor: Actor,
  input: { programId: number; period: string; organizationId: number; today: string; appUrl: string },
): Promise<ManualReminder> {
  const program = await loadProgram(db, input.programId);
  if (!allows(actor, "report.review", program.territoryPath))
    throw refusal(actor, "reminding a body needs the planner role over the program's territory");
  programQuarter(program, input.period);
  const period = (await duePeriods(db, input.today, ANY_TIME, { programId: program.id })).find(
    (p) => p.period === input.period,
  );
  if (!period) throw new AppError("conflict", `${input.period} is not open: nothing can be reported in it`);
  const owed = owedReports(await reportFactsOf(db, period, input.organizationId), input.today, ANY_TIME);
  const people = await loadReminderPeople(db);
  const digests: Digest[] = [];
  for (const person of people) {
    const as = remindedByHand(person, input.organizationId, program.territoryPath);
    if (as === null || owed.length === 0) continue;
    const email = person.email !== null && person.frequency !== "off";
    const programs = groupByProgram(owed.map((o) => ({ ...o, as })));
    digests.push({ person, day: input.today, email, programs });
  }
  const sentBy = await nameOf(db, actor);
  return write(db, actor, async (tx, audit) => {
    let people = 0;
    let queued = 0;
    for (const digest of digests) {
      const dedupeKey = `reminder:${program.id}:${input.period}:${input.organizationId}:${digest.person.userId}:${input.today}`;
      const stored = await storeDigest(tx, digest, { appUrl: input.appUrl, dedupeKey, sentBy });
      if (stored.told) people++;
      if (stored.queued) queued++;
    }
    const result = {
      organizationId: input.organizationId,
      period: input.period,
      reports: owed.length,
      people,
      queued,
    };
    await audit({
      action: "reminder.send",
      entity: "organization",
      entityId: input.organizationId,
      after: result,
    });
    return result;
  });
}

async function nameOf(db: Db, actor: Actor): Promise<string> {
  if (actor.userId === null) return actor.label;
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, actor.userId));
  return row?.name ?? actor.label;
}
