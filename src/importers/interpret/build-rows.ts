import type { Section } from "../../domain/plan.ts";
import type { ActionItem } from "./action-rows.ts";
import { cellsByRole, headingOf, type RowCells } from "./row-kinds.ts";
import { nextSection } from "./sections.ts";
import { endsWithPersonName } from "./signatories.ts";
import { cellText, startsLowercase } from "./text.ts";

/** A measure's cells gathered from one or more table rows, before their fields are read. */
export interface RawMeasure {
  section: string | null;
  cells: RowCells;
  task: string;
  map: Extract<ActionItem, { kind: "row" }>["map"];
}

/** Sections and raw measures of an action table, and headings left after the last measure. */
export interface BuiltRows {
  sections: Section[];
  measures: RawMeasure[];
  trailing: string[];
}

const TOTAL_ROW = /^(бардыгы|баары|жыйынтыгы|жалпы|итого|всего)(?!\p{L})/iu;

/** True when a row with no number continues the measure above instead of starting one. */
function continuesAbove(cells: RowCells, afterPageBreak: boolean): boolean {
  if (cells.number !== "") return false;
  const ownTask = cells.task !== "" && !cells.taskMerged;
  if (afterPageBreak) return !ownTask || startsLowercase(cells.task);
  if (ownTask) return startsLowercase(cells.task) && cells.deadline === "";
  if (cells.action === "") return true;
  if (cells.deadline !== "" || cells.result !== "" || cells.responsible !== "") return false;
  return startsLowercase(cells.action);
}

/**
 * A row number a page broke in two in a narrow № column ("1" at the foot of a page, "1" at the
 * top of the next for row 11): the number the two make when it follows the row before them (or
 * repeats it), else null.
 */
function pageBrokenNumber(measures: readonly RawMeasure[], cells: RowCells): string | null {
  const [before, last] = [measures.at(-2), measures.at(-1)];
  if (!before || !last || !/^\d+$/u.test(last.cells.number) || !/^\d+$/u.test(cells.number)) return null;
  const joined = `${last.cells.number}${cells.number}`;
  const step = Number(joined) - Number(before.cells.number);
  return step === 0 || step === 1 ? joined : null;
}

/** True for a signature written into the sheet below the table: a position, then a name with initials. */
function isSignatureRow(raw: string[], cells: RowCells): boolean {
  const filled = raw.map(cellText).filter(Boolean);
  const last = filled.at(-1);
  return (
    cells.number === "" &&
    cells.deadline === "" &&
    last !== undefined &&
    last.length < 40 &&
    endsWithPersonName(last)
  );
}

/**
 * Joins a continuation row onto a measure cell by cell: a part going on in lower case is the same
 * sentence or body wrapped by the page («Отдел» | «капитального строительства РГА»), another
 * part starts on a line of its own (a body, a source).
 */
function appendCells(into: RowCells, more: RowCells): void {
  const join = (a: string, b: string) =>
    a === "" ? b : b === "" ? a : startsLowercase(b) && !/[-–]$/u.test(a) ? `${a} ${b}` : `${a}\n${b}`;
  into.task = join(into.task, more.taskMerged ? "" : more.task);
  into.action = join(into.action, more.action);
  into.deadline = join(into.deadline, more.deadline);
  into.result = join(into.result, more.result);
  into.responsible = join(into.responsible, more.responsible);
  into.funding = join(into.funding, more.funding);
  into.cost = join(into.cost, more.cost);
  into.amounts.push(...more.amounts);
}

/**
 * Walks the action table in order: headings become sections, rows become measures, a row broken
 * by a page joins the row above, and a row with no task of its own carries the task above.
 */
export function buildRows(items: ActionItem[]): BuiltRows {
  const sections: Section[] = [];
  const measures: RawMeasure[] = [];
  let headings: string[] = [];
  const signatureLines: string[] = [];
  const openHeadings = () => {
    for (const text of headings) sections.push(nextSection(text, sections));
    headings = [];
  };
  for (const item of items) {
    if (item.kind === "text") {
      headings.push(item.text);
      continue;
    }
    const heading = headingOf(item.row, item.map);
    if (heading !== null) {
      headings.push(heading);
      continue;
    }
    const cells = cellsByRole(item.row, item.map);
    if (isSignatureRow(item.row.cells, cells)) {
      signatureLines.push(item.row.cells.map(cellText).filter(Boolean).join("\t"));
      continue;
    }
    const last = measures.at(-1);
    if (TOTAL_ROW.test(cellText(cells.action || cells.task || cells.number))) continue;
    const broken =
      item.row.afterPageBreak === true && headings.length === 0 ? pageBrokenNumber(measures, cells) : null;
    if (last !== undefined && broken !== null) {
      last.cells.number = broken;
      appendCells(last.cells, { ...cells, number: "" });
      continue;
    }
    if (
      last !== undefined &&
      headings.length === 0 &&
      continuesAbove(cells, item.row.afterPageBreak === true)
    ) {
      appendCells(last.cells, cells);
      if (last.cells.task !== "" && !last.cells.taskMerged) last.task = last.cells.task;
      continue;
    }
    openHeadings();
    const ownTask = cells.taskMerged ? "" : cells.task;
    const task = ownTask !== "" ? ownTask : (last?.task ?? "");
    measures.push({ section: sections.at(-1)?.id ?? null, cells, task, map: item.map });
  }
  return { sections, measures, trailing: [...headings, ...signatureLines] };
}
