/** Test helper: the Tash-Kömür seed plan imported from its text export, and edits of it. */
import { readFileSync } from "node:fs";
import { count, eq } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../src/db/connect.ts";
import { users } from "../../src/db/schema.ts";
import type { Actor } from "../../src/domain/access.ts";
import type { Measure, Plan } from "../../src/domain/plan.ts";
import { importPlan } from "../../src/importers/import-plan.ts";
import { savePlan } from "../../src/operations/programs/save-plan.ts";
import { actorOfUser } from "../../src/operations/users/sessions.ts";
import { createWorld, ROOT } from "./world.ts";

const SEED = new URL("../fixtures/seeds/tash-komur-2026.txt", import.meta.url);
let cached: Promise<Plan> | null = null;

/** The seed plan (imported once per worker; callers get their own copy). */
export async function seedPlan(): Promise<Plan> {
  cached ??= importPlan(readFileSync(SEED), "tash-komur-2026.txt", { today: new Date("2026-01-15") }).then(
    (r) => r.plan,
  );
  return structuredClone(await cached);
}

/** The seed with one action reworded, one measure dropped and one added (at the end). */
export function amendedPlan(plan: Plan, changeAt: number, dropAt: number, extra: Measure): Plan {
  const measures = plan.measures.map((m, i) =>
    i === changeAt ? { ...m, action: `${m.action} (кайра каралган)` } : m,
  );
  return { ...plan, measures: [...measures.filter((_, i) => i !== dropAt), extra] };
}

/** The actor of a user of the test world, by login. */
export async function actorOf(db: Db, login: string): Promise<Actor> {
  const [user] = await db.select().from(users).where(eq(users.login, login));
  if (!user) throw new Error(`no user ${login}`);
  return actorOfUser(db, user);
}

/** Rows of a table, counted. */
export async function countRows(db: Db, table: PgTable): Promise<number> {
  const [row] = await db.select({ n: count() }).from(table);
  return row?.n ?? 0;
}

const day = (from: string, to: string, text: string, repeat: "yearly" | "ongoing" | null = null) => ({
  text,
  from,
  to,
  repeat,
});

/**
 * A small plan of 2025–2027 whose figures are worked out by hand: as of 2026-09-30, measure 0 is
 * past its quarter, 2 is yearly with 2025 open, 3 ongoing, 4 due in 2027, 5 due 2026-03-31.
 */
export function smallPlan(bodies: { mayor: string; property: string }): Plan {
  const m = (
    i: number,
    section: string | null,
    action: string,
    deadline: Measure["deadline"],
    extra: Partial<Measure>,
  ): Measure => ({
    section,
    number: String(i + 1),
    task: `Милдет ${i + 1}`,
    action,
    deadline,
    result: "Аткарылат",
    responsible: [bodies.mayor],
    funding: [{ code: "local", text: "ЖБ" }],
    cost: null,
    targets: [],
    ...extra,
  });
  return {
    format: "plan/v1",
    title: "Шаарды өнүктүрүү программасы 2025-2027",
    territory: null,
    period: { from: 2025, to: 2027 },
    language: "ky",
    sections: [
      { id: "s1", code: "1", title: "Экономика", parent: null },
      { id: "s2", code: "1.1", title: "Өнөр жай", parent: "s1" },
      { id: "s3", code: "2", title: "Социалдык чөйрө", parent: null },
    ],
    measures: [
      m(
        0,
        "s2",
        "Көмүр өндүрүүчү ишканаларды колдоо",
        day("2026-04-01", "2026-06-30", "2026-жылдын II-кварталы"),
        {
          responsible: [bodies.mayor, "Кадастр"],
          funding: [{ code: "investor", text: "Инвестор" }],
        },
      ),
      m(1, "s2", "Көпүрөнү оңдоо жана жаңылоо", day("2026-07-01", "2026-09-30", "2026-жылдын III-кварталы"), {
        responsible: [bodies.property],
        targets: [{ value: 2, unit: "көпүрө" }],
      }),
      m(
        2,
        "s1",
        "Жаштар үчүн спорт аянтчасын куруу",
        day("2025-01-01", "2027-12-31", "Жыл сайын", "yearly"),
        {
          funding: [
            { code: "local", text: "ЖБ" },
            { code: "republican", text: "РБ", amount: 2000000 },
          ],
        },
      ),
      m(
        3,
        "s3",
        "Туруктуу негизде калкты маалымдоо",
        day("2025-01-01", "2027-12-31", "Туруктуу", "ongoing"),
        {},
      ),
      m(4, "s3", "Мектептин чатырын алмаштыруу", day("2027-01-01", "2027-03-31", "2027-жылдын I-кварталы"), {
        funding: [{ code: "grant", text: "Грант" }],
        cost: { amount: 1500000, currency: "KGS", text: "1,5 млн сом" },
      }),
      m(
        5,
        null,
        "Ооруканага жабдуу сатып алуу",
        day("2025-01-01", "2026-03-31", "2026-жылдын 31-мартына чейин"),
        {},
      ),
    ],
    signatories: [{ position: "Мэр", name: "А.Б.Осмонов" }],
  };
}

/**
 * The test world with the small plan saved as a program of Tash-Kömür, its bodies named as the
 * world's mayor's office and property department (the "Кадастр" body left unmatched).
 */
export async function worldWithSmallPlan(db: Db) {
  const world = await createWorld(db);
  const plan = smallPlan({
    mayor: "Таш-Көмүр шаардык мэриясы",
    property: "Муниципалдык менчик департаменти",
  });
  const saved = await savePlan(db, ROOT, {
    territoryId: world.territories.tashKomur.id,
    plan,
    sourceName: "small",
  });
  return { world, plan, saved, programId: saved.programId };
}
