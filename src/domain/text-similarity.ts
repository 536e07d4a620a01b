import { distance } from "fastest-levenshtein";

// Every quote mark a plan may use: straight, typographic, guillemets, low-9, primes, backtick.
const QUOTES = /["'`´‘’‚‛“”„‟«»‹›″‶＂＇]/gu;
// Every dash: the Unicode dash punctuation class plus the minus sign.
const DASHES = /[\p{Pd}−]/gu;

/**
 * Text as the scorer compares it: NFC, lower case, quotes made `"`, dashes made `-`, a hyphen
 * followed by spaces made a bare hyphen (`иш- чаралар` → `иш-чаралар`), whitespace runs made one
 * space, trimmed.
 */
export function normalizeText(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/-\s+/gu, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Similarity of two already normalized texts: 1 − Levenshtein / longer length; 1 when both are empty. */
export function similarityNormalized(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return 1 - distance(a, b) / longer;
}

/** 1 − Levenshtein(a, b) / max(len a, len b) on normalized text; 1 when both are empty. */
export function similarity(a: string, b: string): number {
  return similarityNormalized(normalizeText(a), normalizeText(b));
}

const BUCKETS = 64;

/** Letter counts of a normalized text, folded into 64 buckets, for `similarityUpperBound`. */
export function charProfile(s: string): Int32Array {
  const counts = new Int32Array(BUCKETS);
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) % BUCKETS;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}

/**
 * A similarity two normalized texts cannot exceed, from their letter counts alone: every edit
 * removes at most one surplus letter of either side, so Levenshtein ≥ the larger surplus. Lets the
 * scorer skip most Levenshtein calls between unrelated rows.
 */
export function similarityUpperBound(a: string, pa: Int32Array, b: string, pb: Int32Array): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  let surplusA = 0;
  let surplusB = 0;
  for (let k = 0; k < BUCKETS; k++) {
    const d = (pa[k] ?? 0) - (pb[k] ?? 0);
    if (d > 0) surplusA += d;
    else surplusB -= d;
  }
  return 1 - Math.max(surplusA, surplusB) / longer;
}
