/**
 * The footnote under an official report's progress figures: the rule, the measures counted and
 * those left out, in the report's language (counts as "label — n", so no plural forms are needed).
 */
import type { Formula, LeftOutReason } from "../domain/views/formula.ts";
import { formatNumber, type ReportLang } from "./labels.ts";

const WORDS = {
  ky: {
    equal: "Аткарылышы — иш-чаралардын аткарылыш пайызынын орточосу, ар бир иш-чара бирдей салмак менен.",
    cost: "Аткарылышы — иш-чаралардын аткарылыш пайызынын пландалган наркы боюнча салмактанган орточосу (бардыгы {cost} сом).",
    territory:
      "Аймактардын бекитилген программаларынын иш-чаралары бирдей салмакта, ар бир программанын эрежесине карабастан.",
    counted: "Эсептелген иш-чаралар: {n}",
    withoutReport: "алардын ичинен кабыл алынган отчету жок (0 % деп эсептелет): {n}",
    leftOut: "Эсепке алынган жок:",
    nothing: "Эч бир иш-чара четке калган жок.",
    removed: "программанын кийинки версиясында алынып салынган — {n}",
    no_cost: "пландалган наркы жок — {n}",
    program_not_approved: "бекитилбеген программалардын (долбоор же архив) — {n}",
  },
  ru: {
    equal: "Выполнение — среднее процентов выполнения мероприятий, каждое мероприятие с равным весом.",
    cost: "Выполнение — среднее процентов выполнения мероприятий, взвешенное по плановой стоимости (всего {cost} сом).",
    territory:
      "Мероприятия утверждённых программ территорий имеют равный вес независимо от правила каждой программы.",
    counted: "Учтено мероприятий: {n}",
    withoutReport: "из них без принятого отчёта головного исполнителя (считаются как 0 %): {n}",
    leftOut: "Не учтено:",
    nothing: "Ни одно мероприятие не исключено.",
    removed: "исключены следующей версией программы — {n}",
    no_cost: "без плановой стоимости — {n}",
    program_not_approved: "неутверждённых программ (черновик или архив) — {n}",
  },
} satisfies Record<ReportLang, Record<string, string>>;

/** The footnote of a formula, one paragraph starting with "*". */
export function formulaFootnote(lang: ReportLang, formula: Formula): string {
  const w = WORDS[lang];
  const n = (text: string, count: number) => text.replace("{n}", String(count));
  const rule =
    formula.rule === "cost" ? w.cost.replace("{cost}", formatNumber(formula.plannedCost ?? 0)) : w.equal;
  const counted = [n(w.counted, formula.counted)];
  if (formula.withoutReport > 0) counted.push(n(w.withoutReport, formula.withoutReport));
  const left = formula.leftOut.map((l) => n(w[l.reason satisfies LeftOutReason], l.measures));
  return [
    `* ${rule}`,
    ...(formula.over === "territory" ? [w.territory] : []),
    `${counted.join(", ")}.`,
    left.length === 0 ? w.nothing : `${w.leftOut} ${left.join("; ")}.`,
  ].join(" ");
}
