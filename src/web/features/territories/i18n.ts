/** The strings of the territory page (namespace "territories"), registered with i18next on import. */

import { registerStrings } from "../../app/i18n/index.ts";

/** The i18next namespace of this screen. */
export const NS = "territories";

const ky = {
  breadcrumb: "Аймактар боюнча жол",
  period: "Чейрек",
  programs: "Программалар",
  measures: "Иш-чаралар",
  progress: "Аткарылышы",
  reportingRate: "Отчет тапшыруу",
  overdue: "Мөөнөтү өткөн",
  done: "Аткарылды",
  inProgress: "Аткарылууда",
  notStarted: "Баштала элек",
  planned: "Пландалган",
  spent: "Сарпталды",
  children: "Төмөнкү аймактар",
  territory: "Аймак",
  chartTitle: "Төмөнкү аймактардын аткарылышы, %",
  noChildren: "Бул аймактын ичинде программасы бар аймак жок.",
  ownPrograms: "Аймактын өз программалары",
  noOwnPrograms: "Аймактын өз программасы жок.",
  years: "{{from}}–{{to}}",
  sortBy: "{{column}} боюнча иреттөө",
  report: "Жыйынтык отчет",
  reportFormat: "Файлдын түрү",
  reportLanguage: "Отчеттун тили",
  download: "Жүктөп алуу",
  noTerritory: "Сизге бир да аймак бекитилген эмес.",
};
type Strings = Record<keyof typeof ky, string>;

const ru: Strings = {
  breadcrumb: "Путь по территориям",
  period: "Квартал",
  programs: "Программы",
  measures: "Мероприятия",
  progress: "Выполнение",
  reportingRate: "Сдача отчётов",
  overdue: "Просрочено",
  done: "Выполнено",
  inProgress: "Выполняется",
  notStarted: "Не начато",
  planned: "Запланировано",
  spent: "Израсходовано",
  children: "Территории в составе",
  territory: "Территория",
  chartTitle: "Выполнение по территориям в составе, %",
  noChildren: "В составе этой территории нет территорий с программами.",
  ownPrograms: "Собственные программы территории",
  noOwnPrograms: "Собственных программ нет.",
  years: "{{from}}–{{to}}",
  sortBy: "Сортировать по столбцу «{{column}}»",
  report: "Сводный отчёт",
  reportFormat: "Формат файла",
  reportLanguage: "Язык отчёта",
  download: "Скачать",
  noTerritory: "Вам не назначена ни одна территория.",
};

const en: Strings = {
  breadcrumb: "Territory path",
  period: "Quarter",
  programs: "Programs",
  measures: "Measures",
  progress: "Progress",
  reportingRate: "Reporting rate",
  overdue: "Overdue",
  done: "Done",
  inProgress: "In progress",
  notStarted: "Not started",
  planned: "Planned",
  spent: "Spent",
  children: "Territories within",
  territory: "Territory",
  chartTitle: "Progress of the territories within, %",
  noChildren: "No territory within this one has a program.",
  ownPrograms: "The territory's own programs",
  noOwnPrograms: "No programs of its own.",
  years: "{{from}}–{{to}}",
  sortBy: "Sort by {{column}}",
  report: "Summary report",
  reportFormat: "File format",
  reportLanguage: "Report language",
  download: "Download",
  noTerritory: "No territory is assigned to you.",
};

/** The strings per language. */
export const RESOURCES = { ky, ru, en };
registerStrings(NS, RESOURCES);
