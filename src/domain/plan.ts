import { z } from "zod";

/** An ISO calendar date, YYYY-MM-DD. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Funding source codes of plan/v1 (docs/spec/plan-format.md, "Funding codes"). */
export const FundingCode = z.enum([
  "republican",
  "local",
  "investor",
  "sponsor",
  "grant",
  "credit",
  "emergency",
  "none",
  "other",
]);
export type FundingCode = z.infer<typeof FundingCode>;

/** When a measure is to be done: the text as written and the dates it means. */
export const DeadlineSchema = z.object({
  text: z.string(),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  repeat: z.enum(["yearly", "ongoing"]).nullable(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** One funding source of a measure, with its planned sum in som where the plan states one. */
export const FundingSchema = z.object({
  code: FundingCode,
  text: z.string(),
  amount: z.number().nonnegative().optional(),
});
export type Funding = z.infer<typeof FundingSchema>;

/** The whole cost of a measure in som, with the number as written. */
export const CostSchema = z.object({
  amount: z.number().nonnegative(),
  currency: z.literal("KGS"),
  text: z.string(),
});
export type Cost = z.infer<typeof CostSchema>;

/** A number the measure promises, with the word it counts. */
export const TargetSchema = z.object({ value: z.number(), unit: z.string() });
export type Target = z.infer<typeof TargetSchema>;

/** A heading between rows of the action table. */
export const SectionSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  title: z.string(),
  parent: z.string().nullable(),
});
export type Section = z.infer<typeof SectionSchema>;

/** The ten fields of a measure that an import is scored on and a new version can change. */
export const MEASURE_FIELDS = [
  "number",
  "section",
  "task",
  "action",
  "deadline",
  "result",
  "responsible",
  "funding",
  "cost",
  "targets",
] as const;
export type MeasureField = (typeof MEASURE_FIELDS)[number];

/** One row of the action table. */
export const MeasureSchema = z.object({
  section: z.string().nullable(),
  number: z.string().nullable(),
  task: z.string(),
  action: z.string(),
  deadline: DeadlineSchema,
  result: z.string(),
  responsible: z.array(z.string()),
  funding: z.array(FundingSchema),
  cost: CostSchema.nullable(),
  targets: z.array(TargetSchema),
});
export type Measure = z.infer<typeof MeasureSchema>;

/** A person who signs the plan. */
export const SignatorySchema = z.object({ position: z.string(), name: z.string() });
export type Signatory = z.infer<typeof SignatorySchema>;

/** The plan/v1 interchange format: one development-program document as written. */
export const PlanSchema = z
  .object({
    format: z.literal("plan/v1"),
    title: z.string(),
    territory: z.string().nullable(),
    period: z.object({ from: z.number().int(), to: z.number().int() }),
    language: z.enum(["ky", "ru"]),
    sections: z.array(SectionSchema),
    measures: z.array(MeasureSchema),
    signatories: z.array(SignatorySchema),
  })
  .superRefine((plan, ctx) => {
    const ids = new Set(plan.sections.map((s) => s.id));
    for (const [i, m] of plan.measures.entries()) {
      if (m.section !== null && !ids.has(m.section)) {
        ctx.addIssue({
          code: "custom",
          path: ["measures", i, "section"],
          message: `unknown section ${m.section}`,
        });
      }
    }
  });
export type Plan = z.infer<typeof PlanSchema>;
