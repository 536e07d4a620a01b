/**
 * One digest per person per day: everything due or overdue for them, grouped by program — never
 * one message per measure. Executors of a body hear of its reports from N days before the due
 * date; after it the body's heads and the program's planners (planner role over the program's
 * territory) are told too (escalation). Weekly people get theirs on Monday only, covering the
 * coming week (N + 6 days ahead) so nothing falls due between two digests unannounced.
 */
import type { RoleGrant } from "./access.ts";
import { isoWeekday } from "./due-date.ts";
import type { OwedReport } from "./reminders.ts";

/** What the schedule needs to know of a person. */
export interface ReminderPerson {
  userId: number;
  displayName: string;
  email: string | null;
  locale: "ky" | "ru" | "en";
  frequency: "off" | "daily" | "weekly";
  organizationId: number | null;
  bodyHead: boolean;
  grants: RoleGrant[];
}

/** Why a person is told of an owed report. */
export type ReminderRole = "executor" | "head" | "planner";

/** An owed report as one person's digest lists it. */
export interface DigestItem extends OwedReport {
  as: ReminderRole;
}

/** One program's part of a digest. */
export interface DigestProgram {
  programId: number;
  programTitle: string;
  items: DigestItem[];
}

/** A person's digest of a day; `email` says whether it goes out by e-mail today. */
export interface Digest {
  person: ReminderPerson;
  day: string;
  email: boolean;
  programs: DigestProgram[];
}

const hasRoleOver = (p: ReminderPerson, role: string, path: string) =>
  p.grants.some((g) => g.role === role && path.startsWith(g.territoryPath));

/** Why `person` is told of `owed`, or null when they are not. */
export function reminderRole(person: ReminderPerson, owed: OwedReport): ReminderRole | null {
  const ownBody = person.organizationId === owed.organizationId;
  if (ownBody && hasRoleOver(person, "executor", owed.territoryPath)) return "executor";
  if (owed.stage !== "overdue") return null;
  if (ownBody && person.bodyHead) return "head";
  return hasRoleOver(person, "planner", owed.territoryPath) ? "planner" : null;
}

/**
 * Who a reminder sent by hand to one body reaches: its executors (executor role over the program's
 * territory) and its heads, whatever the due date; null for everyone else.
 */
export function remindedByHand(person: ReminderPerson, organizationId: number, territoryPath: string) {
  if (person.organizationId !== organizationId) return null;
  if (hasRoleOver(person, "executor", territoryPath)) return "executor" as const;
  return person.bodyHead ? ("head" as const) : null;
}

/** True when a person with this frequency gets an e-mail digest on `day`. */
export function digestDay(frequency: ReminderPerson["frequency"], day: string): boolean {
  if (frequency === "daily") return true;
  return frequency === "weekly" && isoWeekday(day) === 1;
}

/** How many days ahead a person is told of a report: weekly people a week more. */
export function lookahead(person: ReminderPerson, daysBefore: number): number {
  return person.frequency === "weekly" ? daysBefore + 6 : daysBefore;
}

/**
 * The digests of `day`: one per person with something owed, items grouped by program (programs
 * by title, items by due date then measure). `owed` must be computed with the widest lookahead
 * (daysBefore + 6); each person keeps what is within their own.
 */
export function planDigests(
  owed: OwedReport[],
  people: ReminderPerson[],
  day: string,
  daysBefore: number,
): Digest[] {
  const digests: Digest[] = [];
  for (const person of people) {
    const ahead = lookahead(person, daysBefore);
    const items: DigestItem[] = [];
    for (const o of owed) {
      if (o.stage === "before" && o.daysLeft > ahead) continue;
      const as = reminderRole(person, o);
      if (as) items.push({ ...o, as });
    }
    if (items.length === 0) continue;
    const email = person.email !== null && digestDay(person.frequency, day);
    digests.push({ person, day, email, programs: groupByProgram(items) });
  }
  return digests;
}

/** Items grouped by program, programs by title then id, items by due date, measure, body. */
export function groupByProgram(items: DigestItem[]): DigestProgram[] {
  const byProgram = new Map<number, DigestProgram>();
  for (const item of items) {
    const group = byProgram.get(item.programId) ?? {
      programId: item.programId,
      programTitle: item.programTitle,
      items: [],
    };
    group.items.push(item);
    byProgram.set(item.programId, group);
  }
  const groups = [...byProgram.values()];
  for (const g of groups)
    g.items.sort(
      (a, b) =>
        a.dueDate.localeCompare(b.dueDate) ||
        a.measureId - b.measureId ||
        a.organizationId - b.organizationId,
    );
  return groups.sort((a, b) => a.programTitle.localeCompare(b.programTitle) || a.programId - b.programId);
}
