import { type ProgramPeriod, parseDeadline } from "../../domain/deadline.ts";
import { fundingCodeOf, parseFunding } from "../../domain/funding.ts";
import type { MessageParams, WarningCode } from "../../domain/message-codes.ts";
import { findCost, parseAmount } from "../../domain/money.ts";
import type { Cost, Funding, Measure } from "../../domain/plan.ts";
import { splitResponsible } from "../../domain/responsible.ts";
import { findTargets } from "../../domain/targets.ts";
import type { RawMeasure } from "./build-rows.ts";
import { cellText } from "./text.ts";

/**
 * Something in a measure a planner should check by hand: a `code` with `params` for the web app's
 * strings (always `row`, the 1-based row, and `measure`, the measure's number when it has one), and
 * the English `message` for the CLI and logs.
 */
export interface ImportWarning {
  /** Index of the measure in plan.measures, or null for the whole document. */
  measure: number | null;
  code: WarningCode;
  params: MessageParams;
  message: string;
}

/**
 * The funding of a row: its funding cell, with the sums of per-source columns merged in. A column
 * naming two sources ("Демөөрчү/донор") gives its sum to the one the row's funding cell names.
 */
function fundingOf(raw: RawMeasure): Funding[] {
  const items = parseFunding(fundingLines(raw.cells.funding));
  for (const { column, text } of raw.cells.amounts) {
    const name = raw.map.columnNames[column] ?? "";
    const amount = parseAmount(cellText(text), raw.map.multipliers[column] ?? 1);
    if (amount === null || amount === 0) continue;
    const named = parseFunding(name).filter((f) => f.code !== "other");
    const same = items.find((f) => named.some((n) => n.code === f.code));
    if (same) same.amount = (same.amount ?? 0) + amount;
    else if (named[0]) items.push({ code: named[0].code, text: name, amount });
  }
  return items;
}

/**
 * A funding cell with its wrapped lines joined, and a line break kept before each line that starts
 * with a source: sources written one per line without «;» ("РБ – 1,2 млн\nЖБ – 0,3 млн") stay
 * apart, while "ЖБ – 0,8 млн\nсом" and "Жергиликтүү\nбюджет" stay one.
 */
export function fundingLines(cell: string): string {
  return cell
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .reduce((text, line, i) => (i === 0 ? line : `${text}${startsWithSource(line) ? "\n" : " "}${line}`), "");
}

/** True when a line opens with a source name: its first word, or its first two words together. */
function startsWithSource(line: string): boolean {
  const [first = "", second = ""] = line.split(/\s+/);
  if (fundingCodeOf(first) !== null) return true;
  return second !== "" && fundingCodeOf(second) === null && fundingCodeOf(`${first} ${second}`) !== null;
}

/** The cost of a row: its cost column, else a sum of money stated in its action or result. */
function costOf(raw: RawMeasure): Cost | null {
  const column = raw.map.roles.indexOf("cost");
  if (raw.cells.cost !== "") {
    // a sum wrapped at a space between its thousands ("1\n250,5") is one number
    const amount = parseAmount(cellText(raw.cells.cost), raw.map.multipliers[column] ?? 1);
    if (amount !== null) return { amount, currency: "KGS", text: cellText(raw.cells.cost) };
  }
  return findCost(cellText(raw.cells.action)) ?? findCost(cellText(raw.cells.result));
}

/** Reads the plan/v1 fields of a raw measure and notes what a person should check. */
export function readMeasure(
  raw: RawMeasure,
  period: ProgramPeriod,
  index: number,
  warn: (w: ImportWarning) => void,
): Measure {
  const action = cellText(raw.cells.action);
  const deadline = parseDeadline(cellText(raw.cells.deadline), period);
  const responsible = splitResponsible(raw.cells.responsible);
  const funding = fundingOf(raw);
  const found = findTargets([action, cellText(raw.cells.result)]);
  const where: MessageParams = raw.cells.number
    ? { row: index + 1, measure: raw.cells.number.replace(/\.$/, "") }
    : { row: index + 1 };
  const label = raw.cells.number ? `№ ${raw.cells.number}` : `row ${index + 1}`;
  const note = (code: WarningCode, text: string, params: MessageParams = {}) =>
    warn({ measure: index, code, params: { ...where, ...params }, message: `${label}: ${text}` });
  if (action === "") note("no_action", "no measure text");
  if (deadline.text === "") note("no_deadline", "no deadline");
  else if (deadline.to === null)
    note("unclear_deadline", `deadline "${deadline.text}" not understood`, { deadline: deadline.text });
  for (const f of funding.filter((f) => f.code === "other"))
    note("unknown_funding", `unknown funding words "${f.text}"`, { funding: f.text });
  for (const value of found.unitless)
    note("target_without_unit", `number ${value} has no unit`, { number: value });
  for (const body of responsible.filter((b) => b.length > 90 || /,|;/.test(b)))
    note("unclear_split", `check the split of "${body}"`, { body });
  return {
    section: raw.section,
    number: raw.cells.number === "" ? null : raw.cells.number.replace(/\.$/, ""),
    task: cellText(raw.task),
    action,
    deadline,
    result: cellText(raw.cells.result),
    responsible,
    funding,
    cost: costOf(raw),
    targets: found.targets,
  };
}
