/**
 * Every label of the official report in the state language (ky) and in Russian (ru). The plan's
 * own text (titles, measures, bodies) is never translated: it stays as written.
 */

/** A report language. */
export type ReportLang = "ky" | "ru";

const ky = {
  heading: "Өнүктүрүү программасынын аткарылышы жөнүндө маалымат",
  territory: "Аймак",
  program: "Программа",
  period: "Отчеттук мезгил",
  date: "Түзүлгөн күнү",
  approval: "Бекитилген",
  signature: "Колу",
  preparedBy: "Даярдаган",
  responsibleOfficial: "Жооптуу кызмат адамы",
  summary: "Жыйынтык",
  totals: "Жалпы көрсөткүчтөр",
  measures: "Иш-чаралар",
  progress: "Аткарылышы, %",
  overdueCount: "Мөөнөтү өткөн",
  planned: "Пландалган, сом",
  spent: "Сарпталган, сом",
  byStatus: "Абалы боюнча",
  bySection: "Бөлүмдөр боюнча",
  byBody: "Жооптуу аткаруучулар боюнча",
  byFunding: "Каржылоо булактары боюнча",
  overdueList: "Мөөнөтү өткөн иш-чаралар",
  noOverdue: "Мөөнөтү өткөн иш-чаралар жок",
  chart: "Бөлүмдөр боюнча аткарылышы, %",
  reportingRate: "Отчет тапшыруу деңгээли",
  lead: "негизги аткаруучу",
  actionTable: "Иш-чаралар планынын аткарылышы",
  number: "№",
  task: "Милдет",
  action: "Иш-чара",
  deadline: "Мөөнөтү",
  result: "Күтүлгөн натыйжа",
  responsible: "Жооптуу аткаруучулар",
  status: "Абалы",
  percent: "%",
  doneText: "Эмне аткарылды",
  funding: "Каржылоо (план / иш жүзүндө), сом",
  indicators: "Көрсөткүчтөр (максат / иш жүзүндө)",
  delayReason: "Кечигүүнүн себеби",
  noSection: "Бөлүмсүз",
  overdueMark: "мөөнөтү өттү",
  page: "Барак",
  of: "/",
  summarySheet: "Жыйынтык",
  tableSheet: "Иш-чаралар",
  total: "Бардыгы",
};

/** The label keys; every language has all of them (checked by the type below). */
export type Labels = typeof ky;

const ru: Labels = {
  heading: "Информация о ходе реализации программы развития",
  territory: "Территория",
  program: "Программа",
  period: "Отчётный период",
  date: "Дата составления",
  approval: "Утверждена",
  signature: "Подпись",
  preparedBy: "Подготовил",
  responsibleOfficial: "Ответственное должностное лицо",
  summary: "Сводка",
  totals: "Общие показатели",
  measures: "Мероприятия",
  progress: "Выполнение, %",
  overdueCount: "Просрочено",
  planned: "Запланировано, сом",
  spent: "Израсходовано, сом",
  byStatus: "По статусу",
  bySection: "По разделам",
  byBody: "По ответственным исполнителям",
  byFunding: "По источникам финансирования",
  overdueList: "Просроченные мероприятия",
  noOverdue: "Просроченных мероприятий нет",
  chart: "Выполнение по разделам, %",
  reportingRate: "Уровень сдачи отчётов",
  lead: "головной исполнитель",
  actionTable: "Исполнение плана мероприятий",
  number: "№",
  task: "Задача",
  action: "Мероприятие",
  deadline: "Срок",
  result: "Ожидаемый результат",
  responsible: "Ответственные исполнители",
  status: "Статус",
  percent: "%",
  doneText: "Что выполнено",
  funding: "Финансирование (план / факт), сом",
  indicators: "Показатели (цель / факт)",
  delayReason: "Причина отставания",
  noSection: "Без раздела",
  overdueMark: "срок истёк",
  page: "Стр.",
  of: "из",
  summarySheet: "Сводка",
  tableSheet: "Мероприятия",
  total: "Итого",
};

/** Measure statuses, in the order reports list them. */
export const STATUSES = ["done", "in_progress", "not_started", "postponed", "cancelled"] as const;

const STATUS_LABELS: Record<ReportLang, Record<string, string>> = {
  ky: {
    done: "Аткарылды",
    in_progress: "Аткарылууда",
    not_started: "Баштала элек",
    postponed: "Жылдырылды",
    cancelled: "Жокко чыгарылды",
  },
  ru: {
    done: "Выполнено",
    in_progress: "Выполняется",
    not_started: "Не начато",
    postponed: "Перенесено",
    cancelled: "Отменено",
  },
};

const FUNDING_LABELS: Record<ReportLang, Record<string, string>> = {
  ky: {
    republican: "Республикалык бюджет",
    local: "Жергиликтүү бюджет",
    investor: "Инвесторлор",
    sponsor: "Демөөрчүлөр",
    grant: "Гранттар",
    credit: "Кредит",
    emergency: "ӨКМ",
    none: "Каржылоо талап кылынбайт",
    other: "Башка булактар",
  },
  ru: {
    republican: "Республиканский бюджет",
    local: "Местный бюджет",
    investor: "Инвесторы",
    sponsor: "Спонсоры",
    grant: "Гранты",
    credit: "Кредит",
    emergency: "МЧС",
    none: "Не требуется",
    other: "Другие источники",
  },
};

/** The labels of a language. */
export function labelsOf(lang: ReportLang): Labels {
  return lang === "ky" ? ky : ru;
}

/** A measure status in words; an unknown status is shown as stored. */
export function statusLabel(lang: ReportLang, status: string): string {
  return STATUS_LABELS[lang][status] ?? status;
}

/** A funding source code in words; an unknown code is shown as stored. */
export function fundingLabel(lang: ReportLang, code: string): string {
  return FUNDING_LABELS[lang][code] ?? code;
}

const ROMAN = ["I", "II", "III", "IV"];

/** "2026-Q2" → "2026-жылдын II чейреги" / "II квартал 2026 года"; "2026" → the year. */
export function periodLabel(lang: ReportLang, period: string): string {
  const [year, q] = period.split("-Q");
  if (q === undefined) return lang === "ky" ? `${year}-жыл` : `${year} год`;
  const roman = ROMAN[Number(q) - 1] ?? q;
  return lang === "ky" ? `${year}-жылдын ${roman} чейреги` : `${roman} квартал ${year} года`;
}

/** "2026-06-30" → "30.06.2026", as both languages write dates. */
export function dateLabel(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/** 1600000.5 → "1 600 000,5": a space between thousands and a decimal comma, as in both languages. */
export function formatNumber(value: number): string {
  const [whole, fraction] = String(Math.abs(Math.round(value * 100) / 100)).split(".");
  const grouped = (whole ?? "0").replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  return `${value < 0 ? "−" : ""}${grouped}${fraction === undefined ? "" : `,${fraction}`}`;
}
