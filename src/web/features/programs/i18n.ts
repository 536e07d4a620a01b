/** The strings of the program screens' own settings (namespace "programs"), registered on import. */
import { registerStrings } from "../../app/i18n/index.ts";

/** The i18next namespace of these strings. */
export const NS = "programs";

const ky = {
  weighting: "Аткарылышты эсептөө эрежеси",
  weightingHint:
    "Программанын жана бөлүмдөрүнүн аткарылышы иш-чаралардын пайызынан ушул эреже менен эсептелет.",
  weighting_equal: "Ар бир иш-чара бирдей салмакта",
  weighting_cost: "Пландалган наркы боюнча салмактуу",
  weightingSaved: "Эреже сакталды",
  weightingConflict: "Программаны башка бирөө өзгөрттү — барак жаңыланды, кайра тандаңыз.",
};
type Strings = Record<keyof typeof ky, string>;

const ru: Strings = {
  weighting: "Правило расчёта исполнения",
  weightingHint: "Исполнение программы и её разделов считается из процентов мероприятий по этому правилу.",
  weighting_equal: "Каждое мероприятие с равным весом",
  weighting_cost: "Взвешено по плановой стоимости",
  weightingSaved: "Правило сохранено",
  weightingConflict: "Программу изменил кто-то другой — страница обновлена, выберите ещё раз.",
};

const en: Strings = {
  weighting: "How progress is computed",
  weightingHint:
    "The progress of the program and its sections is made from the measures' percent by this rule.",
  weighting_equal: "Each measure with equal weight",
  weighting_cost: "Weighted by planned cost",
  weightingSaved: "Rule saved",
  weightingConflict: "Someone else changed the program — the page was refreshed, choose again.",
};

/** The strings per language. */
export const RESOURCES = { ky, ru, en };
registerStrings(NS, RESOURCES);
