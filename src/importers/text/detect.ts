/** Which kind of plain text a document is: a tab-separated export, fixed-width layout, or interleaved lines. */

/** The three kinds of plain text the text reader understands. */
export type TextKind = "text-tab" | "text-layout" | "text-interleaved";

/** A run of three or more spaces between two non-space characters: a gap between layout columns. */
const COLUMN_GAP = /\S {3,}\S/;

/** Picks the kind of text by looking at its lines: tabs, then column gaps, else interleaved. */
export function detectTextKind(text: string): TextKind {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const tabbed = lines.filter((l) => (l.match(/\t/g)?.length ?? 0) >= 2).length;
  if (tabbed >= 2) return "text-tab";
  const gapped = lines.filter((l) => COLUMN_GAP.test(l.replace(/\t/g, "    "))).length;
  if (gapped >= 3 && gapped >= lines.length * 0.25) return "text-layout";
  return "text-interleaved";
}
