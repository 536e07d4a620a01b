/** The action table's rows with a heading row wherever the section or the task changes. */
import type { MeasureRow, Program } from "./api.ts";

/** A section heading, a task heading, or a measure. */
export type TableRow =
  | { kind: "section"; key: string; title: string }
  | { kind: "task"; key: string; title: string }
  | { kind: "measure"; key: string; measure: MeasureRow };

/** Rows in the given order, grouped by section and task when `grouped` (plan order). */
export function groupRows(
  measures: MeasureRow[],
  program: Program,
  grouped: boolean,
  noSection: string,
): TableRow[] {
  if (!grouped) return measures.map((m) => ({ kind: "measure", key: `m${m.id}`, measure: m }));
  const titles = new Map(program.sections.map((s) => [s.id, s.code ? `${s.code}. ${s.title}` : s.title]));
  const rows: TableRow[] = [];
  let section: number | null | undefined;
  let task: string | undefined;
  for (const m of measures) {
    if (m.sectionId !== section) {
      section = m.sectionId;
      task = undefined;
      rows.push({
        kind: "section",
        key: `s${m.sectionId}-${m.id}`,
        title: (m.sectionId !== null ? titles.get(m.sectionId) : undefined) ?? noSection,
      });
    }
    if (m.task && m.task !== task) rows.push({ kind: "task", key: `t${m.id}`, title: m.task });
    task = m.task;
    rows.push({ kind: "measure", key: `m${m.id}`, measure: m });
  }
  return rows;
}
