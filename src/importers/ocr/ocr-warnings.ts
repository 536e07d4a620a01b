import type { Measure, Plan } from "../../domain/plan.ts";
import type { ImportWarning } from "../interpret/interpret.ts";
import type { DocumentWarning } from "../table.ts";
import type { UnsureWord } from "./ocr-page.ts";
import type { OcrReport } from "./read-scan.ts";

/** Unsure "words" shorter than this are specks and bits of ruling lines, not text a person reads. */
const MIN_WORD_LENGTH = 2;
/** At most this many unsure words are named per measure; the rest are counted. */
const MAX_NAMED = 5;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, " ");

function fieldsOf(m: Measure): string {
  return fold(
    [
      m.number ?? "",
      m.task,
      m.action,
      m.deadline.text,
      m.result,
      ...m.responsible,
      ...m.funding.map((f) => f.text),
    ].join(" \u0001 "),
  );
}

/** The unsure words that appear in a measure's text, each once, least sure first. */
function unsureIn(m: Measure, unsure: UnsureWord[]): UnsureWord[] {
  const text = fieldsOf(m);
  const seen = new Set<string>();
  return unsure
    .filter((w) => w.text.replace(/[^\p{L}\p{N}]/gu, "").length >= MIN_WORD_LENGTH)
    .filter((w) => text.includes(fold(w.text)) && !seen.has(w.text) && seen.add(w.text))
    .sort((a, b) => a.conf - b.conf);
}

/** That the plan came from OCR, with the mean word confidence: the reader's warning about the whole document. */
export function ocrTextWarning(ocr: OcrReport): DocumentWarning {
  const confidence = Math.round(ocr.confidence);
  return {
    code: "ocr_text",
    params: { pages: ocr.pages, confidence },
    message: `read by OCR from a scan (${ocr.pages} page(s), mean word confidence ${confidence}%): check names, numbers and sums against the paper`,
  };
}

/** Each measure holding words OCR was unsure of, naming them, least sure first. */
export function unsureWordWarnings(ocr: OcrReport, plan: Plan): ImportWarning[] {
  return plan.measures.flatMap((m, i) => {
    const words = unsureIn(m, ocr.unsure);
    if (words.length === 0) return [];
    const named = words.slice(0, MAX_NAMED).map((w) => `${w.text} (${Math.round(w.conf)}%)`);
    const more = words.length > MAX_NAMED ? ` and ${words.length - MAX_NAMED} more` : "";
    const label = m.number ? `№ ${m.number}` : `row ${i + 1}`;
    const params = { row: i + 1, ...(m.number ? { measure: m.number } : {}), words: named.join(", ") };
    const message = `${label}: OCR was unsure of ${named.join(", ")}${more}`;
    return [{ measure: i, code: "ocr_low_confidence" as const, params, message }];
  });
}
