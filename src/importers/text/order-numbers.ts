/**
 * Row numbers in reading-order text. In `pdftotext -raw` a row's number shares its line with the
 * first line of the row's next cell (both sit on the row's first baseline): "5 Открытие группы".
 * A narrow № column breaks a number over lines ("1" / "0" for row 10), and a number alone on its
 * line is then more often part of another cell (a sum "2 500,0" wrapped as "2" / "500,0").
 */

import { chooseRowNumbers } from "./interleaved-units.ts";
import type { BodyLine } from "./order-words.ts";

const LEADING_NUMBER = /^(\d{1,3})(?:\s|$)/u;
const BARE_NUMBER = /^\d{1,2}$/u;
/** Largest step from one row number to the next that a joined number may take. */
const MAX_STEP = 2;
/** Share of row numbers with text beside them from which a text is read as keeping them so. */
const BESIDE_TEXT = 0.7;

/**
 * Lines with a row number a narrow column broke over two lines joined back ("1" + "0 …" → "10 …")
 * where the joined number goes on from the row number before it (or repeats it: rows may share one).
 */
export function joinBrokenNumbers(lines: readonly BodyLine[]): BodyLine[] {
  const out: BodyLine[] = [];
  let last: number | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as BodyLine;
    const next = lines[i + 1];
    const rest = next ? LEADING_NUMBER.exec(next.text)?.[1] : undefined;
    if (next && rest && BARE_NUMBER.test(line.text) && !next.afterBreak && last !== undefined) {
      const joined = Number(line.text + rest);
      if (joined >= last && joined - last <= MAX_STEP) {
        out.push({ ...next, text: line.text + next.text, afterBreak: line.afterBreak });
        last = joined;
        i++;
        continue;
      }
    }
    const n = LEADING_NUMBER.exec(line.text)?.[1];
    if (n !== undefined && (last === undefined || (Number(n) >= last && Number(n) - last <= 5)))
      last = Number(n);
    out.push(line);
  }
  return out;
}

/** A row's number is seldom followed by a lower-case word: "3 рабочих места" is a quantity in a cell. */
const LOWER_AFTER_NUMBER = /^\d{1,3}\s+\p{Ll}/u;
/** A sum written with a space between its thousands ("6 500,0", "12 300.5") starts no row. */
const THOUSANDS_SUM = /^\d{1,3}\s\d{3}[.,]\d/u;

/**
 * The lines that start numbered rows (chooseRowNumbers, a number followed by a lower-case word
 * worth half, a sum in thousands nothing), without numbers alone on their line when the text keeps
 * its row numbers beside their row's text.
 */
export function rowNumberLines(lines: readonly BodyLine[]): Set<number> {
  const texts = lines.map((l) => l.text);
  const worth = (line: string) => (THOUSANDS_SUM.test(line) ? 0 : LOWER_AFTER_NUMBER.test(line) ? 0.5 : 1);
  const chosen = chooseRowNumbers(texts, worth);
  const bare = [...chosen].filter((i) => BARE_NUMBER.test(texts[i] ?? ""));
  if (chosen.size === 0 || (chosen.size - bare.length) / chosen.size < BESIDE_TEXT) return chosen;
  return chooseRowNumbers(
    texts.map((t) => (BARE_NUMBER.test(t) ? "" : t)),
    worth,
  );
}
