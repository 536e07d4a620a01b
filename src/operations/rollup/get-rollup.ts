import type { Db } from "../../db/connect.ts";
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
import { rollupSums } from "./rollup-sql.ts";

/**
 * A territory's roll-up for a quarter, always current (SQL over the subtree's programs' summaries,
 * kept in each write's transaction — no cache): one line per child territory and totals = the children plus the territory's own
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
  const scope = { path: territory.path, publishedOnly: !full, territoryId: territory.id };
  const { buckets, byFunding, children } = await rollupSums(db, scope, q, input.today);
  // The formula of buckets taken together: their inputs summed, as the totals are.
  const formulaOf = (ids: number[]) => {
    const parts = ids.flatMap((id) => buckets.get(id) ?? []);
    const notApproved = parts.reduce((n, p) => n + p.notApproved, 0);
    return rollupFormula(addInputs(parts.map((p) => p.inputs)), notApproved);
  };
  const sumsOf = (id: number) => buckets.get(id)?.sums ?? EMPTY_SUMS;
  // A child merged into another territory is shown only while programs still count under it.
  const shown = children.filter((c) => c.successorId === null || sumsOf(c.id).programs > 0);
  const own = sumsOf(0);
  const totals: RollupSums = addSums([own, ...shown.map((c) => sumsOf(c.id))]);
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
      ...rollupLine(sumsOf(c.id)),
      formula: formulaOf([c.id]),
    })),
  };
}
