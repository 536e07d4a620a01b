/**
 * Text whose table lost its columns: plain `pdftotext` (no -raw, no -layout) prints each column of
 * a page as blocks of its own, separated by blank lines, so a row's cells no longer follow each
 * other. No rule can put them back in general; the importer says so instead of guessing.
 */
import { AppError } from "../../domain/errors.ts";
import type { DocumentWarning } from "../table.ts";

/** Blocks (runs of non-blank lines) per line above which a text is cut into blocks. */
const BLOCK_DENSITY = 0.08;
/** Share of blocks of two lines or more above which the blocks are cells, not double-spaced lines. */
const MULTI_LINE_SHARE = 0.25;

/** Runs of non-blank lines: their lengths in lines. */
function blockSizes(text: string): { sizes: number[]; lines: number } {
  const lines = text.replace(/\f/g, "\n").split("\n");
  const sizes: number[] = [];
  let run = 0;
  for (const l of lines) {
    if (l.trim() !== "") run++;
    else if (run > 0) {
      sizes.push(run);
      run = 0;
    }
  }
  if (run > 0) sizes.push(run);
  return { sizes, lines: lines.length };
}

/**
 * True when a text is cut into column blocks: many blank-line-separated blocks, many of them
 * several lines long (a viewer's copy or -raw has almost no blank lines; a Word copy has one
 * between every line).
 */
export function isColumnBlocks(text: string): boolean {
  const { sizes, lines } = blockSizes(text);
  if (sizes.length < 10) return false;
  const multi = sizes.filter((s) => s >= 2).length / sizes.length;
  return sizes.length / lines >= BLOCK_DENSITY && multi >= MULTI_LINE_SHARE;
}

/** True when a text is a Word copy: its lines separated by blank lines, one by one. */
export function isDoubleSpaced(text: string): boolean {
  const { sizes, lines } = blockSizes(text);
  return (
    sizes.length >= 10 &&
    sizes.length / lines >= 0.3 &&
    sizes.filter((s) => s >= 2).length / sizes.length < 0.1
  );
}

/** What a text cut into blocks is and what to do instead, said by the error and the warning alike. */
const LOST_COLUMNS =
  "this text lost its columns (each column of a page came out as blocks of its own, as plain pdftotext prints it)";
const INSTEAD = "import the PDF itself or paste its text with pdftotext -layout";

/** "62% of its rows came out whole (confidence 0.62)": how far such a text can be trusted. */
function wholeRowsSaying(confidence: number): string {
  return `${Math.round(confidence * 100)}% of its rows came out whole (confidence ${confidence.toFixed(2)})`;
}

/**
 * The refusal of a text that lost its columns, with the share of rows the reading-order reader
 * still found whole (a number, a deadline and more cells of their own) as its confidence.
 */
export function lostColumnsError(confidence: number): AppError {
  return new AppError(
    "no_action_table",
    `${LOST_COLUMNS}: ${INSTEAD}. Read as it is, ${wholeRowsSaying(confidence)}.`,
    { reason: "lost_columns", confidence: Number(confidence.toFixed(2)) },
  );
}

/** The warning on a text cut into blocks whose rows still read whole enough to import. */
export function lostColumnsWarning(confidence: number): DocumentWarning {
  const rounded = Number(confidence.toFixed(2));
  return {
    code: "lost_columns",
    params: { confidence: rounded },
    message: `${LOST_COLUMNS}, yet ${wholeRowsSaying(confidence)}: check every measure, or ${INSTEAD}`,
  };
}
