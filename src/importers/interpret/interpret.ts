import { CELL_FIELDS, type CellField } from "../../domain/cell-confidence.ts";
import { AppError } from "../../domain/errors.ts";
import { detectLanguage } from "../../domain/language.ts";
import { type Plan, PlanSchema } from "../../domain/plan.ts";
import type { SourceDocument } from "../table.ts";
import { findActionTable } from "./action-rows.ts";
import { buildRows, type RawMeasure } from "./build-rows.ts";
import { type ImportWarning, readMeasure } from "./fields.ts";
import { guessColumns } from "./guess-columns.ts";
import { findSignatories } from "./signatories.ts";
import { cellText } from "./text.ts";
import { findPeriod, findTerritory, findTitle } from "./title.ts";

export type { ImportWarning } from "./fields.ts";

/** A plan read from a document, with what a person should check. */
export interface Interpretation {
  plan: Plan;
  warnings: ImportWarning[];
  /** For each measure, the fields read from a column whose role was guessed from its cells. */
  guessedFields: CellField[][];
}

/** Options of an interpretation; `today` decides the period of a plan that names no year at all. */
export interface InterpretOptions {
  today?: Date;
}

/**
 * Reads a plan out of any reader's table model: finds the action table and its columns, builds
 * sections and measures, reads every field, and validates the result against plan/v1.
 */
export function interpretDocument(
  doc: SourceDocument,
  fileName: string,
  options: InterpretOptions = {},
): Interpretation {
  const table = findActionTable(doc.blocks);
  if (table === null)
    throw new AppError(
      "no_action_table",
      `${fileName}: no action table found (no header row naming measures, deadlines, responsible bodies)`,
    );
  const built = buildRows(guessColumns(table.items));
  if (built.measures.length === 0)
    throw new AppError("no_action_table", `${fileName}: the action table has no rows`);
  const title = findTitle(table.before);
  const deadlines = built.measures.map((m) => cellText(m.cells.deadline));
  const period = findPeriod(title, deadlines, options.today ?? new Date());
  // the reader's warnings about the whole document come first: they qualify every measure
  const warnings: ImportWarning[] = (doc.warnings ?? []).map((w) => ({ measure: null, ...w }));
  const measures = built.measures.map((raw, i) => readMeasure(raw, period, i, (w) => warnings.push(w)));
  const allText = [title, ...measures.map((m) => `${m.action} ${m.result}`)].join(" ");
  const plan: Plan = {
    format: "plan/v1",
    title,
    territory: findTerritory(table.before),
    period,
    language: detectLanguage(allText),
    sections: built.sections,
    measures,
    signatories: findSignatories([...built.trailing, ...table.after]),
  };
  const guessedFields = built.measures.map((raw) => guessedFieldsOf(raw.map));
  return { plan: PlanSchema.parse(plan), warnings, guessedFields };
}

/** The fields a column map reads from guessed columns. */
function guessedFieldsOf(map: RawMeasure["map"]): CellField[] {
  const fields = map.roles.filter((_, i) => map.guessed?.[i] === true);
  return CELL_FIELDS.filter((f) => (fields as string[]).includes(f));
}
