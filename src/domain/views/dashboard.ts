/** What the API answers for a program's dashboard. */
import { z } from "zod";
import { FormulaSchema } from "./formula.ts";
import { ReportingRateSchema } from "./reports.ts";

const Group = { measures: z.number().int(), percent: z.number(), formula: FormulaSchema };

/** Counts by status, progress by section, body and funding source, overdue measures, reporting rate. */
export const DashboardSchema = z
  .object({
    programId: z.number().int(),
    today: z.iso.date(),
    totals: z.object({ ...Group, overdue: z.number().int() }),
    byStatus: z.array(z.object({ status: z.string(), measures: z.number().int() })),
    bySection: z.array(
      z.object({
        sectionId: z.number().int().nullable(),
        code: z.string().nullable(),
        title: z.string().nullable(),
        ...Group,
      }),
    ),
    byBody: z.array(
      z.object({ organizationId: z.number().int(), name: z.string(), lead: z.number().int(), ...Group }),
    ),
    byUnmatchedBody: z
      .array(z.object({ name: z.string(), lead: z.number().int(), ...Group }))
      .meta({ description: "bodies not linked to an organization, by their name in the plan" }),
    byFunding: z.array(z.object({ code: z.string(), planned: z.number(), spent: z.number(), ...Group })),
    overdue: z.array(
      z.object({
        measureId: z.number().int(),
        number: z.string().nullable(),
        action: z.string(),
        deadlineTo: z.string().nullable(),
        repeat: z.enum(["yearly", "ongoing"]).nullable(),
        percent: z.number(),
        status: z.string(),
        firstOpenYear: z.number().int().nullable(),
      }),
    ),
    reportingRate: ReportingRateSchema,
  })
  .meta({
    id: "Dashboard",
    description:
      "progress of the program, a section, a body or a funding source = the program's weighting (equal, or by planned cost) over its current measures (no accepted lead report = 0), one decimal, with its `formula`; a body's over measures where it is lead or co; see docs/progress-rules.md",
  });
export type Dashboard = z.infer<typeof DashboardSchema>;
