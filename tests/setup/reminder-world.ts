/**
 * A hand-built case for reminders: two programs of Tash-Kömür with Q3 2026 open (due 5 Oct 2026),
 * the mayor's office (lead) and the property department (co-executor and lead) owing reports,
 * people in three languages, a head of the property department, and one report already submitted.
 *
 * Program "Шаар программасы" (A): A1 bridge — mayor lead, property co; A2 school — property;
 * A3 road — Q1 only (not reported on in Q3); A4 park — mayor, submitted (nothing owed).
 * Program "Айыл программасы" (B): B1 water — property.
 */
import { asc, eq } from "drizzle-orm";
import type { Db } from "../../src/db/connect.ts";
import { measures, users } from "../../src/db/schema.ts";
import type { Measure, Plan } from "../../src/domain/plan.ts";
import { savePlan } from "../../src/operations/programs/save-plan.ts";
import { openPeriod } from "../../src/operations/reporting/open-period.ts";
import { saveReport } from "../../src/operations/reporting/save-report.ts";
import { submitReport } from "../../src/operations/reporting/submit-report.ts";
import { createUser } from "../../src/operations/users/create-user.ts";
import { grantRole } from "../../src/operations/users/grant-role.ts";
import { createWorld, PASSWORD, ROOT } from "./world.ts";

const MAYOR = "Таш-Көмүр шаардык мэриясы";
const PROPERTY = "Муниципалдык менчик департаменти";
const Q1 = { text: "2026-жылдын I-кварталы", from: "2026-01-01", to: "2026-03-31", repeat: null };
const Q3 = { text: "2026-жылдын III-кварталы", from: "2026-07-01", to: "2026-09-30", repeat: null };

const measure = (n: number, action: string, responsible: string[], deadline = Q3): Measure => ({
  section: null,
  number: String(n),
  task: "Милдет",
  action,
  deadline,
  result: "Аткарылат",
  responsible,
  funding: [],
  cost: null,
  targets: [],
});

const plan = (title: string, list: Measure[]): Plan => ({
  format: "plan/v1",
  title,
  territory: null,
  period: { from: 2026, to: 2026 },
  language: "ky",
  sections: [],
  measures: list,
  signatories: [],
});

/** Builds the case and returns its ids; every person's e-mail is <login>@example.kg. */
export async function createReminderWorld(db: Db) {
  const world = await createWorld(db);
  const { tashKomur } = world.territories;
  const { mayorOffice, propertyDept } = world.organizations;
  const a = await savePlan(db, ROOT, {
    territoryId: tashKomur.id,
    sourceName: "a",
    plan: plan("Шаар программасы", [
      measure(1, "Көпүрөнү оңдоо", [MAYOR, PROPERTY]),
      measure(2, "Мектепти жылуулоо", [PROPERTY]),
      measure(3, "Жол куруу", [MAYOR], Q1),
      measure(4, "Парк куруу", [MAYOR]),
    ]),
  });
  const b = await savePlan(db, ROOT, {
    territoryId: tashKomur.id,
    sourceName: "b",
    plan: plan("Айыл программасы", [measure(1, "Суу түтүгү", [PROPERTY])]),
  });
  for (const id of [a.programId, b.programId]) await openPeriod(db, ROOT, id, "2026-Q3");
  const ids = async (programId: number) =>
    (
      await db
        .select({ id: measures.id })
        .from(measures)
        .where(eq(measures.programId, programId))
        .orderBy(asc(measures.position))
    ).map((r) => r.id);
  const [a1, a2, a3, a4] = (await ids(a.programId)) as [number, number, number, number];
  const [b1] = (await ids(b.programId)) as [number];
  const park = await saveReport(db, ROOT, {
    measureId: a4,
    period: "2026-Q3",
    organizationId: mayorOffice.id,
    status: "in_progress",
    percent: 40,
    delayReason: "Подрядчик кечикти",
  });
  await submitReport(db, ROOT, park.report.id);

  const setMail = (id: number, login: string, locale: "ky" | "ru" | "en", more = {}) =>
    db
      .update(users)
      .set({ email: `${login}@example.kg`, locale, ...more })
      .where(eq(users.id, id));
  const u = world.users as Record<string, number>;
  const execMo = (
    await createUser(db, ROOT, {
      login: "exec-mo",
      displayName: "Айбек",
      password: PASSWORD,
      organizationId: mayorOffice.id,
    })
  ).id;
  await grantRole(db, ROOT, execMo, "executor", tashKomur.id);
  const headPd = (
    await createUser(db, ROOT, {
      login: "head-pd",
      displayName: "Нурлан",
      password: PASSWORD,
      organizationId: propertyDept.id,
    })
  ).id;
  await setMail(execMo, "exec-mo", "ru");
  await setMail(u["executor-tk"] as number, "executor-tk", "en");
  await setMail(headPd, "head-pd", "ru", { bodyHead: true });
  await setMail(u["planner-tk"] as number, "planner-tk", "ky");
  await setMail(u["viewer-tk"] as number, "viewer-tk", "ky");
  await setMail(u["planner-ca"] as number, "planner-ca", "ky");
  return {
    world,
    programs: { a: a.programId, b: b.programId },
    measures: { a1, a2, a3, a4, b1 },
    users: { ...u, "exec-mo": execMo, "head-pd": headPd } as Record<string, number>,
  };
}
