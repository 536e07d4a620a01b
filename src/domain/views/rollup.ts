/** What the API answers about the territory register (an import) and a territory's roll-up. */
import { z } from "zod";
import { FormulaSchema } from "./formula.ts";

/** What loading a register file did: counts, and each territory added or changed with its line. */
export const TerritoryImportSchema = z
  .object({
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    changes: z.array(
      z.object({
        line: z.number().int(),
        code: z.string(),
        action: z.enum(["create", "update"]),
        fields: z.array(z.string()).meta({ description: "the fields an update changed" }),
      }),
    ),
  })
  .meta({ id: "TerritoryImport" });
export type TerritoryImport = z.infer<typeof TerritoryImportSchema>;

const counts = {
  programs: z.number().int(),
  measures: z.number().int(),
  done: z.number().int(),
  inProgress: z.number().int(),
  notStarted: z.number().int(),
  overdue: z.number().int(),
  progress: z
    .number()
    .meta({ description: "mean of the measures' percent, each with equal weight, one decimal; see formula" }),
  reportingRate: z.number().meta({ description: "submitted / expected pairs × 100, one decimal" }),
  planned: z.number(),
  spent: z.number(),
  formula: FormulaSchema,
};

/** One child territory's line of a roll-up (exactly these fields), with its progress formula. */
export const RollupChildSchema = z
  .object({ code: z.string(), name: z.string(), ...counts })
  .meta({ id: "RollupChild" });
export type RollupChild = z.infer<typeof RollupChildSchema>;

/** The territory's totals: its children and its own programs, with the inputs of each rate. */
export const RollupTotalsSchema = z
  .object({
    ...counts,
    postponed: z.number().int(),
    cancelled: z.number().int(),
    percentSum: z
      .number()
      .int()
      .meta({ description: "sum of the measures' percent (progress = this / measures)" }),
    expected: z.number().int(),
    submitted: z.number().int(),
    own: RollupChildSchema.omit({ code: true, name: true }).meta({
      description: "the territory's own programs (and those of merged territories it succeeds)",
    }),
    byFunding: z.array(z.object({ code: z.string(), planned: z.number(), spent: z.number() })),
    formula: FormulaSchema.extend({
      reportingRate: z.string().meta({ description: "how the reporting rate is counted" }),
    }),
  })
  .meta({ id: "RollupTotals" });

/** A territory's roll-up for a period: totals over its subtree and one line per child territory. */
export const RollupSchema = z
  .object({
    territory: z.object({ code: z.string(), name: z.string() }),
    period: z.string(),
    totals: RollupTotalsSchema,
    children: z.array(RollupChildSchema),
  })
  .meta({ id: "Rollup" });
export type Rollup = z.infer<typeof RollupSchema>;
