/** The names of a measure's fields in the users' words (ky/ru/en): plan history in the app and on the portal. */
import type { MeasureField } from "./plan.ts";
import type { PortalLang } from "./portal-link.ts";

export const MEASURE_FIELD_NAMES: Record<PortalLang, Record<MeasureField, string>> = {
  ky: {
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
  ru: {
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
  en: {
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
