/**
 * The words of a progress formula (namespace "formula") in ky / ru / en, registered on import, and
 * the lines the "how is this computed" note shows, made from the structured formula (the API's
 * `text` is English only).
 */
import type { Formula } from "../../domain/views/formula.ts";
import { registerStrings } from "../app/i18n/index.ts";

/** The i18next namespace of the formula note. */
export const NS = "formula";

const ky = {
  howComputed: "Кантип эсептелди?",
  rule_equal: "Иш-чаралардын аткарылыш пайызынын орточосу, ар бир иш-чара бирдей салмак менен.",
  rule_cost:
    "Иш-чаралардын аткарылыш пайызынын орточосу, пландалган наркы боюнча салмактанган (бардыгы {{cost}}).",
  over_territory:
    "Аймактын жана андан төмөнкү аймактардын бекитилген программаларынын иш-чаралары бирдей салмак менен эсептелет, ар бир программанын өз эрежесине карабастан.",
  counted_one: "Эсептелди: {{count}} иш-чара.",
  counted_other: "Эсептелди: {{count}} иш-чара.",
  withoutReport_one: "Алардын {{count}} кабыл алынган отчету жок — 0 % деп эсептелет.",
  withoutReport_other: "Алардын {{count}} кабыл алынган отчету жок — 0 % деп эсептелет.",
  leftOut: "Эсепке алынган жок:",
  nothingLeftOut: "Эч нерсе четке калган жок.",
  removed_one: "{{count}} иш-чара программанын кийинки версиясында алынып салынган",
  removed_other: "{{count}} иш-чара программанын кийинки версиясында алынып салынган",
  no_cost_one: "{{count}} иш-чаранын пландалган наркы жок",
  no_cost_other: "{{count}} иш-чаранын пландалган наркы жок",
  program_not_approved_one: "бекитилбеген (долбоор же архивдеги) программалардын {{count}} иш-чарасы",
  program_not_approved_other: "бекитилбеген (долбоор же архивдеги) программалардын {{count}} иш-чарасы",
};
type Strings = Record<keyof typeof ky, string> & Record<string, string>;

const ru: Strings = {
  howComputed: "Как это посчитано?",
  rule_equal: "Среднее процентов исполнения мероприятий, каждое мероприятие с равным весом.",
  rule_cost: "Среднее процентов исполнения мероприятий, взвешенное по плановой стоимости (всего {{cost}}).",
  over_territory:
    "Мероприятия всех утверждённых программ территории и нижестоящих территорий имеют равный вес, независимо от правила каждой программы.",
  counted_one: "Учтено: {{count}} мероприятие.",
  counted_few: "Учтено: {{count}} мероприятия.",
  counted_many: "Учтено: {{count}} мероприятий.",
  counted_other: "Учтено: {{count}} мероприятия.",
  withoutReport_one: "Из них {{count}} без принятого отчёта головного исполнителя — считается как 0 %.",
  withoutReport_few: "Из них {{count}} без принятого отчёта головного исполнителя — считаются как 0 %.",
  withoutReport_many: "Из них {{count}} без принятого отчёта головного исполнителя — считаются как 0 %.",
  withoutReport_other: "Из них {{count}} без принятого отчёта головного исполнителя — считаются как 0 %.",
  leftOut: "Не учтено:",
  nothingLeftOut: "Ничего не исключено.",
  removed_one: "{{count}} мероприятие исключено следующей версией программы",
  removed_few: "{{count}} мероприятия исключены следующей версией программы",
  removed_many: "{{count}} мероприятий исключены следующей версией программы",
  removed_other: "{{count}} мероприятия исключены следующей версией программы",
  no_cost_one: "{{count}} мероприятие без плановой стоимости",
  no_cost_few: "{{count}} мероприятия без плановой стоимости",
  no_cost_many: "{{count}} мероприятий без плановой стоимости",
  no_cost_other: "{{count}} мероприятия без плановой стоимости",
  program_not_approved_one: "{{count}} мероприятие неутверждённых программ (черновик или архив)",
  program_not_approved_few: "{{count}} мероприятия неутверждённых программ (черновик или архив)",
  program_not_approved_many: "{{count}} мероприятий неутверждённых программ (черновик или архив)",
  program_not_approved_other: "{{count}} мероприятия неутверждённых программ (черновик или архив)",
};

const en: Strings = {
  howComputed: "How is this computed?",
  rule_equal: "Mean of the measures' percent done, each measure with equal weight.",
  rule_cost: "Mean of the measures' percent done, weighted by their planned cost ({{cost}} in all).",
  over_territory:
    "Measures of every approved program of the territory and below weigh equally, whatever each program's own rule.",
  counted_one: "Counted: {{count}} measure.",
  counted_other: "Counted: {{count}} measures.",
  withoutReport_one: "Of them {{count}} has no accepted report of the lead body — it counts as 0 %.",
  withoutReport_other: "Of them {{count}} have no accepted report of the lead body — they count as 0 %.",
  leftOut: "Left out:",
  nothingLeftOut: "Nothing left out.",
  removed_one: "{{count}} measure removed by a later version of the plan",
  removed_other: "{{count}} measures removed by a later version of the plan",
  no_cost_one: "{{count}} measure without a planned cost",
  no_cost_other: "{{count}} measures without a planned cost",
  program_not_approved_one: "{{count}} measure of programs not approved (draft or archived)",
  program_not_approved_other: "{{count}} measures of programs not approved (draft or archived)",
};

/** The strings per language. */
export const RESOURCES = { ky, ru, en };
registerStrings(NS, RESOURCES);

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The note's lines: the rule, whose rule, what was counted, and what was left out (a list). */
export function formulaLines(t: Translate, formula: Formula, money: (som: number) => string) {
  const lines = [t(`rule_${formula.rule}`, { cost: money(formula.plannedCost ?? 0) })];
  if (formula.over === "territory") lines.push(t("over_territory"));
  lines.push(t("counted", { count: formula.counted }));
  if (formula.withoutReport > 0) lines.push(t("withoutReport", { count: formula.withoutReport }));
  const leftOut = formula.leftOut.map((l) => t(l.reason, { count: l.measures }));
  return { lines, leftOut };
}
