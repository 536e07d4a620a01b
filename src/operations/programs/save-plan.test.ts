import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { actorOf, amendedPlan, countRows, seedPlan } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import {
  auditLog,
  measureBodies,
  measureState,
  measures,
  programs,
  programVersions,
  sections,
} from "../../db/schema.ts";
import type { Measure } from "../../domain/plan.ts";
import { previewPlanVersion } from "./preview-plan-version.ts";
import { savePlan } from "./save-plan.ts";

const extra: Measure = {
  section: null,
  number: "99",
  task: "Жаңы милдет",
  action: "Шаардык сейил бакта балдар аянтчасын куруу жана жабдуу",
  deadline: { text: "2026-жылдын IV-кварталы", from: "2026-10-01", to: "2026-12-31", repeat: null },
  result: "Аянтча курулду",
  responsible: ["Таш-Көмүр шаардык мэриясы"],
  funding: [{ code: "local", text: "ЖБ", amount: 500000 }],
  cost: null,
  targets: [{ value: 1, unit: "аянтча" }],
};

describe.each(testEngines())("savePlan on %s", (engine) => {
  it("saves the seed plan as version 1 with sections, bodies, funding, indicators and state", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const plan = await seedPlan();
    const planner = await actorOf(db, "planner-tk");
    const saved = await savePlan(db, planner, {
      territoryId: world.territories.tashKomur.id,
      plan,
      sourceName: "tash-komur-2026.txt",
    });
    expect(saved.version).toBe(1);
    expect(saved.diff.added).toHaveLength(plan.measures.length);
    const [program] = await db.select().from(programs).where(eq(programs.id, saved.programId));
    expect(program).toMatchObject({ title: plan.title, periodFrom: 2026, periodTo: 2026, status: "draft" });
    expect(await countRows(db, measures)).toBe(plan.measures.length);
    expect(await countRows(db, sections)).toBe(plan.sections.length);
    expect(await countRows(db, measureState)).toBe(plan.measures.length);
    const bodies = await db.select().from(measureBodies);
    expect(bodies).toHaveLength(plan.measures.reduce((n, m) => n + m.responsible.length, 0));
    const leads = bodies.filter((b) => b.role === "lead");
    expect(leads).toHaveLength(plan.measures.filter((m) => m.responsible.length > 0).length);
    // The mayor's office is known by its own name; a name no alias knows stays unmatched.
    const mayor = bodies.find((b) => b.name === "Таш-Көмүр шаардык мэриясы");
    expect(mayor?.organizationId).toBe(world.organizations.mayorOffice.id);
    expect(saved.unmatchedBodies).toContain("Кадастр");
    expect(saved.unmatchedBodies).not.toContain("Таш-Көмүр шаардык мэриясы");
    expect(saved.unmatchedBodies).not.toContain("Муниципалдык менчик департаменти");
    // Sections keep their parent links.
    const sectionRows = await db.select().from(sections);
    const withParent = plan.sections.filter((s) => s.parent !== null).length;
    expect(sectionRows.filter((s) => s.parentId !== null)).toHaveLength(withParent);
    const audits = await db.select().from(auditLog).where(eq(auditLog.actor, planner.label));
    expect(audits.map((a) => `${a.action} ${a.entity}`).sort()).toEqual([
      "create program",
      "create program_version",
    ]);
  });

  it("saves an amended plan as version 2 with exactly that diff, keeping the ids of kept measures", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const plan = await seedPlan();
    const territoryId = world.territories.tashKomur.id;
    const v1 = await savePlan(db, ROOT, { territoryId, plan, sourceName: "v1.txt" });
    const before = await db.select().from(measures).orderBy(measures.position);
    const changeAt = 2;
    const dropAt = 5;
    const amended = amendedPlan(plan, changeAt, dropAt, extra);
    const preview = await previewPlanVersion(db, ROOT, v1.programId, amended);
    expect(await countRows(db, programVersions)).toBe(1); // the preview wrote nothing
    const v2 = await savePlan(db, ROOT, {
      territoryId,
      plan: amended,
      sourceName: "v2.txt",
      programId: v1.programId,
    });
    expect(v2.version).toBe(2);
    expect(preview.diff).toEqual(v2.diff);
    expect(v2.diff.changed.map((c) => [c.before.index, c.after.index, c.fields])).toEqual([
      [changeAt, changeAt, ["action"]],
    ]);
    expect(v2.diff.removed.map((r) => r.index)).toEqual([dropAt]);
    expect(v2.diff.added.map((r) => r.measure.action)).toEqual([extra.action]);
    const current = await db
      .select()
      .from(measures)
      .where(and(eq(measures.programId, v1.programId), isNull(measures.removedInVersion)))
      .orderBy(measures.position);
    expect(current).toHaveLength(plan.measures.length); // 27 − 1 + 1: no duplicates
    expect(await countRows(db, measures)).toBe(plan.measures.length + 1);
    const keptIds = before.filter((_, i) => i !== dropAt).map((m) => m.id);
    expect(current.slice(0, -1).map((m) => m.id)).toEqual(keptIds);
    const changed = current.find((m) => m.id === before[changeAt]?.id);
    expect(changed?.action).toBe(`${plan.measures[changeAt]?.action} (кайра каралган)`);
    expect(changed?.rowVersion).toBe(2);
    const [dropped] = await db
      .select()
      .from(measures)
      .where(eq(measures.id, before[dropAt]?.id as number));
    expect(dropped?.removedInVersion).toBe(2);
    expect(current.at(-1)).toMatchObject({ action: extra.action, addedInVersion: 2 });
    const [program] = await db.select().from(programs);
    expect(program?.currentVersion).toBe(2);
    const audits = await db.select().from(auditLog).where(eq(auditLog.actor, ROOT.label));
    const v2Audits = audits.filter(
      (a) => a.id > (audits.find((x) => x.entity === "program_version")?.id ?? 0),
    );
    expect(v2Audits.map((a) => `${a.action} ${a.entity} ${a.entityId}`).sort()).toEqual(
      [
        `update measure ${before[changeAt]?.id}`,
        `remove measure ${before[dropAt]?.id}`,
        `update program ${v1.programId}`,
        `create program_version ${v1.programId}/2`,
      ].sort(),
    );
    // Saving the same plan again changes nothing.
    const v3 = await savePlan(db, ROOT, {
      territoryId,
      plan: amended,
      sourceName: "v3.txt",
      programId: v1.programId,
    });
    expect([v3.diff.added, v3.diff.changed, v3.diff.removed]).toEqual([[], [], []]);
  });

  it("leaves nothing behind when the last insert fails", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const plan = await seedPlan();
    const auditsBefore = await countRows(db, auditLog);
    // numeric(16,2) holds less than 10^14: the last measure's funding row overflows.
    const last = plan.measures.at(-1) as Measure;
    last.funding = [{ code: "local", text: "ЖБ", amount: 1e15 }];
    const failed = await errorCodeOf(
      savePlan(db, ROOT, { territoryId: world.territories.tashKomur.id, plan, sourceName: "bad.txt" }),
    );
    expect(failed).toMatch(/not an AppError/);
    expect(await countRows(db, programs)).toBe(0);
    expect(await countRows(db, measures)).toBe(0);
    expect(await countRows(db, sections)).toBe(0);
    expect(await countRows(db, measureBodies)).toBe(0);
    expect(await countRows(db, auditLog)).toBe(auditsBefore);
  });

  it("leaves the program as it was when a new version fails", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const plan = await seedPlan();
    const territoryId = world.territories.tashKomur.id;
    const v1 = await savePlan(db, ROOT, { territoryId, plan, sourceName: "v1.txt" });
    const bad = amendedPlan(plan, 1, 3, { ...extra, funding: [{ code: "local", text: "ЖБ", amount: 1e15 }] });
    expect(
      await errorCodeOf(
        savePlan(db, ROOT, { territoryId, plan: bad, sourceName: "x", programId: v1.programId }),
      ),
    ).toMatch(/not an AppError/);
    const [program] = await db.select().from(programs);
    expect(program?.currentVersion).toBe(1);
    expect(await countRows(db, measures)).toBe(plan.measures.length);
    const removed = await db.select().from(measures).where(eq(measures.removedInVersion, 2));
    expect(removed).toEqual([]);
  });

  it("refuses invalid plans, unknown territories, other roles and other territories", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const plan = await seedPlan();
    const tk = world.territories.tashKomur.id;
    const input = { territoryId: tk, plan, sourceName: "x" };
    const bad = { ...plan, measures: [{ ...plan.measures[0], section: "nope" }] } as typeof plan;
    expect(await errorCodeOf(savePlan(db, ROOT, { ...input, plan: bad }))).toBe("invalid_input");
    expect(await errorCodeOf(savePlan(db, ROOT, { ...input, territoryId: 9999 }))).toBe("not_found");
    for (const login of ["viewer-tk", "executor-tk", "planner-ca"])
      expect(await errorCodeOf(savePlan(db, await actorOf(db, login), input))).toBe("forbidden");
    const v1 = await savePlan(db, ROOT, input);
    const elsewhere = { ...input, territoryId: world.territories.chongAlai.id, programId: v1.programId };
    expect(await errorCodeOf(savePlan(db, ROOT, elsewhere))).toBe("invalid_input");
    expect(await errorCodeOf(savePlan(db, ROOT, { ...input, programId: 9999 }))).toBe("not_found");
  });

  it("opens a yearly measure's first year in its state row", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const plan = await seedPlan();
    plan.period = { from: 2025, to: 2027 };
    const yearly = plan.measures[0] as Measure;
    yearly.deadline = { text: "Жыл сайын", from: "2025-01-01", to: "2027-12-31", repeat: "yearly" };
    await savePlan(db, ROOT, { territoryId: world.territories.tashKomur.id, plan, sourceName: "x" });
    const states = await db.select().from(measureState).orderBy(measureState.measureId);
    expect(states[0]).toMatchObject({ firstOpenYear: 2025, percent: 0, status: "not_started" });
    expect(states[1]?.firstOpenYear).toBeNull();
  });
});
