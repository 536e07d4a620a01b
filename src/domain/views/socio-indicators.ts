/** What the API answers about socio-economic indicators: the catalogue, a territory's figures, rankings. */
import { z } from "zod";

/** One indicator of the catalogue. */
export const IndicatorSchema = z
  .object({
    code: z.string(),
    nameKy: z.string(),
    nameRu: z.string(),
    unit: z.string().meta({ description: "persons, percent, thousand_som, units or places" }),
    direction: z.enum(["higher", "lower"]).meta({ description: "which way is better" }),
    periodicity: z.enum(["quarter", "year"]),
    rollup: z.enum(["sum", "population_mean", "none"]).meta({
      description:
        "a parent's figure from its children: their sum, their mean weighted by population, or none",
    }),
  })
  .meta({ id: "Indicator" });
export type Indicator = z.infer<typeof IndicatorSchema>;

/** The catalogue. */
export const IndicatorCatalogueSchema = z
  .object({ items: z.array(IndicatorSchema) })
  .meta({ id: "IndicatorCatalogue" });

/** How a parent's figure was made from its children. */
export const IndicatorFormulaSchema = z
  .object({
    rule: z.enum(["sum", "population_mean", "none"]),
    counted: z.array(z.string()).meta({ description: "codes of the children counted" }),
    leftOut: z.array(
      z.object({
        code: z.string(),
        reason: z.enum(["no_figure", "no_population"]),
      }),
    ),
  })
  .meta({ id: "IndicatorFormula" });
export type IndicatorFormulaView = z.infer<typeof IndicatorFormulaSchema>;

/** A figure made from the children by the indicator's rule (null when nothing could be counted). */
export const FromChildrenSchema = z
  .object({ value: z.number().nullable(), formula: IndicatorFormulaSchema })
  .meta({ id: "IndicatorFromChildren" });

const TrackStatus = z.enum(["on_track", "behind", "no_target", "no_actual"]);

/** An actual value with who entered it and from where. */
export const IndicatorActualSchema = z
  .object({
    year: z.number().int(),
    quarter: z.number().int().meta({ description: "1–4, or 0 for the whole year" }),
    value: z.number(),
    source: z.string(),
    enteredBy: z.string().nullable().meta({ description: "the display name of who entered it" }),
    enteredAt: z.string(),
  })
  .meta({ id: "IndicatorActual" });

/** A year of a territory's indicator: the trajectory, the actual and the figure from the children. */
export const IndicatorYearSchema = z
  .object({
    year: z.number().int(),
    target: z.number().nullable().meta({ description: "the target set for this year" }),
    expected: z
      .number()
      .nullable()
      .meta({ description: "the trajectory: target, or a line between known years" }),
    actual: z.number().nullable().meta({ description: "the territory's own yearly figure" }),
    fromChildren: FromChildrenSchema,
    figure: z.number().nullable().meta({ description: "the own figure, else the one from the children" }),
    status: TrackStatus,
    shareOfWay: z
      .number()
      .nullable()
      .meta({ description: "percent of the way from baseline to this year's target" }),
  })
  .meta({ id: "IndicatorYear" });

/** A quarter of a quarterly indicator: the own figure and the one from the children. */
export const IndicatorQuarterSchema = z
  .object({
    year: z.number().int(),
    quarter: z.number().int(),
    actual: z.number().nullable(),
    fromChildren: FromChildrenSchema,
  })
  .meta({ id: "IndicatorQuarter" });

/** One indicator of a territory. */
export const TerritoryIndicatorSchema = IndicatorSchema.extend({
  baseline: z
    .object({ year: z.number().int(), value: z.number(), programId: z.number().int().nullable() })
    .nullable(),
  targets: z.array(z.object({ year: z.number().int(), value: z.number() })),
  actuals: z.array(IndicatorActualSchema),
  years: z.array(IndicatorYearSchema),
  quarters: z.array(IndicatorQuarterSchema),
  measures: z.array(
    z.object({
      id: z.number().int(),
      programId: z.number().int(),
      number: z.string().nullable(),
      action: z.string(),
    }),
  ),
}).meta({ id: "TerritoryIndicator" });
export type TerritoryIndicator = z.infer<typeof TerritoryIndicatorSchema>;

/** A territory's indicators against their trajectories; `version` is the ETag for If-Match. */
export const TerritoryIndicatorsSchema = z
  .object({
    territory: z.object({ code: z.string(), nameKy: z.string(), nameRu: z.string() }),
    version: z.number().int().meta({ description: "changes of these figures so far (the ETag)" }),
    canEdit: z.boolean().meta({ description: "the actor may set these figures (planner of the territory)" }),
    years: z.array(z.number().int()),
    indicators: z.array(TerritoryIndicatorSchema),
  })
  .meta({ id: "TerritoryIndicators" });
export type TerritoryIndicators = z.infer<typeof TerritoryIndicatorsSchema>;

/** Child territories ranked on one indicator for a year (or a quarter), best first. */
export const IndicatorRankingSchema = z
  .object({
    territory: z.object({ code: z.string(), nameKy: z.string(), nameRu: z.string() }),
    indicator: IndicatorSchema,
    year: z.number().int(),
    quarter: z.number().int(),
    own: z.number().nullable(),
    fromChildren: FromChildrenSchema,
    children: z.array(
      z.object({
        code: z.string(),
        nameKy: z.string(),
        nameRu: z.string(),
        value: z.number().nullable(),
        computed: z.boolean().meta({ description: "true when made from its own children" }),
        rank: z.number().int().nullable(),
        expected: z.number().nullable(),
        status: TrackStatus,
      }),
    ),
  })
  .meta({ id: "IndicatorRanking" });
export type IndicatorRanking = z.infer<typeof IndicatorRankingSchema>;

/** The indicators a measure serves. */
export const MeasureIndicatorsSchema = z
  .object({ measureId: z.number().int(), indicators: z.array(z.string()) })
  .meta({ id: "MeasureIndicators" });
export type MeasureIndicators = z.infer<typeof MeasureIndicatorsSchema>;

/** What importing a filled template did. */
export const IndicatorImportSchema = z
  .object({
    file: z.string(),
    year: z.number().int(),
    quarter: z.number().int(),
    territories: z.number().int().meta({ description: "territories whose figures changed" }),
    values: z.number().int().meta({ description: "values written" }),
  })
  .meta({ id: "IndicatorImport" });
export type IndicatorImport = z.infer<typeof IndicatorImportSchema>;
