/** What the API answers about programs: the list, one program, its versions, a saved plan. */
import { z } from "zod";
import { PlanSchema } from "../plan.ts";
import { FormulaSchema, WeightingSchema } from "./formula.ts";
import { PlanDiffSchema } from "./imports.ts";

const ProgramStatus = z.enum(["draft", "approved", "archived"]);
const Language = z.enum(["ky", "ru"]);

/** A program's current measures, its progress by its weighting and how that was computed. */
const ProgressFigures = {
  measureCount: z.number().int(),
  progress: z.number().meta({ description: "by the program's weighting, one decimal; see formula" }),
  formula: FormulaSchema,
};

/** A program in the list, with its progress figures. */
export const ProgramListItemSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    territory: z.object({ id: z.number().int(), nameKy: z.string(), nameRu: z.string() }),
    period: z.object({ from: z.number().int(), to: z.number().int() }),
    language: Language,
    status: ProgramStatus,
    published: z.boolean(),
    version: z.number().int(),
    progressWeighting: WeightingSchema,
    ...ProgressFigures,
    overdue: z.number().int(),
  })
  .meta({ id: "ProgramListItem" });
export type ProgramListItem = z.infer<typeof ProgramListItemSchema>;

/** A program's stored header, as an edit (PATCH) answers it; ETag is its row version. */
export const ProgramHeaderSchema = z
  .object({
    id: z.number().int(),
    territoryId: z.number().int(),
    title: z.string(),
    periodFrom: z.number().int(),
    periodTo: z.number().int(),
    language: Language,
    approvalNumber: z.string().nullable(),
    approvalDate: z.iso.date().nullable(),
    status: ProgramStatus,
    published: z.boolean(),
    progressWeighting: WeightingSchema,
    reportDueDays: z
      .number()
      .int()
      .meta({ description: "reports of a quarter are due this many days after it" }),
    currentVersion: z.number().int(),
    rowVersion: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "ProgramHeader" });
export type ProgramHeader = z.infer<typeof ProgramHeaderSchema>;

/** Who saved a version of a program, when, and from which file. */
const VersionStamp = {
  number: z.number().int(),
  sourceName: z.string().nullable(),
  createdBy: z.number().int().nullable(),
  createdAt: z.iso.datetime(),
};

/** A program: header, progress, its territory, the sections of its current version and its versions. */
export const ProgramSchema = ProgramHeaderSchema.extend({
  ...ProgressFigures,
  territory: z
    .object({ id: z.number().int(), nameKy: z.string(), nameRu: z.string(), path: z.string() })
    .nullable(),
  sections: z.array(
    z.object({
      id: z.number().int(),
      parentId: z.number().int().nullable(),
      code: z.string().nullable(),
      title: z.string(),
    }),
  ),
  versions: z.array(z.object(VersionStamp)),
}).meta({ id: "Program" });
export type Program = z.infer<typeof ProgramSchema>;

/** A version in a program's version list, with how many measures it added, changed and removed. */
export const ProgramVersionItemSchema = z
  .object({
    ...VersionStamp,
    added: z.number().int(),
    changed: z.number().int(),
    removed: z.number().int(),
  })
  .meta({ id: "ProgramVersionItem" });
export type ProgramVersionItem = z.infer<typeof ProgramVersionItemSchema>;

/** One version of a program: the plan as imported and its diff from the version before. */
export const ProgramVersionSchema = z
  .object({ ...VersionStamp, plan: PlanSchema, diff: PlanDiffSchema })
  .meta({ id: "ProgramVersion" });
export type ProgramVersion = z.infer<typeof ProgramVersionSchema>;

/** A saved plan: the program and version it became, its diff and the bodies nobody knows yet. */
export const SavedPlanSchema = z
  .object({
    programId: z.number().int(),
    version: z.number().int(),
    diff: PlanDiffSchema,
    unmatchedBodies: z.array(z.string()),
  })
  .meta({ id: "SavedPlan" });
export type SavedPlan = z.infer<typeof SavedPlanSchema>;
