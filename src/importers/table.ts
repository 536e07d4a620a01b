/**
 * The table model every reader produces: the document's blocks in reading order, knowing nothing
 * about plans. Paragraphs keep the text around the table (title, signatures); tables keep their
 * rows on one column grid with merged cells already resolved.
 */
import type { MessageParams, WarningCode } from "../domain/message-codes.ts";

/** One row of a table on the table's column grid. */
export interface TableRow {
  /**
   * Cell texts, one per grid column (`cells.length` is the same for every row of a table).
   * Lines inside one cell are joined with "\n". A cell merged across columns (gridSpan, an
   * Excel merge) puts its text in its first column and "" in the columns it covers.
   */
  cells: string[];
  /**
   * `merged[i]` is true when cell i is the continuation of a cell merged down from the row
   * above (vMerge, an Excel merge); its text is then "". Absent when the reader has no such
   * knowledge.
   */
  merged?: boolean[];
  /** True when the row starts a new page in the source (a text export shows it after a blank line). */
  afterPageBreak?: boolean;
  /** True when the source marks the row as a header repeated on every page. */
  header?: boolean;
}

/** A table of the document. */
export interface TableBlock {
  kind: "table";
  rows: TableRow[];
}

/** A paragraph outside any table; lines of one paragraph joined with "\n". */
export interface ParagraphBlock {
  kind: "paragraph";
  text: string;
}

export type Block = TableBlock | ParagraphBlock;

/**
 * What a reader noticed about the whole document — how its text was got (OCR, text that lost its
 * columns) — for the person who checks the import; the interpreter passes it on as it is.
 */
export interface DocumentWarning {
  code: WarningCode;
  params: MessageParams;
  /** The English message for the CLI and logs. */
  message: string;
}

/** What a reader returns for one file. */
export interface SourceDocument {
  /** The format the reader understood ("docx", "pdf", "xlsx", "csv", "text-tab", …). */
  format: string;
  blocks: Block[];
  /** Warnings about the whole document, before any about a measure. */
  warnings?: DocumentWarning[];
}

/** A reader turns the bytes of one file into the table model, or throws an AppError. */
export type Reader = (bytes: Uint8Array, fileName: string) => Promise<SourceDocument>;
