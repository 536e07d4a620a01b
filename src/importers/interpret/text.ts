/**
 * Text of a cell as plan/v1 wants it: lines joined with one space, whitespace collapsed; a line
 * ending in a hyphen or dash joined to a word goes on without one («2026-|жылдын», «Кызыл-|Арык»,
 * «2025–|2027»): text readers keep a cell's lines apart and a word processor wraps after a hyphen.
 */
export function cellText(raw: string | undefined): string {
  return (raw ?? "")
    .replace(/(?<=[\p{L}\d][-–])[ \t]*\n\s*/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Lower-cased text with ё→е and whitespace collapsed, for matching header words. */
export function foldText(raw: string): string {
  return cellText(raw).toLowerCase().replace(/ё/g, "е");
}

/** True when the text starts with a lower-case letter (a wrapped line continuing a sentence). */
export function startsLowercase(text: string): boolean {
  const first = text.trim().match(/\p{L}/u)?.[0];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
}
