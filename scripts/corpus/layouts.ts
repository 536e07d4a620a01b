/** How each corpus plan is laid out as a Word table: its column order, header words and cell habits. */
import type { Plan } from "../../src/domain/plan.ts";

/** What a column of the printed table holds. */
export type Role = "number" | "task" | "action" | "deadline" | "result" | "responsible" | "funding" | "cost";

/** One plan's printed table. */
export interface CorpusLayout {
  /** Columns in the document's order; "number" first. */
  roles: Role[];
  /** Bodies in a responsible cell: one per line, or after commas. */
  bodiesPerLine: boolean;
}

/** Header words per language; a plan's columns are printed in its own order with these titles. */
export const HEADERS: Record<Plan["language"], Record<Role, string>> = {
  ky: {
    number: "№",
    task: "Милдеттер",
    action: "Иш-чаралар",
    deadline: "Аткаруу мөөнөтү",
    result: "Күтүлүүчү натыйжа",
    responsible: "Жооптуу аткаруучулар",
    funding: "Каржылоо булагы",
    cost: "Болжолдуу наркы (миң сом)",
  },
  ru: {
    number: "№ п/п",
    task: "Задачи",
    action: "Мероприятие",
    deadline: "Срок исполнения",
    result: "Ожидаемый результат",
    responsible: "Ответственные исполнители",
    funding: "Источник финансирования",
    cost: "Стоимость (тыс. сом)",
  },
};

/** Column orders of the corpus; each differs from the seeds' own where it can. */
export const LAYOUTS: Record<string, CorpusLayout> = {
  "tash-komur-2026": {
    roles: ["number", "task", "action", "deadline", "result", "responsible", "funding"],
    bodiesPerLine: false,
  },
  "chong-alai-2025-2030": {
    roles: ["number", "task", "action", "deadline", "result", "responsible"],
    bodiesPerLine: false,
  },
  "ak-zhar-2026-2028": {
    roles: ["number", "task", "action", "responsible", "deadline", "cost", "funding", "result"],
    bodiesPerLine: true,
  },
  "kara-bulak-2026-2030": {
    roles: ["number", "action", "deadline", "result", "responsible", "funding"],
    bodiesPerLine: false,
  },
  "zhany-zher-2025-2027": {
    roles: ["number", "task", "action", "deadline", "responsible", "result", "funding"],
    bodiesPerLine: true,
  },
  "bel-aryk-2026-2027": {
    roles: ["number", "action", "responsible", "deadline", "cost", "funding", "result"],
    bodiesPerLine: false,
  },
  "kok-zhar-2026": {
    roles: ["number", "task", "action", "responsible", "deadline", "funding", "result"],
    bodiesPerLine: true,
  },
  "ak-suu-2025-2029": {
    roles: ["number", "action", "cost", "deadline", "responsible", "result"],
    bodiesPerLine: false,
  },
};

/** Relative widths of the columns by what they hold. */
export const WEIGHTS: Record<Role, number> = {
  number: 0.7,
  task: 3,
  action: 4.5,
  deadline: 2,
  result: 3.5,
  responsible: 3,
  funding: 2.2,
  cost: 1.6,
};
