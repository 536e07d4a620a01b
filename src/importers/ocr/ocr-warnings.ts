import type { MessageParams, OcrWarningCode, WarningCode } from "../../domain/message-codes.ts";
import type { Measure, Plan } from "../../domain/plan.ts";
import type { ImportWarning } from "../interpret/interpret.ts";
import type { UnsureWord } from "./ocr-page.ts";
import type { OcrReport } from "./read-scan.ts";

/** Unsure "words" shorter than this are specks and bits of ruling lines, not text a person reads. */
const MIN_WORD_LENGTH = 2;
/** At most this many unsure words are named per measure; the rest are counted. */
const MAX_NAMED = 5;

/**
 * An OCR warning in the importer's warning list. Its code is not in WARNING_CODES yet (see
 * OCR_WARNING_CODES), so the list's type is widened here, in this one place.
 */
function ocrWarning(code: OcrWarningCode, measure: number | null, params: MessageParams, message: string) {
  return { measure, code: code as string as WarningCode, params, message } satisfies ImportWarning;
}

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

/**
 * What the person checking an OCR import should know: that the plan came from OCR (with the mean
 * confidence), then each measure holding words OCR was unsure of, naming them.
 */
export function ocrWarnings(ocr: OcrReport, plan: Plan): ImportWarning[] {
  const confidence = Math.round(ocr.confidence);
  const out = [
    ocrWarning(
      "ocr_text",
      null,
      { pages: ocr.pages, confidence },
      `read by OCR from a scan (${ocr.pages} page(s), mean word confidence ${confidence}%): check names, numbers and sums against the paper`,
    ),
  ];
  plan.measures.forEach((m, i) => {
    const words = unsureIn(m, ocr.unsure);
    if (words.length === 0) return;
    const named = words.slice(0, MAX_NAMED).map((w) => `${w.text} (${Math.round(w.conf)}%)`);
    const more = words.length > MAX_NAMED ? ` and ${words.length - MAX_NAMED} more` : "";
    const label = m.number ? `№ ${m.number}` : `row ${i + 1}`;
    const params = { row: i + 1, ...(m.number ? { measure: m.number } : {}), words: named.join(", ") };
    out.push(
      ocrWarning("ocr_low_confidence", i, params, `${label}: OCR was unsure of ${named.join(", ")}${more}`),
    );
  });
  return out;
}
