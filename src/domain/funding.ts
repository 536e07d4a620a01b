/**
 * Funding cells ("ЖБ, РБ", "Демөөрчү РБ", "Грант жана кредит", "МБ – 450,0 тыс. сом") as plan/v1
 * funding items; codes are in docs/spec/plan-format.md, "Funding codes".
 */
import { parseAmount } from "./money.ts";
import type { Funding, FundingCode } from "./plan.ts";

const W = "(?<![\\p{L}\\d])"; // no letter or digit before
const E = "(?![\\p{L}\\d])"; // no letter or digit after

// Each source is one pattern over lower-cased text; abbreviations may carry dots ("р.б.").
const SOURCES: [FundingCode, string][] = [
  [
    "none",
    "(?:каржылоо\\p{L}*\\s+)?(?:керектел\\s*бейт|талап\\s+кылынбайт|зарыл\\p{L}*\\s+жок|каржылоосуз)|(?:финансирование\\s+)?не\\s+(?:требуется|предусмотрено|нужно)|без\\s+финансирования",
  ],
  [
    "republican",
    "р\\.?\\s?б\\.?|респ\\p{L}*\\.?\\s+бюджет\\p{L}*|мамлекеттик\\s+бюджет\\p{L}*|государственн\\p{L}*\\s+бюджет\\p{L}*",
  ],
  [
    "local",
    "ж\\.?\\s?б\\.?|м\\.?\\s?б\\.?|жергиликтүү\\s+бюджет\\p{L}*|местн\\p{L}*\\s+бюджет\\p{L}*|(?:шаардык|айылдык|райондук|городск\\p{L}*|районн\\p{L}*|аймактык)\\s+бюджет\\p{L}*",
  ],
  ["investor", "инвест\\p{L}*"],
  ["sponsor", "демөөрч\\p{L}*|спонсор\\p{L}*|меценат\\p{L}*"],
  ["grant", "грант\\p{L}*|донор\\p{L}*"],
  ["credit", "кредит\\p{L}*|насыя\\p{L}*|зай[мо]\\p{L}*"],
  ["emergency", "өк[бм]|мчс"],
];

const ANY_SOURCE = new RegExp(SOURCES.map(([code, p]) => `${W}(?<${code}>${p})${E}`).join("|"), "iu");
const WHOLE_SOURCE = SOURCES.map(([code, p]) => [code, new RegExp(`^(?:${p})$`, "iu")] as const);

/** The code of one source name or funding column header ("РБ", "Донор", "ЖБ (миң сом)"); null if none. */
export function fundingCodeOf(text: string): FundingCode | null {
  // a header's unit or note in brackets ("(миң сом)") says nothing about the source
  const bare = text.replace(/\([^)]*\)/g, " ").replace(/\s+/g, " ");
  const groups = ANY_SOURCE.exec(bare)?.groups ?? {};
  return SOURCES.find(([code]) => groups[code] !== undefined)?.[0] ?? null;
}

/** The funding sources of one cell, in the order written, one per code; a sum per source becomes `amount`. */
export function parseFunding(text: string): Funding[] {
  const items: Funding[] = [];
  for (const piece of splitPieces(text)) {
    for (const item of readPiece(piece)) {
      const same = items.find((i) => i.code === item.code);
      if (!same) items.push(item);
      else if (item.amount !== undefined) same.amount = (same.amount ?? 0) + item.amount;
    }
  }
  return items;
}

/** Commas (not decimal ones), semicolons, line breaks, slashes, "+", "жана" / "и" separate sources. */
function splitPieces(text: string): string[] {
  return text
    .split(/(?<!\d),|,(?!\d)|[;\n/+]|\s(?:жана|и|же|или)\s/iu)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p !== "");
}

/** One piece: a name, maybe several names side by side ("Демөөрчү РБ"), maybe a sum after it. */
function readPiece(piece: string): Funding[] {
  const digit = piece.search(/\d/);
  const name = (digit < 0 ? piece : piece.slice(0, digit)).replace(/[\s:–—=-]+$/u, "").trim();
  const amount = digit < 0 ? null : parseAmount(piece.slice(digit));
  if (name === "") return [];
  const names = sideBySide(name) ?? [name];
  return names.map((n, i) => {
    const item: Funding = { code: fundingCodeOf(n) ?? "other", text: n };
    // a sum written after several names belongs to the last one ("Демөөрчү РБ – 5 млн сом")
    if (amount !== null && i === names.length - 1) item.amount = amount;
    return item;
  });
}

/** Splits a name made only of known sources written side by side; null when it is one name. */
function sideBySide(name: string): string[] | null {
  const words = name.split(" ");
  const names: string[] = [];
  let i = 0;
  while (i < words.length) {
    const len = [4, 3, 2, 1].find(
      (n) => i + n <= words.length && isWholeSource(words.slice(i, i + n).join(" ")),
    );
    if (len === undefined) return null;
    names.push(words.slice(i, i + len).join(" "));
    i += len;
  }
  return names.length > 1 ? names : null;
}

function isWholeSource(text: string): boolean {
  return WHOLE_SOURCE.some(([, re]) => re.test(text));
}
