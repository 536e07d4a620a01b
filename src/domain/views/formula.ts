/** How a progress figure was made (the `formula` beside every progress figure the API answers). */
import { z } from "zod";

/** How measures are weighed: equally, or by their planned cost (a program's progress_weighting). */
export const WeightingSchema = z
  .enum(["equal", "cost"])
  .meta({ id: "Weighting", description: "equal weight per measure, or weighted by planned cost" });
export type Weighting = z.infer<typeof WeightingSchema>;

/** Why measures were not counted in a figure. */
export const LeftOutReasonSchema = z.enum(["removed", "no_cost", "program_not_approved"]).meta({
  description:
    "removed: removed by a later version of the plan; no_cost: no planned cost under the cost rule; program_not_approved: a draft or archived program (territory roll-ups count approved programs only)",
});
export type LeftOutReason = z.infer<typeof LeftOutReasonSchema>;

const PLANNED_COST = "cost rule: the planned cost of the counted measures (the weights' sum); else null";

/** The rule, the measures counted and those left out, and the same in one English sentence. */
export const FormulaSchema = z
  .object({
    rule: WeightingSchema,
    over: z.enum(["program", "territory"]).meta({
      description:
        "program: the program's own rule; territory: measures of every counted program weighed equally, whatever each program's rule",
    }),
    counted: z.number().int().meta({ description: "measures whose percent is in the figure" }),
    withoutReport: z
      .number()
      .int()
      .meta({ description: "of the counted, those without an accepted lead report (counted as 0 %)" }),
    plannedCost: z.number().nullable().meta({ description: PLANNED_COST }),
    leftOut: z.array(z.object({ reason: LeftOutReasonSchema, measures: z.number().int() })),
    text: z.string().meta({ description: "the formula in plain English" }),
  })
  .meta({ id: "Formula" });
export type Formula = z.infer<typeof FormulaSchema>;
