import type { Funding, Measure, Plan } from "../../src/domain/plan.ts";

/** Header wordings of each column, Kyrgyz and Russian, as different plans write them. */
const WORDINGS: Record<string, string[]> = {
  number: ["№", "№ п/п", "№ п.п.", "Р/с"],
  task: ["Милдеттер", "Задачи", "Максаттар", "Милдеттин аталышы"],
  action: ["Чаралар/аракеттер", "Мероприятия", "Иш-чаралардын аталышы", "Аткарылуучу иштер"],
  deadline: ["Ишке ашыруу мөөнөтү", "Срок исполнения", "Аткаруу мөөнөттөрү", "Сроки реализации"],
  result: [
    "Күтүлгөн натыйжалар",
    "Ожидаемый результат",
    "Күтүлүүчү жыйынтыктар",
    "Ожидаемые результаты (индикаторы)",
  ],
  responsible: ["Жооптуу аткаруучулар", "Ответственные исполнители", "Жооптуулар", "Исполнители"],
  cost: ["Болжолдуу наркы (миң сом)", "Стоимость (тыс. сом)", "Сумма, тыс. сом", "Сметалык баасы (миң сом)"],
  funding: ["Каржылоо булагы", "Источник финансирования", "Каржылоо булактары (РБ, ЖБ, донор)", "Источники"],
};

/** A small deterministic random generator, so a failing variant can be reproduced by its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function fundingText(items: Funding[], language: Plan["language"]): string {
  const unit = language === "ru" ? "тыс. сом" : "миң сом";
  const amount = (f: Funding) => `${((f.amount ?? 0) / 1000).toFixed(1).replace(".", ",")} ${unit}`;
  return items.map((f) => (f.amount ? `${f.text} – ${amount(f)}` : f.text)).join("; ");
}

function cellOf(role: string, m: Measure, previous: Measure | undefined, plan: Plan): string {
  switch (role) {
    case "number":
      return m.number ?? "";
    case "task":
      return previous?.task === m.task ? "" : m.task; // a task merged over its rows prints once
    case "action":
      return m.action;
    case "deadline":
      return m.deadline.text;
    case "result":
      return m.result;
    case "responsible":
      return m.responsible.join(", ");
    case "cost":
      return m.cost === null ? "" : (m.cost.amount / 1000).toFixed(1).replace(".", ",");
    default:
      return fundingText(m.funding, plan.language);
  }
}

/**
 * Writes a plan as the tab-separated text Word exports, with its columns in a random order and
 * worded in one of several ways, so the importer is tested on layouts no seed has.
 */
export function renderTabText(plan: Plan, seed: number): string {
  const next = random(seed);
  const roles = ["number", "action", "deadline", "result", "responsible"];
  if (plan.measures.some((m) => m.task !== "")) roles.push("task");
  if (plan.measures.some((m) => m.funding.length > 0)) roles.push("funding");
  // a cost the action text does not state needs its own column
  if (plan.measures.some((m) => m.cost !== null && !m.action.includes(m.cost.text))) roles.push("cost");
  const order = ["number", ...roles.slice(1).sort(() => next() - 0.5)];
  const pick = (role: string) => {
    const words = WORDINGS[role] as string[];
    return words[Math.floor(next() * words.length)] as string;
  };
  const lines = [plan.title, "", order.map(pick).join("\t")];
  let section: string | null = null;
  plan.measures.forEach((m, i) => {
    if (m.section !== section) {
      // every heading between the previous row's section and this one, in document order
      const from = plan.sections.findIndex((s) => s.id === section) + 1;
      const to = plan.sections.findIndex((s) => s.id === m.section);
      for (const s of plan.sections.slice(from, to + 1))
        lines.push([s.code ? `${s.code}. ${s.title}` : s.title, ...order.slice(1).map(() => "")].join("\t"));
      section = m.section;
    }
    lines.push(order.map((role) => cellOf(role, m, plan.measures[i - 1], plan)).join("\t"));
  });
  lines.push("");
  for (const s of plan.signatories) lines.push(`${s.position}:`, s.name);
  return lines.join("\n");
}
