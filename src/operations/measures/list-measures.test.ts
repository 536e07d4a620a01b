import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { actorOf, worldWithSmallPlan } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ROOT } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import { measureState, measures, programs, sections } from "../../db/schema.ts";
import { ANONYMOUS } from "../../domain/access.ts";
import { getProgram } from "../programs/get-program.ts";
import { listPrograms } from "../programs/list-programs.ts";
import { refreshProgramSummary } from "../shared/program-summary.ts";
import { getMeasure } from "./get-measure.ts";
import { listMeasures, type MeasureFilters } from "./list-measures.ts";

const TODAY = new Date("2026-09-30T00:00:00Z");
const page = { page: 1, pageSize: 50 };

/** The small plan saved in Tash-Kömür; measure 0 in progress at 50 %, measure 5 done. */
async function setUp(db: Db) {
  const { world, saved } = await worldWithSmallPlan(db);
  const ids = (await db.select().from(measures).orderBy(measures.position)).map((m) => m.id);
  const setState = (i: number, s: { status: string; percent: number; done?: boolean }) =>
    db
      .update(measureState)
      .set(s)
      .where(eq(measureState.measureId, ids[i] as number));
  await setState(0, { status: "in_progress", percent: 50 });
  await setState(5, { status: "done", percent: 100, done: true });
  // the states stand for accepted reports, whose review refreshes the program's summaries
  await refreshProgramSummary(db, saved.programId);
  return { world, programId: saved.programId, ids };
}

describe.each(testEngines())("reading programs and measures on %s", (engine) => {
  it("filters, searches, sorts and pages measures", async () => {
    const { db } = await freshDatabase(engine);
    const { world, programId, ids } = await setUp(db);
    const sectionId = async (code: string) =>
      (await db.select().from(sections).where(eq(sections.code, code)))[0]?.id as number;
    const positions = async (filters: MeasureFilters, p = page) =>
      (await listMeasures(db, ROOT, programId, filters, p, TODAY)).items.map((m) => ids.indexOf(m.id));
    expect(await positions({})).toEqual([0, 1, 2, 3, 4, 5]);
    expect(await positions({ sectionId: await sectionId("1") })).toEqual([0, 1, 2]);
    expect(await positions({ sectionId: await sectionId("1.1") })).toEqual([0, 1]);
    expect(await positions({ organizationId: world.organizations.propertyDept.id })).toEqual([1]);
    expect(await positions({ fundingCode: "local" })).toEqual([1, 2, 3, 5]);
    expect(await positions({ fundingCode: "republican" })).toEqual([2]);
    expect(await positions({ dueQuarter: "2026-Q3" })).toEqual([1]);
    expect(await positions({ dueQuarter: "2026-Q2" })).toEqual([0]);
    expect(await positions({ overdue: true })).toEqual([0, 2]);
    expect(await positions({ overdue: false })).toEqual([1, 3, 4, 5]);
    expect(await positions({ status: "in_progress" })).toEqual([0]);
    expect(await positions({ status: "not_started" })).toEqual([1, 2, 3, 4]);
    // Kyrgyz letters in any case: ө, ү, ң.
    expect(await positions({ q: "КӨПҮРӨ" })).toEqual([1]);
    expect(await positions({ q: "ң" })).toEqual([1]);
    expect(await positions({ q: "ө" })).toEqual([0, 1]);
    expect(await positions({ q: "жаштар ҮЧҮН" })).toEqual([2]);
    expect(await positions({ q: "Милдет 5" })).toEqual([4]);
    expect(await positions({ q: "100%" })).toEqual([]);
    expect(await positions({ sort: "-percent" })).toEqual([5, 0, 1, 2, 3, 4]);
    expect(await positions({ sort: "deadline" })).toEqual(
      [5, 0, 1, 2, 3, 4].sort((a, b) => order(a) - order(b)),
    );
    const second = await listMeasures(db, ROOT, programId, {}, { page: 2, pageSize: 2 }, TODAY);
    expect(second.items.map((m) => ids.indexOf(m.id))).toEqual([2, 3]);
    expect([second.total, second.page, second.pageSize]).toEqual([6, 2, 2]);
    expect(await errorCodeOf(listMeasures(db, ROOT, programId, { dueQuarter: "2026-5" }, page, TODAY))).toBe(
      "invalid_input",
    );
    const first = (await listMeasures(db, ROOT, programId, {}, page, TODAY)).items[0];
    expect(first).toMatchObject({
      status: "in_progress",
      percent: 50,
      overdue: true,
      responsible: ["Таш-Көмүр шаардык мэриясы", "Кадастр"],
    });
  });

  it("lists programs with progress and overdue counts, by who may read them", async () => {
    const { db } = await freshDatabase(engine);
    const { world, programId } = await setUp(db);
    const list = await listPrograms(db, ROOT, {}, page, TODAY);
    // (50 + 100 + 0 + 0 + 0 + 0) / 6 = 25; overdue: measure 0 (June) and 2 (2025 still open).
    expect(list.items).toEqual([
      expect.objectContaining({
        id: programId,
        measureCount: 6,
        progress: 25,
        overdue: 2,
        version: 1,
        status: "draft",
      }),
    ]);
    const ids = async (actor: Parameters<typeof listPrograms>[1], filters = {}) =>
      (await listPrograms(db, actor, filters, page, TODAY)).items.map((p) => p.id);
    expect(await ids(await actorOf(db, "viewer-tk"))).toEqual([programId]);
    expect(await ids(await actorOf(db, "planner-ca"))).toEqual([]);
    expect(await ids(ANONYMOUS)).toEqual([]);
    expect(await ids(ROOT, { territoryId: world.territories.osh.id })).toEqual([]);
    expect(await ids(ROOT, { territoryId: world.territories.jalalAbad.id })).toEqual([programId]);
    expect(await ids(ROOT, { status: "approved" })).toEqual([]);
    await db.update(programs).set({ published: true });
    expect(await ids(ANONYMOUS)).toEqual([programId]);
    expect(await ids(await actorOf(db, "planner-ca"), { published: true })).toEqual([programId]);
  });

  it("gets a program and a measure with every field, refusing those who may not read them", async () => {
    const { db } = await freshDatabase(engine);
    const { world, programId, ids } = await setUp(db);
    const program = await getProgram(db, await actorOf(db, "viewer-tk"), programId);
    expect(program.sections.map((s) => s.code)).toEqual(["1", "1.1", "2"]);
    expect(program.versions.map((v) => v.number)).toEqual([1]);
    const measure = await getMeasure(db, ROOT, ids[2] as number);
    expect(measure.bodies).toEqual([
      expect.objectContaining({
        name: "Таш-Көмүр шаардык мэриясы",
        role: "lead",
        organizationId: world.organizations.mayorOffice.id,
      }),
    ]);
    expect(measure.funding).toEqual([
      { code: "local", text: "ЖБ", planned: null },
      { code: "republican", text: "РБ", planned: 2000000 },
    ]);
    expect(measure.state).toMatchObject({ status: "not_started", firstOpenYear: 2025 });
    expect((await getMeasure(db, ROOT, ids[1] as number)).indicators).toEqual([
      expect.objectContaining({ unit: "көпүрө", target: 2, cumulative: true }),
    ]);
    expect(await errorCodeOf(getProgram(db, ANONYMOUS, programId))).toBe("unauthorized");
    expect(await errorCodeOf(getProgram(db, await actorOf(db, "planner-ca"), programId))).toBe("forbidden");
    expect(await errorCodeOf(getMeasure(db, await actorOf(db, "executor-ca"), ids[0] as number))).toBe(
      "forbidden",
    );
    expect(await errorCodeOf(getMeasure(db, ROOT, 9999))).toBe("not_found");
  });
});

// Deadline order of the small plan's measures by hand: 5 (2026-03-31), 0 (06-30), 1 (09-30),
// 4 (2027-03-31), then 2 and 3 (2027-12-31) in position order.
function order(i: number): number {
  return [1, 2, 4, 5, 3, 0][i] as number;
}
