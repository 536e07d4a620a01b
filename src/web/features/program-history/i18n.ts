/** The strings of the History tab (namespace "history"), registered with i18next on import. */
import { MEASURE_FIELD_NAMES } from "../../../domain/measure-field-names.ts";
import { registerStrings } from "../../app/i18n/index.ts";

/** The i18next namespace of this tab. */
export const NS = "history";

const ky = {
  tab: "Тарых",
  from: "Мурунку версия",
  to: "Кийинки версия",
  version: "{{number}}-версия",
  same: "Эки башка версияны тандаңыз.",
  none: "Айырма жок.",
  added: "Кошулган иш-чаралар ({{count}})",
  removed: "Алынып салынган иш-чаралар ({{count}})",
  changed: "Өзгөргөн иш-чаралар ({{count}})",
  field: "Талаа",
  before: "Мурда",
  after: "Азыр",
  fields: MEASURE_FIELD_NAMES.ky,
};

const ru: typeof ky = {
  tab: "История",
  from: "Прежняя версия",
  to: "Новая версия",
  version: "Версия {{number}}",
  same: "Выберите две разные версии.",
  none: "Различий нет.",
  added: "Добавленные мероприятия ({{count}})",
  removed: "Исключённые мероприятия ({{count}})",
  changed: "Изменённые мероприятия ({{count}})",
  field: "Поле",
  before: "Было",
  after: "Стало",
  fields: MEASURE_FIELD_NAMES.ru,
};

const en: typeof ky = {
  tab: "History",
  from: "Earlier version",
  to: "Later version",
  version: "Version {{number}}",
  same: "Choose two different versions.",
  none: "No differences.",
  added: "Measures added ({{count}})",
  removed: "Measures removed ({{count}})",
  changed: "Measures changed ({{count}})",
  field: "Field",
  before: "Before",
  after: "After",
  fields: MEASURE_FIELD_NAMES.en,
};

registerStrings(NS, { ky, ru, en });
