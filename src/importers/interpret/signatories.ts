import type { Signatory } from "../../domain/plan.ts";
import { cellText } from "./text.ts";

const UP = "А-ЯЁӨҮҢA-Z";
// "К.Б.Бектемиров", "К. Б. Бектемиров", "Бектемиров К.Б.", "И.И. Иванов"
const NAME = new RegExp(
  `((?:[${UP}]\\.\\s?){1,2}\\s?[${UP}][\\p{Ll}-]+(?:\\s?уулу|\\s?кызы)?|[${UP}][\\p{Ll}-]+\\s+(?:[${UP}]\\.\\s?){1,2})\\s*$`,
  "u",
);

/** True when a text ends with a person's name written with initials ("К.Б.Бектемиров", "Асанов А.А."). */
export function endsWithPersonName(text: string): boolean {
  return NAME.test(cellText(text));
}

/** The people who sign the plan, read from the lines after the table: a position, then a name. */
export function findSignatories(after: string[]): Signatory[] {
  const lines = after
    .flatMap((t) => t.split("\n"))
    .map(cellText)
    .filter((l) => l !== "");
  const signatories: Signatory[] = [];
  let position = "";
  for (const line of lines) {
    const m = line.match(NAME);
    if (!m) {
      position = line.replace(/[:：]\s*$/, "").trim();
      continue;
    }
    const name = (m[1] as string).trim();
    const before = line
      .slice(0, m.index)
      .replace(/[:：\s_.]+$/, "")
      .trim();
    signatories.push({ position: before !== "" ? before : position, name });
    position = "";
  }
  return signatories;
}
