/** What the API answers about an imported document: the diff against a program and the preview. */
import { z } from "zod";
import { CellConfidenceSchema } from "../cell-confidence.ts";
import { WARNING_CODES } from "../message-codes.ts";
import { MEASURE_FIELDS, MeasureSchema, PlanSchema } from "../plan.ts";

/** A measure as the diff shows it: the row, its position and its section's title. */
export const DiffRowSchema = z.object({
  index: z.number().int(),
  sectionTitle: z.string().nullable(),
  measure: MeasureSchema,
});

/** What changed between two plans; `pairs` are every aligned (before index, after index). */
export const PlanDiffSchema = z
  .object({
    added: z.array(DiffRowSchema),
    changed: z.array(
      z.object({ before: DiffRowSchema, after: DiffRowSchema, fields: z.array(z.enum(MEASURE_FIELDS)) }),
    ),
    removed: z.array(DiffRowSchema),
    pairs: z.array(z.tuple([z.number().int(), z.number().int()])),
  })
  .meta({ id: "PlanDiff" });

/**
 * Something of an imported document a person should check; `measure` is the row's index or null.
 * The web app shows its string for `code` with `params`; `message` is the English text.
 */
export const ImportWarningSchema = z
  .object({
    measure: z.number().int().nullable(),
    code: z.enum(WARNING_CODES),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  })
  .meta({ id: "ImportWarning" });
export type ImportWarning = z.infer<typeof ImportWarningSchema>;

/** What every answer about an import session carries: its id, version (ETag), expiry and target. */
const ImportSessionHead = {
  sessionId: z.number().int(),
  rowVersion: z.number().int(),
  expiresAt: z.string(),
  fileName: z.string(),
  territoryId: z.number().int(),
  programId: z.number().int().nullable(),
  saved: z.object({ programId: z.number().int(), version: z.number().int() }).nullable(),
};

/**
 * An uploaded document read into a plan, with what saving it would do (`diff` with a programId),
 * kept on the server as import session `sessionId` until it is saved or expires.
 */
export const ImportPreviewSchema = z
  .object({
    ...ImportSessionHead,
    plan: PlanSchema,
    warnings: z.array(ImportWarningSchema),
    /** The cells the importer is less than sure of, lowest first (decision 018). */
    cells: z.array(CellConfidenceSchema),
    unmatchedBodies: z.array(z.string()),
    diff: PlanDiffSchema.optional(),
  })
  .meta({ id: "ImportPreview" });
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

/** An import session with its plan as edited so far. */
export const ImportSessionSchema = z
  .object({
    ...ImportSessionHead,
    plan: PlanSchema,
    warnings: z.array(ImportWarningSchema),
    cells: z.array(CellConfidenceSchema),
  })
  .meta({ id: "ImportSession" });
export type ImportSession = z.infer<typeof ImportSessionSchema>;

/**
 * What an edit of an import session answers: the new version, the edited rows, and their warnings
 * and low cells left (an edited cell is checked, so it is no longer among them).
 */
export const ImportSessionEditSchema = z
  .object({
    sessionId: z.number().int(),
    rowVersion: z.number().int(),
    title: z.string(),
    measures: z.array(z.object({ index: z.number().int(), measure: MeasureSchema })),
    warnings: z.array(ImportWarningSchema),
    cells: z.array(CellConfidenceSchema),
  })
  .meta({ id: "ImportSessionEdit" });
export type ImportSessionEdit = z.infer<typeof ImportSessionEditSchema>;
