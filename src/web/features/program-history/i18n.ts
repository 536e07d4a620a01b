/** The strings of the History tab (namespace "history"), registered with i18next on import. */
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
  fields: {
    number: "№",
    section: "Бөлүм",
    task: "Милдет",
    action: "Иш-чара",
    deadline: "Мөөнөтү",
    result: "Күтүлүүчү натыйжа",
    responsible: "Жооптуу аткаруучулар",
    funding: "Каржылоо булагы",
    cost: "Наркы",
    targets: "Көрсөткүчтөр",
  },
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
  fields: {
    number: "№",
    section: "Раздел",
    task: "Задача",
    action: "Мероприятие",
    deadline: "Срок",
    result: "Ожидаемый результат",
    responsible: "Ответственные исполнители",
    funding: "Источник финансирования",
    cost: "Стоимость",
    targets: "Показатели",
  },
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
  fields: {
    number: "No.",
    section: "Section",
    task: "Task",
    action: "Measure",
    deadline: "Deadline",
    result: "Expected result",
    responsible: "Responsible bodies",
    funding: "Funding source",
    cost: "Cost",
    targets: "Targets",
  },
};

registerStrings(NS, { ky, ru, en });
