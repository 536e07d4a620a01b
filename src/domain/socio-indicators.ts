/**
 * The catalogue of a territory's socio-economic indicators (issue 10, item 4): what each one
 * measures, in which unit, which way is better, how often it is reported and how a parent's
 * figure is made from its children's. Pure data; the store gets it from `ensureCatalogue`.
 */

/** Which way is better: more (revenue, tourists) or less (unemployed, poverty). */
export type IndicatorDirection = "higher" | "lower";
/** How often actual values come: each quarter (and the year), or only the year. */
export type IndicatorPeriodicity = "quarter" | "year";
/**
 * How a parent territory's figure is made from its children's: their sum; their mean weighted
 * by population; or not at all (the parent has only its own figure).
 */
export type IndicatorRollup = "sum" | "population_mean" | "none";

/** The units of the catalogue, named per language (the store keeps the code). */
export const INDICATOR_UNITS = {
  persons: { ky: "адам", ru: "чел.", en: "persons" },
  percent: { ky: "%", ru: "%", en: "%" },
  thousand_som: { ky: "миң сом", ru: "тыс. сом", en: "thousand som" },
  units: { ky: "бирдик", ru: "ед.", en: "units" },
  places: { ky: "орун", ru: "мест", en: "places" },
} as const;
export type IndicatorUnit = keyof typeof INDICATOR_UNITS;

/** One indicator of the catalogue. */
export interface IndicatorDefinition {
  code: string;
  nameKy: string;
  nameRu: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  periodicity: IndicatorPeriodicity;
  rollup: IndicatorRollup;
}

/** The code of the population indicator: the weight of every population-weighted mean. */
export const POPULATION = "population";

/**
 * The indicators development programs of aiyl ökmötü, cities and districts are judged by. Shares
 * of households or children are means weighted by population; a ratio of two budgets is not rolled up.
 */
export const INDICATOR_CATALOGUE: readonly IndicatorDefinition[] = [
  {
    code: POPULATION,
    nameKy: "Туруктуу калктын саны",
    nameRu: "Численность постоянного населения",
    unit: "persons",
    direction: "higher",
    periodicity: "year",
    rollup: "sum",
  },
  {
    code: "registered_unemployed",
    nameKy: "Катталган жумушсуздардын саны",
    nameRu: "Численность зарегистрированных безработных",
    unit: "persons",
    direction: "lower",
    periodicity: "quarter",
    rollup: "sum",
  },
  {
    code: "new_jobs",
    nameKy: "Түзүлгөн жаңы жумуш орундары",
    nameRu: "Создано новых рабочих мест",
    unit: "places",
    direction: "higher",
    periodicity: "quarter",
    rollup: "sum",
  },
  {
    code: "poverty_rate",
    nameKy: "Жакырчылыктын деңгээли",
    nameRu: "Уровень бедности",
    unit: "percent",
    direction: "lower",
    periodicity: "year",
    rollup: "population_mean",
  },
  {
    code: "own_revenue",
    nameKy: "Жергиликтүү бюджеттин өз кирешелери",
    nameRu: "Собственные доходы местного бюджета",
    unit: "thousand_som",
    direction: "higher",
    periodicity: "quarter",
    rollup: "sum",
  },
  {
    code: "budget_self_sufficiency",
    nameKy: "Жергиликтүү бюджеттин өзүн-өзү камсыздоо деңгээли",
    nameRu: "Уровень самообеспеченности местного бюджета",
    unit: "percent",
    direction: "higher",
    periodicity: "year",
    rollup: "none",
  },
  {
    code: "fixed_investment",
    nameKy: "Негизги капиталга инвестициялар",
    nameRu: "Инвестиции в основной капитал",
    unit: "thousand_som",
    direction: "higher",
    periodicity: "quarter",
    rollup: "sum",
  },
  {
    code: "sme_count",
    nameKy: "Чакан жана орто ишкердик субъекттеринин саны",
    nameRu: "Количество субъектов малого и среднего предпринимательства",
    unit: "units",
    direction: "higher",
    periodicity: "year",
    rollup: "sum",
  },
  {
    code: "tourists",
    nameKy: "Туристтердин саны",
    nameRu: "Количество туристов",
    unit: "persons",
    direction: "higher",
    periodicity: "quarter",
    rollup: "sum",
  },
  {
    code: "drinking_water_households",
    nameKy: "Таза ичүүчү суу менен камсыз болгон үй чарбаларынын үлүшү",
    nameRu: "Доля домохозяйств, обеспеченных чистой питьевой водой",
    unit: "percent",
    direction: "higher",
    periodicity: "year",
    rollup: "population_mean",
  },
  {
    code: "school_places",
    nameKy: "Мектептердеги окуучу орундарынын саны",
    nameRu: "Количество ученических мест в школах",
    unit: "places",
    direction: "higher",
    periodicity: "year",
    rollup: "sum",
  },
  {
    code: "kindergarten_coverage",
    nameKy: "Балдарды мектепке чейинки билим берүү менен камтуу",
    nameRu: "Охват детей дошкольным образованием",
    unit: "percent",
    direction: "higher",
    periodicity: "year",
    rollup: "population_mean",
  },
];

/** The catalogue's definition of a code, or undefined. */
export function indicatorDefinition(code: string): IndicatorDefinition | undefined {
  return INDICATOR_CATALOGUE.find((d) => d.code === code);
}
