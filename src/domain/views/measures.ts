/** What the API answers about measures: the action table's rows and one measure in full. */
import { z } from "zod";
import { DeadlineSchema, MeasureSchema } from "../plan.ts";

/** A measure in the list: the plan's own fields of the row, with its ids and state. */
export const MeasureListItemSchema = MeasureSchema.pick({
  number: true,
  task: true,
  action: true,
  deadline: true,
  result: true,
  responsible: true,
})
  .extend({
    id: z.number().int(),
    sectionId: z.number().int().nullable(),
    status: z.string(),
    percent: z.number(),
    overdue: z.boolean(),
    removedInVersion: z.number().int().nullable(),
  })
  .meta({ id: "MeasureListItem" });
export type MeasureListItem = z.infer<typeof MeasureListItemSchema>;

/** A measure with its bodies and roles, funding, indicators, section and state; ETag is its row version. */
export const MeasureDetailSchema = z
  .object({
    id: z.number().int(),
    programId: z.number().int(),
    section: z.object({ id: z.number().int(), code: z.string().nullable(), title: z.string() }).nullable(),
    position: z.number().int(),
    number: z.string().nullable(),
    task: z.string(),
    action: z.string(),
    deadline: DeadlineSchema,
    result: z.string(),
    cost: z.object({ amount: z.number(), text: z.string() }).nullable(),
    bodies: z.array(
      z.object({
        id: z.number().int(),
        name: z.string(),
        role: z.enum(["lead", "co"]),
        organizationId: z.number().int().nullable(),
      }),
    ),
    funding: z.array(z.object({ code: z.string(), text: z.string(), planned: z.number().nullable() })),
    indicators: z.array(
      z.object({
        id: z.number().int(),
        unit: z.string(),
        baseline: z.number().nullable(),
        target: z.number(),
        cumulative: z.boolean(),
      }),
    ),
    state: z.object({
      status: z.string(),
      percent: z.number(),
      done: z.boolean(),
      firstOpenYear: z.number().int().nullable(),
      spent: z.number(),
    }),
    addedInVersion: z.number().int(),
    removedInVersion: z.number().int().nullable(),
    rowVersion: z.number().int(),
  })
  .meta({ id: "MeasureDetail" });
export type MeasureDetail = z.infer<typeof MeasureDetailSchema>;
