/** The strings of the dashboard (namespace "dashboard"), registered with i18next on import. */

import { registerStrings } from "../../app/i18n/index.ts";

/** The i18next namespace of this screen. */
export const NS = "dashboard";

const ky = {
  title: "Көрсөткүчтөр тактасы",
  subtitle: "Программанын аткарылышы: бөлүм, аткаруучу жана каржылоо булагы боюнча",
  measures: "Иш-чаралар",
  percent: "Орточо аткарылышы",
  overdue: "Мөөнөтү өткөн",
  reportingRate: "Отчет берүү деңгээли ({{period}})",
  bySection: "Бөлүмдөр боюнча аткарылышы",
  byBody: "Жооптуу аткаруучулар боюнча аткарылышы",
  byFunding: "Каржылоо булагы боюнча: пландалган жана сарпталган",
  section: "Бөлүм",
  body: "Аткаруучу",
  source: "Булак",
  count: "Иш-чаралар",
  done: "Аткарылышы, %",
  planned: "Пландалган",
  spent: "Сарпталды",
  overdueList: "Мөөнөтү өткөн иш-чаралар",
  noOverdue: "Мөөнөтү өткөн иш-чара жок.",
  deadline: "Мөөнөтү",
  timeline: "Чейректер боюнча убакыт графиги",
  timelineHint: "Ар бир иш-чаранын мөөнөтү чейректер боюнча; белгиленген уячалар — аткаруу мезгили.",
  active: "аткаруу мезгили",
  chartLoading: "График жүктөлүүдө…",
  showTable: "Таблица",
  noSection: "Бөлүмсүз",
  unmatchedBody: "{{name}} (уюмга байланган эмес)",
};
type Strings = Record<keyof typeof ky, string> & Record<string, string>;

const ru: Strings = {
  title: "Панель показателей",
  subtitle: "Исполнение программы по разделам, исполнителям и источникам финансирования",
  measures: "Мероприятия",
  percent: "Среднее исполнение",
  overdue: "Просрочено",
  reportingRate: "Отчётность ({{period}})",
  bySection: "Исполнение по разделам",
  byBody: "Исполнение по ответственным исполнителям",
  byFunding: "По источникам финансирования: план и освоено",
  section: "Раздел",
  body: "Исполнитель",
  source: "Источник",
  count: "Мероприятия",
  done: "Исполнение, %",
  planned: "План",
  spent: "Освоено",
  overdueList: "Просроченные мероприятия",
  noOverdue: "Просроченных мероприятий нет.",
  deadline: "Срок",
  timeline: "График по кварталам",
  timelineHint: "Сроки мероприятий по кварталам; отмеченные ячейки — период исполнения.",
  active: "период исполнения",
  chartLoading: "Загрузка графика…",
  showTable: "Таблица",
  noSection: "Без раздела",
  unmatchedBody: "{{name}} (не сопоставлен с организацией)",
};

const en: Strings = {
  title: "Dashboard",
  subtitle: "Progress of the program by section, body and funding source",
  measures: "Measures",
  percent: "Average progress",
  overdue: "Overdue",
  reportingRate: "Reporting rate ({{period}})",
  bySection: "Progress by section",
  byBody: "Progress by responsible body",
  byFunding: "By funding source: planned and spent",
  section: "Section",
  body: "Body",
  source: "Source",
  count: "Measures",
  done: "Percent done",
  planned: "Planned",
  spent: "Spent",
  overdueList: "Overdue measures",
  noOverdue: "No overdue measures.",
  deadline: "Deadline",
  timeline: "Quarter timeline",
  timelineHint: "Each measure's deadline by quarter; marked cells are when it runs.",
  active: "runs",
  chartLoading: "Loading the chart…",
  showTable: "Table",
  noSection: "No section",
  unmatchedBody: "{{name}} (not matched to an organization)",
};

/** The strings per language. */
export const RESOURCES = { ky, ru, en };
registerStrings(NS, RESOURCES);
