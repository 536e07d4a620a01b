/** Test helpers: render table rows the way a PDF extractor interleaves them (for generality tests). */

/** Wraps text greedily at `width` characters, as a table cell of that width would. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** A small deterministic random generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Interleaves rows: each row's cells (number first, then text cells) are wrapped at their column's
 * width and printed one after the other; the number is glued to the first line; a row without a
 * number starts indented; blank lines fall at random (always between rows).
 */
export function interleave(
  rows: ReadonlyArray<readonly string[]>,
  widths: readonly number[],
  seed: number,
): string {
  const rnd = seeded(seed);
  const out: string[] = [];
  for (const [number, ...cells] of rows) {
    let first = true;
    cells.forEach((cell, c) => {
      wrap(cell, widths[c] ?? 30).forEach((line, i) => {
        if (first) {
          out.push("", number ? `${number} ${line}` : ` ${line}`);
          first = false;
        } else {
          if (rnd() < (i === 0 ? 0.85 : 0.5)) out.push("");
          out.push(line);
        }
      });
    });
  }
  return out.join("\n");
}
