/**
 * One field of a plan's measure as plain text, for showing a version diff field by field (the
 * public history page and the app's History tab write the same words).
 */
import type { MeasureField } from "./plan.ts";
import type { DiffRow } from "./plan-diff.ts";

/** The field's value as written in the plan; numbers as the plan gave them. */
export function measureFieldText(row: DiffRow, field: MeasureField): string {
  const m = row.measure;
  switch (field) {
    case "number":
      return m.number ?? "";
    case "section":
      return row.sectionTitle ?? "";
    case "task":
      return m.task;
    case "action":
      return m.action;
    case "deadline":
      return m.deadline.text;
    case "result":
      return m.result;
    case "responsible":
      return m.responsible.join("; ");
    case "funding":
      return m.funding.map((f) => (f.amount === undefined ? f.text : `${f.text}: ${f.amount}`)).join("; ");
    case "cost":
      return m.cost ? m.cost.text || String(m.cost.amount) : "";
    case "targets":
      return m.targets.map((t) => `${t.value} ${t.unit}`).join("; ");
  }
}
