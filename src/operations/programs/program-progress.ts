import { sql } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import {
  type ProgressInputs,
  progressFormula,
  progressOf,
  type Weighting,
} from "../../domain/progress-formula.ts";
import { inputsFromRow, programInputsSql, rowsOf } from "../shared/progress-sql.ts";

/** A program's measure count, progress by its rule and the formula, from its summed inputs. */
export function programProgress(rule: Weighting, inputs: ProgressInputs) {
  return {
    measureCount: inputs.measures,
    progress: progressOf(rule, inputs),
    formula: progressFormula(rule, inputs),
  };
}

/** The progress figures of one program (the list reads the same subquery for each row). */
export async function readProgramProgress(db: Db, programId: number, rule: Weighting) {
  const [row] = await rowsOf<{ inputs: unknown }>(db, sql`select ${programInputsSql(programId)} as inputs`);
  return programProgress(rule, inputsFromRow(row?.inputs));
}
