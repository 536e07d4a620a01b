/** A plan/v1 gold → the fixture shape the docx writer of tests/fixtures/plans/gen lays out. */
import type { Funding, Measure, Plan } from "../../src/domain/plan.ts";
import type { Fixture, FixtureItem, FixtureRow } from "../../tests/fixtures/plans/gen/fixture.ts";
import type { CorpusLayout, Role } from "./layouts.ts";

/** "1 250,5": a sum in thousands with one decimal, as tables print it. */
export function thousands(amount: number): string {
  const [whole = "0", frac = "0"] = (amount / 1000).toFixed(1).split(".");
  return `${whole.replace(/\B(?=(\d{3})+$)/g, " ")},${frac}`;
}

/** A per-source sum as a funding cell writes it: "1,2 млн" (ru) / "1,2 млн сом" (ky), or in thousands. */
function sumText(amount: number, language: Plan["language"]): string {
  const som = language === "ru" ? "" : " сом";
  if (amount % 100_000 === 0 && amount >= 100_000)
    return `${(amount / 1e6).toFixed(1).replace(".", ",")} млн${som}`;
  return `${thousands(amount)} ${language === "ru" ? "тыс. сом" : "миң сом"}`;
}

/** The printed funding cell: "РБ, ЖБ" or "РБ – 1,2 млн; ЖБ – 0,3 млн" when sums are given. */
export function fundingCell(items: readonly Funding[], language: Plan["language"]): string {
  if (!items.some((f) => f.amount !== undefined)) return items.map((f) => f.text).join(", ");
  return items
    .map((f) => (f.amount === undefined ? f.text : `${f.text} – ${sumText(f.amount, language)}`))
    .join("; ");
}

/** True when a cost column is needed: some row's cost is not stated in its action text. */
export function needsCostColumn(plan: Plan): boolean {
  return plan.measures.some((m) => m.cost !== null && !m.action.includes(m.cost.text));
}

function toRow(m: Measure, plan: Plan, layout: CorpusLayout): FixtureRow {
  const costInAction = m.cost !== null && m.action.includes(m.cost.text);
  return {
    no: m.number ?? "",
    action: m.action,
    deadline: m.deadline.text,
    result: m.result,
    resp: m.responsible.join(layout.bodiesPerLine ? "\n" : ", "),
    fund: fundingCell(m.funding, plan.language),
    costCell: m.cost === null || costInAction ? null : m.cost.amount / 1000,
    number: m.number,
    from: m.deadline.from,
    to: m.deadline.to,
    repeat: m.deadline.repeat,
    responsible: m.responsible,
    funding: m.funding,
    cost: m.cost,
    targets: m.targets,
  };
}

/** The printed cell of one column (the task column is the docx writer's merged cell, not here). */
export function cellOf(role: Role, r: FixtureRow): string {
  switch (role) {
    case "number":
      return r.no;
    case "action":
      return r.action;
    case "deadline":
      return r.deadline;
    case "result":
      return r.result;
    case "responsible":
      return r.resp;
    case "funding":
      return r.fund;
    case "cost":
      return r.costCell === null || r.costCell === undefined ? "" : thousands(r.costCell * 1000);
    case "task":
      return "";
  }
}

/** Headings (every section from the last printed one up to the row's own) and rows grouped by task. */
function itemsOf(plan: Plan, layout: CorpusLayout): FixtureItem[] {
  const items: FixtureItem[] = [];
  let section: string | null = null;
  let group: Extract<FixtureItem, { kind: "group" }> | undefined;
  const hasTask = layout.roles.includes("task");
  for (const m of plan.measures) {
    if (m.section !== section) {
      const from = plan.sections.findIndex((s) => s.id === section) + 1;
      const to = plan.sections.findIndex((s) => s.id === m.section);
      for (const s of plan.sections.slice(from, to + 1))
        items.push({ kind: "heading", text: s.code ? `${s.code}. ${s.title}` : s.title });
      section = m.section;
      group = undefined;
    }
    // Rows with the task of the row above share its merged task cell.
    if (!group || !hasTask || group.task !== m.task) {
      group = { kind: "group", section: m.section, task: m.task, rows: [] };
      items.push(group);
    }
    group.rows.push(toRow(m, plan, layout));
  }
  return items;
}

/** The fixture the docx writer prints for a gold plan. */
export function toFixture(
  name: string,
  plan: Plan,
  layout: CorpusLayout,
  headers: Record<Role, string>,
): Fixture {
  return {
    name,
    before: [plan.title],
    titleLines: [0],
    columns: layout.roles.map((r) => headers[r]),
    items: itemsOf(plan, layout),
    signatures: plan.signatories.map((s) => [s.position, s.name]),
    gold: {
      title: plan.title,
      territory: plan.territory,
      period: plan.period,
      language: plan.language,
      sections: plan.sections,
      signatories: plan.signatories,
    },
  };
}
