import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { addInputs } from "../../domain/progress-formula.ts";
import { parseQuarter, quarterKey } from "../../domain/quarter.ts";
import {
  addSums,
  EMPTY_SUMS,
  ROLLUP_RATE_FORMULA,
  type RollupSums,
  rollupFormula,
  rollupLine,
  som,
} from "../../domain/rollup.ts";
import type { Rollup } from "../../domain/views/rollup.ts";
import { refusal } from "../programs/program-access.ts";
import { findTerritory } from "../territories/find-territory.ts";
import { bucketFormulaInputs } from "./rollup-formula-sql.ts";
import { bucketSums, fundingSums } from "./rollup-sql.ts";

/**
 * A territory's roll-up for a quarter, always current (SQL over the subtree's current-state rows,
 * no cache): one line per child territory and totals = the children plus the territory's own
 * programs, progress and reporting rate made from the summed inputs. Counted: current measures of
 * approved programs; a merged or renamed territory's programs under its last successor. Who sees
 * what: program.read over the territory (viewer, executor, planner, admin) — every approved
 * program; anonymous — published ones only; signed in without a role there — 403. Every line's
 * progress has its formula (measures counted, without a report, left out: removed, not approved).
 */
export async function getRollup(
  db: Db,
  actor: Actor,
  input: { code: string; period: string; today: string },
): Promise<Rollup> {
  const q = parseQuarter(input.period);
  const territory = await findTerritory(db, { code: input.code });
  const anonymous = actor.userId === null && actor.grants.length === 0;
  const full = allows(actor, "program.read", territory.path);
  if (!full && !anonymous)
    throw refusal(actor, `the roll-up of ${territory.code} needs a role over that territory`);
  const scope = { path: territory.path, publishedOnly: !full };
  const [buckets, byFunding, children, formulaInputs] = await Promise.all([
    bucketSums(db, scope, q, input.today),
    fundingSums(db, scope),
    db
      .select()
      .from(territories)
      .where(eq(territories.parentId, territory.id))
      .orderBy(asc(territories.code)),
    bucketFormulaInputs(db, scope),
  ]);
  // The formula of buckets taken together: their inputs summed, as the totals are.
  const formulaOf = (ids: number[]) => {
    const parts = ids.flatMap((id) => formulaInputs.get(id) ?? []);
    const notApproved = parts.reduce((n, p) => n + p.notApproved, 0);
    return rollupFormula(addInputs(parts.map((p) => p.inputs)), notApproved);
  };
  // A child merged into another territory is shown only while programs still count under it.
  const shown = children.filter((c) => c.successorId === null || buckets.has(c.id));
  const own = buckets.get(0) ?? EMPTY_SUMS;
  const totals: RollupSums = addSums([own, ...shown.map((c) => buckets.get(c.id) ?? EMPTY_SUMS)]);
  return {
    territory: { code: territory.code, name: territory.nameKy },
    period: quarterKey(q),
    totals: {
      ...rollupLine(totals),
      formula: { ...formulaOf([0, ...shown.map((c) => c.id)]), reportingRate: ROLLUP_RATE_FORMULA },
      postponed: totals.postponed,
      cancelled: totals.cancelled,
      percentSum: totals.percentSum,
      expected: totals.expected,
      submitted: totals.submitted,
      own: { ...rollupLine(own), formula: formulaOf([0]) },
      byFunding: byFunding.map((f) => ({ code: f.code, planned: som(f.planned), spent: som(f.spent) })),
    },
    children: shown.map((c) => ({
      code: c.code,
      name: c.nameKy,
      ...rollupLine(buckets.get(c.id) ?? EMPTY_SUMS),
      formula: formulaOf([c.id]),
    })),
  };
}
