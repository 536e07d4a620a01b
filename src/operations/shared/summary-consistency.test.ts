/**
 * The program summaries stay current: after random sequences of writes through the operations
 * (reports saved, submitted, accepted, returned; measures' deadlines, funding and bodies edited;
 * periods opened and closed; a body linked by an alias), the summary tables equal a recomputation
 * from the base tables — so no write path forgets to refresh them. And migration 0005's backfill
 * and 0007's backfills are the very SQL of the refresh, for all programs (BACKFILLS). Both engines.
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createProgramFixture } from "../../../tests/setup/program-fixture.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld } from "../../../tests/setup/world.ts";
import type { Db } from "../../db/connect.ts";
import type { Actor } from "../../domain/access.ts";
import { isAppError } from "../../domain/errors.ts";
import { updateMeasure } from "../measures/update-measure.ts";
import { closePeriod } from "../reporting/close-period.ts";
import { openPeriod } from "../reporting/open-period.ts";
import { reviewReport } from "../reporting/review-report.ts";
import { saveReport } from "../reporting/save-report.ts";
import { submitReport } from "../reporting/submit-report.ts";
import { addOrganizationAlias } from "../territories/add-organization-alias.ts";
import { actorOfUser } from "../users/sessions.ts";
import { ALL_PROGRAMS, BACKFILLS, refreshAllSummaries } from "./program-summary.ts";
import { rowsOf } from "./progress-sql.ts";

const TABLES = {
  program_summary: "program_id",
  program_deadlines: "program_id, day",
  program_funding: "program_id, code",
  program_quarter_rate: "program_id, year, quarter",
  program_groups: "program_id, kind, key",
};

async function snapshot(db: Db) {
  const out: Record<string, unknown[]> = {};
  for (const [table, order] of Object.entries(TABLES))
    out[table] = (
      await rowsOf<Record<string, unknown>>(db, sql.raw(`select * from ${table} order by ${order}`))
    ).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, String(v)])));
  return out;
}

/** The summaries as stored, and as recomputed from scratch (in a transaction rolled back). */
async function storedAndRecomputed(db: Db) {
  const stored = await snapshot(db);
  let recomputed: Record<string, unknown[]> = {};
  await db
    .transaction(async (tx) => {
      await refreshAllSummaries(tx as unknown as Db);
      recomputed = await snapshot(tx as unknown as Db);
      throw new Error("rollback");
    })
    .catch((e: Error) => {
      if (e.message !== "rollback") throw e;
    });
  return { stored, recomputed };
}

const QUARTERS = ["2026-Q2", "2026-Q3", "2027-Q1"];
const KEYS = ["m1", "m2", "m3", "m4", "m5", "m6"] as const;

const command = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant("report" as const),
      key: fc.constantFrom(...KEYS),
      quarter: fc.constantFrom(...QUARTERS),
      body: fc.nat(1),
      status: fc.constantFrom("in_progress" as const, "done" as const, "cancelled" as const),
      percent: fc.integer({ min: 0, max: 100 }),
      spent: fc.integer({ min: 0, max: 500 }),
      next: fc.constantFrom("draft" as const, "submit" as const, "accept" as const, "return" as const),
    }),
  },
  fc.record({
    kind: fc.constant("deadline" as const),
    key: fc.constantFrom(...KEYS),
    to: fc.constantFrom("2026-03-31", "2026-09-30", "2027-06-30", null),
    repeat: fc.constantFrom(null, "yearly" as const, "ongoing" as const),
  }),
  fc.record({
    kind: fc.constant("funding" as const),
    key: fc.constantFrom(...KEYS),
    codes: fc.subarray<"local" | "republican">(["local", "republican"]),
    amount: fc.integer({ min: 0, max: 9000 }),
  }),
  fc.record({
    kind: fc.constant("period" as const),
    quarter: fc.constantFrom(...QUARTERS),
    open: fc.boolean(),
  }),
  fc.record({ kind: fc.constant("alias" as const) }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

// Expected refusals (a closed period, an accepted report, a cancelled report without its reason…)
// are part of random sequences: they change nothing and must leave the summaries as they were.
async function tolerate(work: () => Promise<unknown>) {
  try {
    await work();
  } catch (e) {
    if (!isAppError(e)) throw e;
  }
}

async function measureVersion(db: Db, id: number) {
  const [row] = await rowsOf<{ v: number }>(db, sql`select row_version as v from measures where id = ${id}`);
  return Number(row?.v);
}

describe.each(testEngines())("program summaries on %s", (engine) => {
  it("equal a recomputation from the base tables after random writes", { timeout: 600_000 }, async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const admin: Actor = await actorOfUser(db, {
      id: world.users.admin as number,
      login: "admin",
      organizationId: null,
    });
    const orgs = world.organizations;
    const run = async (programId: number, ids: Record<string, number>, c: Command) => {
      const id = "key" in c ? (ids[c.key] as number) : 0;
      if (c.kind === "period")
        return tolerate(() => (c.open ? openPeriod : closePeriod)(db, admin, programId, c.quarter));
      if (c.kind === "alias")
        return tolerate(() => addOrganizationAlias(db, admin, orgs.propertyDept.id, "Белгисиз мекеме"));
      if (c.kind === "deadline")
        return tolerate(async () =>
          updateMeasure(
            db,
            admin,
            id,
            { deadline: { text: "мөөнөт", from: null, to: c.to, repeat: c.repeat } },
            await measureVersion(db, id),
          ),
        );
      if (c.kind === "funding")
        return tolerate(async () =>
          updateMeasure(
            db,
            admin,
            id,
            { funding: c.codes.map((code) => ({ code, text: code, amount: c.amount })) },
            await measureVersion(db, id),
          ),
        );
      // one of the measure's own responsible organizations (fixture: m6's lead is unmatched)
      const bodies = await rowsOf<{ org: number }>(
        db,
        sql`select organization_id as org from measure_bodies where measure_id = ${id} and organization_id is not null order by position`,
      );
      const organizationId = Number(bodies[c.body % bodies.length]?.org);
      const [code] = await rowsOf<{ code: string }>(
        db,
        sql`select code from measure_funding where measure_id = ${id}`,
      );
      const [existing] = await rowsOf<{ v: number }>(
        db,
        sql`select r.row_version as v from progress_reports r join reporting_periods p on p.id = r.period_id
            where r.measure_id = ${id} and r.organization_id = ${organizationId}
              and p.year || '-Q' || p.quarter = ${c.quarter}`,
      );
      await tolerate(async () => {
        const { report } = await saveReport(db, admin, {
          measureId: id,
          period: c.quarter,
          organizationId,
          status: c.status,
          percent: c.percent,
          delayReason: "себеп",
          spending: code ? [{ code: code.code, amount: c.spent }] : [],
          ifMatch: existing ? Number(existing.v) : null,
        });
        if (c.next === "draft") return;
        await submitReport(db, admin, report.id);
        if (c.next !== "submit")
          await reviewReport(db, admin, report.id, { action: c.next, comment: "кайра карагыла" });
      });
    };
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        const fixture = await createProgramFixture(db, world);
        for (const quarter of QUARTERS) await openPeriod(db, admin, fixture.programId, quarter);
        for (const c of commands) await run(fixture.programId, fixture.measureIds, c);
        const { stored, recomputed } = await storedAndRecomputed(db);
        expect(stored).toEqual(recomputed);
      }),
      { numRuns: engine === "pglite" ? 30 : 12, seed: 20261203 },
    );
  });
});

describe.each(Object.entries(BACKFILLS))("migration %s", (name, statements) => {
  it("backfills by the statements that refresh one program, for all programs", () => {
    const migration = readFileSync(new URL(`../../db/migrations/${name}.sql`, import.meta.url), "utf8");
    const dialect = new PgDialect();
    for (const statement of statements(ALL_PROGRAMS)) {
      const query = dialect.sqlToQuery(statement);
      expect(query.params).toEqual([]);
      expect(migration).toContain(`${query.sql};`);
    }
  });
});
