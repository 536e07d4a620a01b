/**
 * The portal's words in Kyrgyz (the default), Russian and English. The plan's own text (titles,
 * measures, bodies) is never translated: it stays as written.
 */

import type { PortalLang } from "../../domain/portal-link.ts";
import {
  fundingLabel as reportFunding,
  periodLabel as reportPeriod,
  statusLabel as reportStatus,
} from "../labels.ts";

export type { PortalLang };

const ky = {
  site: "Өнүктүрүү программалары — ачык маалымат",
  territories: "Аймактар",
  programsCount: "жарыяланган программа",
  noPrograms: "Азырынча жарыяланган программа жок.",
  programs: "Программалар",
  period: "Мезгил",
  approval: "Бекитилген",
  status: "Абалы",
  approved: "Бекитилген",
  archived: "Архивде",
  progress: "Аткарылышы",
  formulaEqual:
    "Аткарылышы = {n} иш-чаранын аткарылыш пайызынын орточосу, ар бири бирдей салмак менен: {p} %.",
  formulaCost:
    "Аткарылышы = {n} иш-чаранын аткарылыш пайызынын пландалган нарк ({cost} сом) боюнча салмакталган орточосу: {p} %.",
  formulaZero: "Кабыл алынган отчету жок {z} иш-чара 0 % деп эсептелет.",
  formulaLeftOut: "Эсепке алынган жок: {list}.",
  leftOutRemoved: "кийинки версияда алынып салынган {z} иш-чара",
  leftOutNoCost: "пландалган наркы жок {z} иш-чара",
  leftOutOther: "{z} иш-чара",
  overdue: "Мөөнөтү өткөн",
  byStatus: "Абалы боюнча",
  money: "Каржылоо булактары боюнча, сом",
  source: "Булак",
  planned: "Пландалган",
  spent: "Сарпталды",
  measures: "Иш-чаралар",
  measure: "Иш-чара",
  task: "Милдет",
  deadline: "Мөөнөтү",
  result: "Күтүлүүчү натыйжа",
  bodies: "Жооптуу аткаруучулар",
  funding: "Каржылоо",
  noSection: "Бөлүмсүз",
  done: "Эмне аткарылды (кабыл алынган отчеттор)",
  noReports: "Кабыл алынган отчет азырынча жок.",
  photos: "Сүрөттөр",
  history: "Программанын версиялары",
  version: "Версия",
  versionLine: "{n}-версия, {date}: +{a} / ~{c} / −{r}",
  compare: "Салыштыруу",
  from: "Мурунку",
  to: "Кийинки",
  added: "Кошулган иш-чаралар",
  removed: "Алынып салынган иш-чаралар",
  changed: "Өзгөргөн иш-чаралар",
  noChanges: "Айырма жок.",
  onlyOneVersion: "Программанын бир гана версиясы бар.",
  field: "Талаа",
  before: "Мурда",
  after: "Азыр",
  questions: "Суроолор жана жооптор",
  noQuestions: "Азырынча суроо жок.",
  answer: "Расмий жооп",
  anonymous: "Аты көрсөтүлгөн жок",
  ask: "Суроо же сунуш берүү",
  askHint: "Суроолор модерациядан кийин жарыяланат. Байланыш маалыматыңыз эч качан көрсөтүлбөйт.",
  question: "Сиздин суроо же сунушуңуз",
  name: "Атыңыз (милдеттүү эмес)",
  contact: "Байланыш: телефон же e-mail (милдеттүү эмес, жарыяланбайт)",
  showName: "Атымды суроонун жанында көрсөтүүгө макулмун",
  send: "Жөнөтүү",
  powNote: "Спамдан коргоо үчүн браузериңиз бир аз эсептейт.",
  thanks: "Рахмат! Суроо модерацияга жөнөтүлдү.",
  thanksBack: "Программага кайтуу",
  tooMany: "Өтө көп суроо жөнөтүлдү. Бир сааттан кийин кайра аракет кылыңыз.",
  invalid: "Суроонун текстин жазыңыз (5000 белгиден ашпасын).",
  meetings: "Тургундар менен жолугушуулар",
  place: "Орду",
  participants: "Катышуучулар",
  raised: "Көтөрүлгөн маселелер",
  linked: "Иш-чаралар",
  notFound: "Барак табылган жок",
  notFoundText: "Мындай жарыяланган барак жок.",
  home: "Бардык аймактар",
  percentDone: "Аткарылышы, %",
  openApp: "Кызматкерлер үчүн кирүү",
  about:
    "Жергиликтүү өз алдынча башкаруу органдарынын өнүктүрүү программалары: эмне пландалган, эмне аткарылды жана каржылоо булактары — кабыл алынган отчеттор боюнча.",
};

/** Every string key; each language has all of them (checked by the type). */
export type Strings = typeof ky;

const ru: Strings = {
  site: "Программы развития — открытые данные",
  territories: "Территории",
  programsCount: "опубл. программ",
  noPrograms: "Опубликованных программ пока нет.",
  programs: "Программы",
  period: "Период",
  approval: "Утверждена",
  status: "Статус",
  approved: "Утверждена",
  archived: "В архиве",
  progress: "Выполнение",
  formulaEqual: "Выполнение = среднее процентов исполнения {n} мероприятий, каждое с равным весом: {p} %.",
  formulaCost:
    "Выполнение = среднее процентов исполнения {n} мероприятий, взвешенное по плановой стоимости ({cost} сом): {p} %.",
  formulaZero: "Мероприятия без принятого отчёта ({z}) считаются как 0 %.",
  formulaLeftOut: "Не учтены: {list}.",
  leftOutRemoved: "исключённые новой версией плана ({z})",
  leftOutNoCost: "без плановой стоимости ({z})",
  leftOutOther: "другие ({z})",
  overdue: "Просрочено",
  byStatus: "По статусу",
  money: "По источникам финансирования, сом",
  source: "Источник",
  planned: "Запланировано",
  spent: "Освоено",
  measures: "Мероприятия",
  measure: "Мероприятие",
  task: "Задача",
  deadline: "Срок",
  result: "Ожидаемый результат",
  bodies: "Ответственные исполнители",
  funding: "Финансирование",
  noSection: "Без раздела",
  done: "Что выполнено (принятые отчёты)",
  noReports: "Принятых отчётов пока нет.",
  photos: "Фотографии",
  history: "Версии программы",
  version: "Версия",
  versionLine: "Версия {n}, {date}: +{a} / ~{c} / −{r}",
  compare: "Сравнить",
  from: "Прежняя",
  to: "Новая",
  added: "Добавленные мероприятия",
  removed: "Исключённые мероприятия",
  changed: "Изменённые мероприятия",
  noChanges: "Различий нет.",
  onlyOneVersion: "У программы одна версия.",
  field: "Поле",
  before: "Было",
  after: "Стало",
  questions: "Вопросы и ответы",
  noQuestions: "Вопросов пока нет.",
  answer: "Официальный ответ",
  anonymous: "Имя не указано",
  ask: "Задать вопрос или предложить",
  askHint: "Вопросы публикуются после модерации. Ваши контакты никогда не показываются.",
  question: "Ваш вопрос или предложение",
  name: "Имя (необязательно)",
  contact: "Контакт: телефон или e-mail (необязательно, не публикуется)",
  showName: "Согласен(на) показать моё имя рядом с вопросом",
  send: "Отправить",
  powNote: "Для защиты от спама ваш браузер немного посчитает.",
  thanks: "Спасибо! Вопрос отправлен на модерацию.",
  thanksBack: "Вернуться к программе",
  tooMany: "Слишком много вопросов. Попробуйте через час.",
  invalid: "Напишите текст вопроса (не длиннее 5000 знаков).",
  meetings: "Встречи с жителями",
  place: "Место",
  participants: "Участников",
  raised: "Поднятые вопросы",
  linked: "Мероприятия",
  notFound: "Страница не найдена",
  notFoundText: "Такой опубликованной страницы нет.",
  home: "Все территории",
  percentDone: "Исполнение, %",
  openApp: "Вход для сотрудников",
  about:
    "Программы развития органов местного самоуправления: что запланировано, что выполнено и финансирование по источникам — по принятым отчётам.",
};

const en: Strings = {
  site: "Development programs — open data",
  territories: "Territories",
  programsCount: "published programs",
  noPrograms: "No programs are published yet.",
  programs: "Programs",
  period: "Period",
  approval: "Approved",
  status: "Status",
  approved: "Approved",
  archived: "Archived",
  progress: "Progress",
  formulaEqual: "Progress = the mean of the percent done of {n} measures, each with equal weight: {p} %.",
  formulaCost:
    "Progress = the mean of the percent done of {n} measures weighted by planned cost ({cost} som): {p} %.",
  formulaZero: "Measures without an accepted report ({z}) count as 0 %.",
  formulaLeftOut: "Left out: {list}.",
  leftOutRemoved: "removed by a later version of the plan ({z})",
  leftOutNoCost: "without a planned cost ({z})",
  leftOutOther: "others ({z})",
  overdue: "Overdue",
  byStatus: "By status",
  money: "By funding source, som",
  source: "Source",
  planned: "Planned",
  spent: "Spent",
  measures: "Measures",
  measure: "Measure",
  task: "Task",
  deadline: "Deadline",
  result: "Expected result",
  bodies: "Responsible bodies",
  funding: "Funding",
  noSection: "No section",
  done: "What was done (accepted reports)",
  noReports: "No accepted reports yet.",
  photos: "Photos",
  history: "Program versions",
  version: "Version",
  versionLine: "Version {n}, {date}: +{a} / ~{c} / −{r}",
  compare: "Compare",
  from: "Earlier",
  to: "Later",
  added: "Measures added",
  removed: "Measures removed",
  changed: "Measures changed",
  noChanges: "No differences.",
  onlyOneVersion: "The program has one version.",
  field: "Field",
  before: "Before",
  after: "After",
  questions: "Questions and answers",
  noQuestions: "No questions yet.",
  answer: "Official answer",
  anonymous: "Name not shown",
  ask: "Ask a question or make a suggestion",
  askHint: "Questions are published after moderation. Your contact is never shown.",
  question: "Your question or suggestion",
  name: "Your name (optional)",
  contact: "Contact: phone or e-mail (optional, never published)",
  showName: "I agree to show my name next to the question",
  send: "Send",
  powNote: "To stop spam, your browser does a little arithmetic.",
  thanks: "Thank you! Your question was sent for moderation.",
  thanksBack: "Back to the program",
  tooMany: "Too many questions were sent. Try again in an hour.",
  invalid: "Write the question (at most 5000 characters).",
  meetings: "Meetings with residents",
  place: "Place",
  participants: "Participants",
  raised: "Questions raised",
  linked: "Measures",
  notFound: "Page not found",
  notFoundText: "There is no such published page.",
  home: "All territories",
  percentDone: "Percent done",
  openApp: "Staff sign-in",
  about:
    "Development programs of local governments: what was planned, what was done and the money by source, from accepted reports.",
};

const STRINGS: Record<PortalLang, Strings> = { ky, ru, en };

/** The strings of a language. */
export function stringsOf(lang: PortalLang): Strings {
  return STRINGS[lang];
}

/** A string with `{name}` placeholders filled. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));
}

const EN_STATUS: Record<string, string> = {
  done: "Done",
  in_progress: "In progress",
  not_started: "Not started",
  postponed: "Postponed",
  cancelled: "Cancelled",
};
const EN_FUNDING: Record<string, string> = {
  republican: "National budget",
  local: "Local budget",
  investor: "Investors",
  sponsor: "Sponsors",
  grant: "Grants",
  credit: "Loan",
  emergency: "Emergency fund",
  none: "No funding needed",
  other: "Other sources",
};
const EN_ROMAN = ["Q1", "Q2", "Q3", "Q4"];

/** A measure status in words (the official report's words in ky and ru). */
export function statusText(lang: PortalLang, status: string): string {
  return lang === "en" ? (EN_STATUS[status] ?? status) : reportStatus(lang, status);
}

/** A funding source in words. */
export function fundingText(lang: PortalLang, code: string): string {
  return lang === "en" ? (EN_FUNDING[code] ?? code) : reportFunding(lang, code);
}

/** "2026-Q2" in words. */
export function periodText(lang: PortalLang, period: string): string {
  if (lang !== "en") return reportPeriod(lang, period);
  const [year, q] = period.split("-Q");
  return q === undefined ? String(year) : `${EN_ROMAN[Number(q) - 1] ?? q} ${year}`;
}

/** A territory's name in the page's language (English readers get the Russian name). */
export function nameOf(lang: PortalLang, t: { nameKy: string; nameRu: string }): string {
  return lang === "ky" ? t.nameKy : t.nameRu;
}
