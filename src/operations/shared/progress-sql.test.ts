/**
 * The SQL twins are held to the pure rules: for random measures and states (every status, done or
 * not, yearly / ongoing / dated / undated, with or without a measure_state row) the database's
 * answer equals the domain function's, on every engine.
 */
import { type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { isActiveInQuarter, isOverdue } from "../../domain/measure-progress.ts";
import { inputsOf } from "../../domain/progress-formula.ts";
import { REPORT_STATUSES } from "../../domain/report-workflow.ts";
import { activeInQuarterSql, inputsFromRow, overdueSql, progressInputsSql, rowsOf } from "./progress-sql.ts";

const day = fc
  .date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2029-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const measureCase = fc.record({
  deadlineFrom: fc.option(day, { nil: null }),
  deadlineTo: fc.option(day, { nil: null }),
  repeat: fc.constantFrom<"yearly" | "ongoing" | null>("yearly", "ongoing", null),
  state: fc.option(
    fc.record({
      status: fc.constantFrom(...REPORT_STATUSES),
      done: fc.boolean(),
      firstOpenYear: fc.option(fc.integer({ min: 2025, max: 2029 }), { nil: null }),
    }),
    { nil: null },
  ),
});
type MeasureCase = typeof measureCase extends fc.Arbitrary<infer T> ? T : never;

const text = (v: string | null) => (v === null ? sql`null::text` : sql`${v}::text`);
const int = (v: number | null) => (v === null ? sql`null::int` : sql`${v}::int`);

/** The ids of the cases for which `rule` (over aliases m and ms) is true in the database. */
async function idsWhere(db: Parameters<typeof rowsOf>[0], cases: MeasureCase[], rule: SQL) {
  const measureRows = sql.join(
    cases.map(
      (c, i) =>
        sql`(${i}::int, ${text(c.deadlineFrom)}::date, ${text(c.deadlineTo)}::date, ${text(c.repeat)})`,
    ),
    sql`, `,
  );
  const stateRows = cases.flatMap((c, i) =>
    c.state
      ? [sql`(${i}::int, ${c.state.status}::text, ${c.state.done}::boolean, ${int(c.state.firstOpenYear)})`]
      : [],
  );
  const states =
    stateRows.length > 0
      ? sql`(values ${sql.join(stateRows, sql`, `)}) as ms(measure_id, status, done, first_open_year)`
      : sql`(select null::int as measure_id, null::text as status, null::boolean as done, null::int as first_open_year where false) as ms`;
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`select m.id from (values ${measureRows}) as m(id, deadline_from, deadline_to, repeat)
        left join ${states} on ms.measure_id = m.id where ${rule} order by m.id`,
  );
  return rows.map((r) => Number(r.id));
}

// A measure as progress weighs it: removed or current, a planned cost or none, a state or none.
const weighedCase = fc.record({
  removed: fc.boolean(),
  cost: fc.option(
    fc.integer({ min: 0, max: 5_000_000_00 }).map((t) => t / 100),
    { nil: null },
  ),
  state: fc.option(fc.record({ percent: fc.integer({ min: 0, max: 100 }), accepted: fc.boolean() }), {
    nil: null,
  }),
});
type WeighedCase = typeof weighedCase extends fc.Arbitrary<infer T> ? T : never;

/** progressInputsSql over the cases as rows of measures m and states ms. */
async function sqlInputs(db: Parameters<typeof rowsOf>[0], cases: WeighedCase[]) {
  const measureRows = sql.join(
    cases.map(
      (c, i) =>
        sql`(${i}::int, ${c.removed ? 2 : null}::int, ${c.cost === null ? null : String(c.cost)}::numeric(16,2))`,
    ),
    sql`, `,
  );
  const stateRows = cases.flatMap((c, i) =>
    c.state ? [sql`(${i}::int, ${c.state.percent}::int, ${c.state.accepted ? 7 : null}::int)`] : [],
  );
  const states =
    stateRows.length > 0
      ? sql`(values ${sql.join(stateRows, sql`, `)}) as ms(measure_id, percent, last_accepted_period_id)`
      : sql`(select null::int as measure_id, null::int as percent, null::int as last_accepted_period_id where false) as ms`;
  const [row] = await rowsOf<Record<string, unknown>>(
    db,
    sql`select ${progressInputsSql()} from (values ${measureRows}) as m(id, removed_in_version, cost_amount)
        left join ${states} on ms.measure_id = m.id`,
  );
  return inputsFromRow(row);
}

for (const engine of testEngines()) {
  describe(`progress SQL twins equal the domain rules (${engine})`, () => {
    it("overdueSql ≡ isOverdue", async () => {
      const { db } = await freshDatabase(engine);
      await fc.assert(
        fc.asyncProperty(
          fc.array(measureCase, { minLength: 1, maxLength: 30 }),
          day,
          async (cases, today) => {
            const expected = cases.flatMap((c, i) =>
              isOverdue(
                {
                  deadlineTo: c.deadlineTo,
                  repeat: c.repeat,
                  done: c.state?.done ?? false,
                  status: c.state?.status ?? "not_started",
                  firstOpenYear: c.state?.firstOpenYear ?? null,
                },
                today,
              )
                ? [i]
                : [],
            );
            expect(await idsWhere(db, cases, overdueSql(today))).toEqual(expected);
          },
        ),
        { numRuns: 60 },
      );
    });

    it("activeInQuarterSql ≡ isActiveInQuarter", async () => {
      const { db } = await freshDatabase(engine);
      await fc.assert(
        fc.asyncProperty(fc.array(measureCase, { minLength: 1, maxLength: 30 }), async (cases) => {
          const [start, end] = ["2026-07-01", "2026-09-30"];
          const expected = cases.flatMap((c, i) => (isActiveInQuarter(c, start, end) ? [i] : []));
          expect(await idsWhere(db, cases, activeInQuarterSql(start, end))).toEqual(expected);
        }),
        { numRuns: 40 },
      );
    });

    it("progressInputsSql ≡ inputsOf (the sums behind both weighting rules)", async () => {
      const { db } = await freshDatabase(engine);
      await fc.assert(
        fc.asyncProperty(fc.array(weighedCase, { minLength: 1, maxLength: 30 }), async (cases) => {
          const expected = inputsOf(
            cases.map((c) => ({
              percent: c.state?.percent ?? 0,
              reported: c.state?.accepted ?? false,
              plannedCost: c.cost,
              removed: c.removed,
            })),
          );
          expect(await sqlInputs(db, cases)).toEqual(expected);
        }),
        { numRuns: 40 },
      );
    });
  });
}
