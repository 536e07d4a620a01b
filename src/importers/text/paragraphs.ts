/** Shared helper: lines outside a table → paragraph blocks. */
import type { ParagraphBlock } from "../table.ts";

/** Groups lines into paragraphs separated by blank lines; lines of one paragraph joined with "\n". */
export function toParagraphs(lines: readonly string[]): ParagraphBlock[] {
  const blocks: ParagraphBlock[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) blocks.push({ kind: "paragraph", text: current.join("\n") });
    current = [];
  };
  for (const line of lines) {
    const text = line.replace(/\f/g, "").replace(/\s+/g, " ").trim();
    if (text === "") flush();
    else current.push(text);
  }
  flush();
  return blocks;
}
