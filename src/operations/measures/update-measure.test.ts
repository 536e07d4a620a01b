import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { actorOf, worldWithSmallPlan } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { ROOT } from "../../../tests/setup/world.ts";
import { auditLog, indicators, measures, programs } from "../../db/schema.ts";
import { updateProgram } from "../programs/update-program.ts";
import { getMeasure } from "./get-measure.ts";
import { updateMeasure } from "./update-measure.ts";

async function setUp(engine: Parameters<typeof freshDatabase>[0]) {
  const { db } = await freshDatabase(engine);
  const { world, saved } = await worldWithSmallPlan(db);
  const ids = (await db.select().from(measures).orderBy(measures.position)).map((m) => m.id);
  return { db, world, programId: saved.programId, ids, planner: await actorOf(db, "planner-tk") };
}

describe.each(testEngines())("updating measures and programs on %s", (engine) => {
  it("edits a measure, reading a deadline given as text, and audits before and after", async () => {
    const { db, world, ids, planner } = await setUp(engine);
    const id = ids[1] as number;
    const indicatorId = (await db.select().from(indicators).where(eq(indicators.measureId, id)))[0]?.id;
    const after = await updateMeasure(
      db,
      planner,
      id,
      {
        action: "Эки көпүрөнү оңдоо",
        deadline: { text: "2026-жылдын IV-кварталы" },
        responsible: [{ name: "Муниципалдык менчик департаменти" }, { name: "Жаңы мекеме" }],
        funding: [{ code: "republican", text: "РБ", amount: 300000 }],
        indicators: [{ unit: "көпүрө", target: 3 }],
      },
      1,
    );
    expect(after.action).toBe("Эки көпүрөнү оңдоо");
    expect(after.deadline).toEqual({
      text: "2026-жылдын IV-кварталы",
      from: "2026-10-01",
      to: "2026-12-31",
      repeat: null,
    });
    expect(after.bodies.map((b) => [b.name, b.role, b.organizationId])).toEqual([
      ["Муниципалдык менчик департаменти", "lead", world.organizations.propertyDept.id],
      ["Жаңы мекеме", "co", null],
    ]);
    expect(after.funding).toEqual([{ code: "republican", text: "РБ", planned: 300000 }]);
    // The indicator of the same unit keeps its row (and so any values reported for it).
    expect(after.indicators).toEqual([expect.objectContaining({ id: indicatorId, target: 3 })]);
    expect(after.rowVersion).toBe(2);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.actor, planner.label));
    expect(audit).toMatchObject({ action: "update", entity: "measure", entityId: String(id) });
    expect(audit?.before).toMatchObject({ action: "Көпүрөнү оңдоо жана жаңылоо" });
    expect(audit?.after).toMatchObject({ action: "Эки көпүрөнү оңдоо" });
    const explicit = await updateMeasure(
      db,
      planner,
      id,
      { deadline: { text: "бир жолу", from: "2026-05-01", to: "2026-05-31" } },
      2,
    );
    expect(explicit.deadline).toEqual({
      text: "бир жолу",
      from: "2026-05-01",
      to: "2026-05-31",
      repeat: null,
    });
  });

  it("refuses a stale If-Match with conflict and changes nothing", async () => {
    const { db, ids, planner } = await setUp(engine);
    const id = ids[0] as number;
    await updateMeasure(db, planner, id, { result: "Биринчи" }, 1);
    const auditsBefore = (await db.select().from(auditLog)).length;
    expect(await errorCodeOf(updateMeasure(db, planner, id, { result: "Экинчи" }, 1))).toBe("conflict");
    const now = await getMeasure(db, ROOT, id);
    expect([now.result, now.rowVersion]).toEqual(["Биринчи", 2]);
    expect((await db.select().from(auditLog)).length).toBe(auditsBefore);
  });

  it("lets only planners and admins over the territory edit", async () => {
    const { db, ids } = await setUp(engine);
    const id = ids[0] as number;
    for (const login of ["viewer-tk", "executor-tk", "planner-ca", "executor-ca"])
      expect(await errorCodeOf(updateMeasure(db, await actorOf(db, login), id, { result: "x" }, 1))).toBe(
        "forbidden",
      );
    expect(await errorCodeOf(updateMeasure(db, await actorOf(db, "admin"), id, { result: "x" }, 1))).toBe(
      "resolved",
    );
    expect(await errorCodeOf(updateMeasure(db, ROOT, 9999, { result: "x" }, 1))).toBe("not_found");
    const unknownBody = { responsible: [{ name: "X", organizationId: 9999 }] };
    expect(await errorCodeOf(updateMeasure(db, ROOT, id, unknownBody, 2))).toBe("invalid_input");
    const backwards = { deadline: { text: "x", from: "2026-05-01", to: "2026-04-01" } };
    expect(await errorCodeOf(updateMeasure(db, ROOT, id, backwards, 2))).toBe("invalid_input");
  });

  it("moves a program forward draft → approved → archived with If-Match", async () => {
    const { db, programId, planner } = await setUp(engine);
    const approved = await updateProgram(
      db,
      planner,
      programId,
      { status: "approved", approvalNumber: "12/3", approvalDate: "2026-02-01", published: true },
      1,
    );
    expect(approved).toMatchObject({
      status: "approved",
      approvalNumber: "12/3",
      published: true,
      rowVersion: 2,
    });
    expect(await errorCodeOf(updateProgram(db, planner, programId, { title: "x" }, 1))).toBe("conflict");
    expect(await errorCodeOf(updateProgram(db, planner, programId, { status: "draft" }, 2))).toBe(
      "invalid_input",
    );
    expect(
      await errorCodeOf(updateProgram(db, await actorOf(db, "viewer-tk"), programId, { title: "x" }, 2)),
    ).toBe("forbidden");
    const [row] = await db.select().from(programs);
    expect([row?.status, row?.title.startsWith("Шаарды"), row?.rowVersion]).toEqual(["approved", true, 2]);
    const audits = await db.select().from(auditLog).where(eq(auditLog.entity, "program"));
    expect(audits.at(-1)).toMatchObject({ action: "update", actor: planner.label });
    expect(audits.at(-1)?.before).toMatchObject({ status: "draft" });
  });
});
