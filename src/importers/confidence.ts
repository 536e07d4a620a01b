/**
 * How sure the importer is of each cell it read (decision 018), from what it already knows: the
 * warnings about a measure and about the whole document, the columns whose role was guessed from
 * their cells, and OCR's word confidences. Each piece of evidence caps the confidence of the cells
 * it is about; a cell's confidence is its lowest cap, and its reason that cap's. Pure.
 */
import {
  byConfidence,
  CELL_FIELDS,
  type CellConfidence,
  type CellField,
  cellValue,
} from "../domain/cell-confidence.ts";
import type { CellReason, MessageParams, WarningCode } from "../domain/message-codes.ts";
import type { Measure, Plan } from "../domain/plan.ts";
import type { ImportWarning } from "./interpret/interpret.ts";

/** What OCR says of its reading: the mean word confidence and the words it was unsure of, 0–100. */
export interface OcrConfidence {
  confidence: number;
  unsure: { text: string; conf: number }[];
}

/** What the importer knows of a document's cells. */
export interface ConfidenceInput {
  plan: Plan;
  warnings: ImportWarning[];
  /** For each measure, the fields read from a column whose role was guessed from its cells. */
  guessedFields: CellField[][];
  ocr?: OcrConfidence;
}

/**
 * The cap each warning about a measure puts on the cell it is about: how likely the cell still
 * says what the document meant. Lowest where the plan's meaning is most at stake (a measure
 * without its text, a deadline with no dates).
 */
const WARNING_CAPS: Partial<Record<WarningCode, { field: CellField; cap: number; reason: CellReason }>> = {
  no_action: { field: "action", cap: 0.2, reason: "empty" },
  unclear_deadline: { field: "deadline", cap: 0.3, reason: "unclear_deadline" },
  no_deadline: { field: "deadline", cap: 0.5, reason: "empty" },
  unclear_split: { field: "responsible", cap: 0.5, reason: "unclear_split" },
  unknown_funding: { field: "funding", cap: 0.6, reason: "unknown_funding" },
  target_without_unit: { field: "targets", cap: 0.7, reason: "target_without_unit" },
};
/** A cell read from a column whose role no header word named. */
const GUESSED_CAP = 0.6;
/** An empty cell of a field most measures of the plan fill. */
const EMPTY_CAP = 0.7;
/** Fields a measure usually has, when at least this share of the plan's measures fill them. */
const USUALLY_FILLED: readonly CellField[] = ["result", "responsible", "funding"];
const USUAL_SHARE = 0.5;
/** Unsure OCR "words" shorter than this are specks, not text (as in ocr/ocr-warnings.ts). */
const MIN_WORD_LENGTH = 2;

type Cap = { cap: number; reason: CellReason; params: MessageParams };

/** The cells below 1, lowest first: measure index, field, confidence, and the reason it is low. */
export function cellConfidences(input: ConfidenceInput): CellConfidence[] {
  const caps = new Map<string, Cap & { measure: number; field: CellField }>();
  const lower = (measure: number, field: CellField, cap: Cap) => {
    const key = `${measure}:${field}`;
    const now = caps.get(key);
    if (now === undefined || cap.cap < now.cap) caps.set(key, { measure, field, ...cap });
  };
  const { plan } = input;
  const filled = (m: Measure, f: CellField) => cellValue(m, f).trim() !== "";
  const usual = USUALLY_FILLED.filter(
    (f) => plan.measures.filter((m) => filled(m, f)).length >= USUAL_SHARE * plan.measures.length,
  );
  const lost = input.warnings.find((w) => w.code === "lost_columns" && w.measure === null);
  plan.measures.forEach((m, i) => {
    for (const field of CELL_FIELDS) {
      if (!filled(m, field)) {
        if (usual.includes(field)) lower(i, field, { cap: EMPTY_CAP, reason: "empty", params: {} });
        continue;
      }
      if (input.guessedFields[i]?.includes(field))
        lower(i, field, { cap: GUESSED_CAP, reason: "guessed_column", params: {} });
      if (lost) lower(i, field, { cap: Number(lost.params.confidence), reason: "lost_columns", params: {} });
      if (input.ocr) lower(i, field, ocrCap(cellValue(m, field), input.ocr));
    }
  });
  for (const w of input.warnings) {
    const rule = WARNING_CAPS[w.code];
    if (rule && w.measure !== null) lower(w.measure, rule.field, { ...rule, params: {} });
  }
  return [...caps.values()]
    .filter((c) => Number.isFinite(c.cap) && c.cap < 1)
    .map((c) => ({
      measure: c.measure,
      field: c.field,
      confidence: Math.max(0, Math.round(c.cap * 100) / 100),
      reason: c.reason,
      params: c.params,
    }))
    .sort(byConfidence);
}

/** A cell read by OCR: its least sure word's confidence when it holds one, else the page's mean. */
function ocrCap(text: string, ocr: OcrConfidence): Cap {
  const words = new Set(fold(text).split(" "));
  const unsure = ocr.unsure
    .filter((w) => w.text.replace(/[^\p{L}\p{N}]/gu, "").length >= MIN_WORD_LENGTH)
    .filter((w) =>
      fold(w.text)
        .split(" ")
        .every((part) => words.has(part)),
    );
  const least = Math.min(ocr.confidence, ...unsure.map((w) => w.conf));
  return { cap: least / 100, reason: "ocr", params: { confidence: Math.round(least) } };
}

/** Lower case, words only: how a cell's words are matched with OCR's. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
