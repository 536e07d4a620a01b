/**
 * Audit completeness: the whole cycle driven through HTTP, each write checked for exactly the audit
 * rows it adds (actor, action, entity, id, before / after where they matter), and refused writes
 * (403, 409, 400) checked to add none. Also the trail GET /audit gives for a measure.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { and, asc, eq, gt } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, measures } from "../../src/db/schema.ts";
import { apiFor } from "../setup/api-client.ts";
import { smallPlan } from "../setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../setup/test-db.ts";
import { createWorld } from "../setup/world.ts";

type Row = typeof auditLog.$inferSelect;
type Json = Record<string, unknown>;

describe.each(testEngines())("audit log of the whole cycle on %s", (engine) => {
  it("records every write with who, what and before/after, and nothing for a refused one", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const api = apiFor(db, { dataDir: mkdtempSync(join(tmpdir(), "audit-")) });
    const { propertyDept, mayorOffice } = world.organizations;
    const tk = world.territories.tashKomur.id;
    const label = (login: string) => `user:${world.users[login]} (${login})`;
    let seen = (await db.select().from(auditLog)).reduce((max, r) => Math.max(max, r.id), 0);
    /** The audit rows added since the last call, oldest first. */
    const added = async (): Promise<Row[]> => {
      const rows = await db.select().from(auditLog).where(gt(auditLog.id, seen)).orderBy(asc(auditLog.id));
      seen = rows.at(-1)?.id ?? seen;
      return rows;
    };
    /** The before or after of the i-th row ({} when there is none). */
    const side = (rows: Row[], which: "before" | "after", i = 0) => (rows[i]?.[which] ?? {}) as Json;
    const brief = (rows: Row[]) => rows.map((r) => [r.actor, r.action, r.entity, r.entityId]);
    const planner = await api.as("planner-tk");
    const executor = await api.as("executor-tk");
    const viewer = await api.as("viewer-tk");
    const admin = await api.as("admin");
    const P = label("planner-tk");
    const E = label("executor-tk");
    const A = label("admin");

    // save a plan
    const plan = smallPlan({ mayor: mayorOffice.name, property: propertyDept.name });
    const saved = await planner.post<{ programId: number }>("/api/v1/programs", { territoryId: tk, plan });
    expect(saved.status).toBe(201);
    const pid = saved.body.programId;
    const created = await added();
    expect(brief(created)).toEqual([
      [P, "create", "program", String(pid)],
      [P, "create", "program_version", `${pid}/1`],
    ]);
    expect(side(created, "after").title).toBe(plan.title);
    expect(created[0]?.userId).toBe(world.users["planner-tk"]);

    // edit a measure (the second: the property department leads it alone, due 2026-Q3)
    const [m] = await db
      .select()
      .from(measures)
      .where(and(eq(measures.programId, pid), eq(measures.position, 1)));
    const mid = (m as { id: number }).id;
    const edit = await planner.patch(
      `/api/v1/measures/${mid}`,
      { result: "Көпүрө оңдолду" },
      { "if-match": '"1"' },
    );
    expect(edit.status).toBe(200);
    const edited = await added();
    expect(brief(edited)).toEqual([[P, "update", "measure", String(mid)]]);
    expect(side(edited, "before").result).toBe("Аткарылат");
    expect(side(edited, "after").result).toBe("Көпүрө оңдолду");

    // refused writes add nothing: a viewer's edit, a stale If-Match, a malformed body, no If-Match
    const refused = [
      await viewer.patch(`/api/v1/measures/${mid}`, { result: "x" }, { "if-match": '"2"' }),
      await planner.patch(`/api/v1/measures/${mid}`, { result: "x" }, { "if-match": '"1"' }),
      await planner.patch(`/api/v1/measures/${mid}`, { result: 5 }, { "if-match": '"2"' }),
      await planner.patch(`/api/v1/measures/${mid}`, { result: "x" }),
      await executor.post(`/api/v1/programs/${pid}/periods/2026-Q3/open`),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 409, 400, 400, 403]);
    expect(await added()).toEqual([]);

    // open a period
    const opened = await planner.post<{ id: number }>(`/api/v1/programs/${pid}/periods/2026-Q3/open`);
    expect(opened.status).toBe(200);
    const openRows = await added();
    expect(brief(openRows)).toEqual([[P, "period.open", "reporting_period", String(opened.body.id)]]);
    expect(openRows[0]?.before).toBeNull();
    expect(side(openRows, "after").status).toBe("open");

    // save, update, submit a report
    const url = `/api/v1/measures/${mid}/reports/2026-Q3`;
    const body = { status: "in_progress", percent: 40, delayReason: "Подрядчик кечикти" };
    const first = await executor.put<{ id: number; rowVersion: number }>(url, body);
    expect(first.status).toBe(201);
    const rid = String(first.body.id);
    const createdReport = await added();
    expect(brief(createdReport)).toEqual([[E, "report.create", "progress_report", rid]]);
    expect(createdReport[0]?.before).toBeNull();
    expect(side(createdReport, "after").percent).toBe(40);
    expect((await executor.put(url, { ...body, percent: 60 }, { "if-match": '"9"' })).status).toBe(409);
    expect(await added()).toEqual([]);
    const second = await executor.put(
      url,
      { ...body, percent: 60 },
      { "if-match": `"${first.body.rowVersion}"` },
    );
    expect(second.status).toBe(200);
    const updated = await added();
    expect(brief(updated)).toEqual([[E, "report.update", "progress_report", rid]]);
    expect([side(updated, "before").percent, side(updated, "after").percent]).toEqual([40, 60]);
    expect((await executor.post(`/api/v1/reports/${rid}/submit`)).status).toBe(200);
    const submitted = await added();
    expect(brief(submitted)).toEqual([[E, "report.submit", "progress_report", rid]]);
    expect([side(submitted, "before").workflow, side(submitted, "after").workflow]).toEqual([
      "draft",
      "submitted",
    ]);

    // an executor cannot review; the planner returns it
    expect((await executor.post(`/api/v1/reports/${rid}/accept`)).status).toBe(403);
    expect(await added()).toEqual([]);
    expect((await planner.post(`/api/v1/reports/${rid}/return`, { comment: "Сүрөт тиркеңиз" })).status).toBe(
      200,
    );
    const returned = await added();
    expect(brief(returned)).toEqual([[P, "report.return", "progress_report", rid]]);
    expect(side(returned, "after").reviewerComment).toBe("Сүрөт тиркеңиз");

    // attach a file to the returned report, resubmit, accept
    const form = new FormData();
    form.append("file", new File(["сүрөт"], "сүрөт.txt", { type: "text/plain" }));
    const file = await executor.post<{ id: number }>(`/api/v1/reports/${rid}/attachments`, form);
    expect(file.status).toBe(201);
    const attached = await added();
    expect(brief(attached)).toEqual([[E, "attachment.add", "attachment", String(file.body.id)]]);
    expect(side(attached, "after").fileName).toBe("сүрөт.txt");
    expect((await executor.post(`/api/v1/reports/${rid}/submit`)).status).toBe(200);
    const resubmitted = await added();
    expect(brief(resubmitted)).toEqual([[E, "report.submit", "progress_report", rid]]);
    expect(side(resubmitted, "after").resubmitted).toBe(true);
    expect((await planner.post(`/api/v1/reports/${rid}/accept`)).status).toBe(200);
    const accepted = await added();
    expect(brief(accepted)).toEqual([
      [P, "report.accept", "progress_report", rid],
      [P, "measure_state.refresh", "measure_state", String(mid)],
    ]);
    expect(side(accepted, "after", 1).percent).toBe(60);
    // accepted is final: a second accept is a 409 and adds nothing
    expect((await planner.post(`/api/v1/reports/${rid}/accept`)).status).toBe(409);
    expect(await added()).toEqual([]);

    // the measure's trail gives all of it, newest first, to the planner only
    const trail = await planner.get<{ items: Row[]; total: number }>(
      `/api/v1/audit?entity=measure&entityId=${mid}&pageSize=3`,
    );
    expect(trail.status).toBe(200);
    // measure update, report create, update, submit, return, attachment, resubmit, accept, state refresh
    expect(trail.body.total).toBe(9);
    expect(trail.body.items.map((r) => r.action)).toEqual([
      "measure_state.refresh",
      "report.accept",
      "report.submit",
    ]);
    expect((await viewer.get(`/api/v1/audit?entity=measure&entityId=${mid}`)).status).toBe(403);

    // users: create, grant, reset a password; a refused creation adds nothing
    const newUser = {
      login: "aibek",
      displayName: "Айбек",
      password: "password-456",
      organizationId: propertyDept.id,
    };
    expect((await planner.post("/api/v1/users", newUser)).status).toBe(403);
    const user = await admin.post<{ id: number }>("/api/v1/users", newUser);
    expect(user.status).toBe(201);
    expect((await admin.post("/api/v1/users", newUser)).status).toBe(409);
    const uid = String(user.body.id);
    const userRows = await added();
    expect(brief(userRows)).toEqual([[A, "create", "user", uid]]);
    expect(JSON.stringify(userRows[0]?.after)).not.toContain("password");
    const grant = { role: "executor", territoryId: tk };
    expect((await admin.post(`/api/v1/users/${uid}/roles`, grant)).status).toBe(200);
    const granted = await added();
    expect(brief(granted)).toEqual([[A, "grant", "user_role", uid]]);
    expect(granted[0]?.after).toEqual(grant);
    expect((await admin.post(`/api/v1/users/${uid}/roles`, grant)).status).toBe(200);
    expect(await added()).toEqual([]); // granted already: nothing changed, nothing recorded
    expect((await admin.post(`/api/v1/users/${uid}/password`, { password: "short" })).status).toBe(400);
    expect(await added()).toEqual([]);
    expect((await admin.post(`/api/v1/users/${uid}/password`, { password: "password-789" })).status).toBe(
      204,
    );
    const reset = await added();
    expect(brief(reset)).toEqual([[A, "set_password", "user", uid]]);
    expect([reset[0]?.before, reset[0]?.after]).toEqual([null, null]);

    // publish the program
    const publish = await planner.patch(
      `/api/v1/programs/${pid}`,
      { published: true },
      { "if-match": '"1"' },
    );
    expect(publish.status).toBe(200);
    const published = await added();
    expect(brief(published)).toEqual([[P, "update", "program", String(pid)]]);
    expect([side(published, "before").published, side(published, "after").published]).toEqual([false, true]);
  }, 60_000);
});
