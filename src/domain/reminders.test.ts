import { describe, expect, it } from "vitest";
import type { RoleGrant } from "./access.ts";
import { owedReports, type ReportDueFacts, reminderStage } from "./reminders.ts";
import { digestDay, planDigests, type ReminderPerson } from "./reminders-digest.ts";

// Q3 2026 is due on Monday 5 Oct 2026 (30 Sep + 5 days); reminders start 3 days before, on 2 Oct.
const DUE = "2026-10-05";
const CITY = "/1/2/5/";
const OTHER = "/1/3/9/";
const A = 10; // the mayor's office, lead
const B = 11; // the property department, co-executor

const fact = (over: Partial<ReportDueFacts>): ReportDueFacts => ({
  programId: 1,
  programTitle: "Таш-Көмүр 2026–2030",
  territoryPath: CITY,
  period: "2026-Q3",
  dueDate: DUE,
  measureId: 1,
  measureNumber: "1",
  measureAction: "Мектеп куруу",
  deadlineFrom: "2026-01-01",
  deadlineTo: "2026-12-31",
  repeat: null,
  organizationId: A,
  organizationName: "Мэрия",
  workflow: null,
  ...over,
});

const FACTS: ReportDueFacts[] = [
  fact({ measureId: 1, organizationId: A, workflow: null }), // owed: no report yet
  fact({ measureId: 1, organizationId: B, organizationName: "ММД", workflow: "draft" }), // co-executor owes
  fact({ measureId: 2, organizationId: A, workflow: "returned" }), // returned: owed again
  fact({ measureId: 3, organizationId: A, workflow: "submitted" }), // not owed
  fact({ measureId: 4, organizationId: A, workflow: "accepted" }), // not owed
  fact({ measureId: 5, organizationId: A, deadlineFrom: "2026-01-01", deadlineTo: "2026-03-31" }), // Q1 only
  fact({
    measureId: 6,
    organizationId: B,
    organizationName: "ММД",
    deadlineFrom: null,
    deadlineTo: null,
    repeat: "yearly",
  }),
];

const grant = (role: RoleGrant["role"], territoryPath: string): RoleGrant => ({
  role,
  territoryId: 0,
  territoryPath,
});
const person = (userId: number, over: Partial<ReminderPerson>): ReminderPerson => ({
  userId,
  displayName: `p${userId}`,
  email: `p${userId}@example.kg`,
  locale: "ky",
  frequency: "daily",
  organizationId: null,
  bodyHead: false,
  grants: [],
  ...over,
});
const PEOPLE = [
  person(1, { organizationId: A, grants: [grant("executor", CITY)] }), // executor of A, daily
  person(2, { organizationId: B, frequency: "weekly", grants: [grant("executor", "/1/")] }), // executor of B, weekly
  person(3, { organizationId: A, bodyHead: true }), // head of A, no role
  person(4, { grants: [grant("planner", CITY)] }), // the program's planner
  person(5, { grants: [grant("planner", OTHER)] }), // a planner elsewhere
  person(6, { organizationId: A, grants: [grant("viewer", CITY)] }), // a viewer of A
  person(7, { organizationId: A, frequency: "off", grants: [grant("executor", CITY)] }), // turned off
  person(8, { organizationId: A, email: null, grants: [grant("executor", CITY)] }), // no e-mail
];

/** Each person's digest as "user: measure/body …" and whether it goes by e-mail. */
function plan(day: string) {
  const owed = owedReports(FACTS, day, 3 + 6);
  return Object.fromEntries(
    planDigests(owed, PEOPLE, day, 3).map((d) => [
      d.person.userId,
      {
        email: d.email,
        items: d.programs.flatMap((g) =>
          g.items.map((i) => `${i.measureId}/${i.organizationId}:${i.stage}:${i.as}`),
        ),
      },
    ]),
  );
}

describe("the reminder stage", () => {
  it("starts N days before the due date, is due on it and overdue after", () => {
    expect(reminderStage(DUE, "2026-10-01", 3)).toBeNull();
    expect(reminderStage(DUE, "2026-10-02", 3)).toBe("before");
    expect(reminderStage(DUE, "2026-10-04", 3)).toBe("before");
    expect(reminderStage(DUE, "2026-10-05", 3)).toBe("due");
    expect(reminderStage(DUE, "2026-10-06", 3)).toBe("overdue");
    // a Q4 period due in the next year is overdue on 6 Jan, not before the year turns
    expect(reminderStage("2027-01-05", "2026-12-31", 3)).toBeNull();
    expect(reminderStage("2027-01-05", "2027-01-02", 3)).toBe("before");
  });
});

describe("who owes what", () => {
  it("lists every lead and co-executor whose report is missing, a draft or returned, in active measures", () => {
    const owed = owedReports(FACTS, "2026-10-02", 3);
    expect(owed.map((o) => `${o.measureId}/${o.organizationId} ${o.daysLeft}`)).toEqual([
      "1/10 3",
      "1/11 3",
      "2/10 3",
      "6/11 3",
    ]);
  });
});

describe("the digests of a day", () => {
  it("before the due date: executors of the owing body only; weekly people by the bell but no e-mail on a Friday", () => {
    // 2 Oct 2026 is a Friday (1 Oct is a Thursday)
    expect(plan("2026-10-02")).toEqual({
      1: { email: true, items: ["1/10:before:executor", "2/10:before:executor"] },
      2: { email: false, items: ["1/11:before:executor", "6/11:before:executor"] },
      7: { email: false, items: ["1/10:before:executor", "2/10:before:executor"] },
      8: { email: false, items: ["1/10:before:executor", "2/10:before:executor"] },
    });
  });

  it("on the due day (a Monday) weekly people get their e-mail", () => {
    const day = plan("2026-10-05");
    expect(day[2]).toEqual({ email: true, items: ["1/11:due:executor", "6/11:due:executor"] });
    expect(Object.keys(day)).toEqual(["1", "2", "7", "8"]);
  });

  it("after it, the body's head and the program's planners are told too (escalation), no one else", () => {
    const day = plan("2026-10-06");
    expect(day[3]).toEqual({ email: true, items: ["1/10:overdue:head", "2/10:overdue:head"] });
    expect(day[4]).toEqual({
      email: true,
      items: ["1/10:overdue:planner", "1/11:overdue:planner", "2/10:overdue:planner", "6/11:overdue:planner"],
    });
    expect(Object.keys(day)).toEqual(["1", "2", "3", "4", "7", "8"]);
  });

  it("a weekly person hears on Monday of what falls due in the coming week; a daily one does not yet", () => {
    // Monday 28 Sep: 7 days before 5 Oct — within 3 + 6 for weekly people, beyond 3 for daily ones
    expect(plan("2026-09-28")).toEqual({
      2: { email: true, items: ["1/11:before:executor", "6/11:before:executor"] },
    });
  });

  it("sends e-mail daily, weekly on Mondays, never when off", () => {
    expect(["daily", "weekly", "off"].map((f) => digestDay(f as "daily", "2026-10-05"))).toEqual([
      true,
      true,
      false,
    ]);
    expect(["daily", "weekly", "off"].map((f) => digestDay(f as "daily", "2026-10-06"))).toEqual([
      true,
      false,
      false,
    ]);
  });
});
