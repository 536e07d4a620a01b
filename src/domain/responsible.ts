/**
 * A "responsible" cell as one string per body (docs/spec/plan-format.md, "Responsible").
 * Commas and semicolons separate bodies unless the name before them cannot end there; a line
 * break separates them only where one name has ended and the next line starts a new one, since
 * PDF and DOCX cells also wrap long names across lines.
 */
import {
  endsBody,
  firstWord,
  goesOn,
  hasHead,
  isConnector,
  isLocalBody,
  isPureAbbreviation,
  opensWithBoundHead,
  startsWithHead,
} from "./body-words.ts";

interface Piece {
  text: string;
  /** What stood between this piece and the one before. */
  comma: boolean;
  semicolon: boolean;
  bullet: boolean;
}

/** Splits a responsible cell into the bodies it names, each with whitespace collapsed. */
export function splitResponsible(text: string): string[] {
  const bodies: string[] = [];
  for (const piece of pieces(text)) {
    const last = bodies[bodies.length - 1];
    if (last === undefined || startsNewBody(last, piece)) bodies.push(piece.text);
    else bodies[bodies.length - 1] = `${last}${piece.comma ? "," : piece.semicolon ? ";" : ""} ${piece.text}`;
  }
  return bodies
    .flatMap(splitAtConjunction)
    .flatMap(splitAbbreviations)
    .map(tidy)
    .filter((b) => b !== "");
}

/** Pieces between commas, semicolons and line breaks outside brackets. */
function pieces(text: string): Piece[] {
  const result: Piece[] = [];
  let sep = { comma: false, semicolon: false, bullet: false };
  let current = "";
  let depth = 0;
  const flush = () => {
    let piece = current.replace(/\s+/g, " ").trim();
    const bullet = /^(?:[-–—•*]|\d{1,2}[.)])\s/.exec(piece);
    if (bullet) piece = piece.slice(bullet[0].length).trim();
    if (piece !== "") {
      result.push({ text: piece, ...sep, bullet: sep.bullet || bullet !== null });
      sep = { comma: false, semicolon: false, bullet: false };
    }
    current = "";
  };
  for (const ch of text.replace(/\r\n?/g, "\n")) {
    if (ch === "(") depth++;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (depth > 0 || (ch !== "," && ch !== ";" && ch !== "\n")) {
      current += ch === "\n" ? " " : ch;
      continue;
    }
    flush();
    if (ch === ",") sep.comma = true;
    if (ch === ";") sep.semicolon = true;
  }
  flush();
  return result;
}

function startsNewBody(before: string, piece: Piece): boolean {
  if (piece.text.startsWith("(")) return false; // "(макулдашуу боюнча)" stays with its body
  if (piece.bullet || piece.semicolon) return true;
  if (goesOn(before)) return false;
  const lower = /^\p{Ll}/u.test(piece.text);
  if (piece.comma) {
    // "Аким района, айыл окмоту": a Russian name (head first) then a whole Kyrgyz one
    const russianThenWhole = startsWithHead(before) && endsBody(piece.text);
    // "Районный отдел образования, айыл окмоту Ак-Таш": two names, each with its head noun
    const twoNamed = hasHead(before) && hasHead(piece.text);
    // "Бала бакча, айыл өкмөтү": a name without a head noun, then a territory's own body
    const thenLocalBody = isLocalBody(piece.text);
    return (
      endsBody(before) ||
      !lower ||
      startsWithHead(piece.text) ||
      russianThenWhole ||
      twoNamed ||
      thenLocalBody
    );
  }
  // a line break: a name ended and a new one starts, or a Russian head noun opens the next line;
  // a lower-case line after a whole name is a new body only when it is a name itself
  // ("РМА\nайыл өкмөттөрү", "… (по согласованию)\nайыл окмоту района"), not the rest of a
  // phrase ("айыл өкмөттөр\nменен биргеликте")
  if (!lower) return endsBody(before) || startsWithHead(piece.text);
  if (opensWithBoundHead(piece.text)) return false;
  // a whole name, then a line that is a whole name of its own, even one opening with a genitive
  // or an adjective («Ак-Жар айыл өкмөтү» | «мектептин администрациясы», «райондук ЖДПБ»)
  const wholeThenWhole = endsBody(before) && endsBody(piece.text) && !isConnector(firstWord(piece.text));
  if (goesOn(firstWord(piece.text))) return wholeThenWhole;
  if (endsBody(before)) return endsBody(piece.text) || hasHead(opening(piece.text));
  return namedThenNamed(before, piece.text);
}

/** The first two words of a text: where a Russian name, or a territory's own body, has its head noun. */
const opening = (text: string) => text.split(/\s+/).slice(0, 2).join(" ");

/**
 * A name of two words or more with its head noun in its first two, then a lower-case line with its
 * head noun in its first two: "Айыл окмоту Кок-Сай" | "инвестор (по согласованию)", "Районный
 * отдел образования" | "айыл окмоту Ак-Таш". The rest of a wrapped name seldom opens so ("водного
 * хозяйства", "и инвестиций РГА"), and a Kyrgyz name goes on to its head at its end
 * ("…мэриясынын алдындагы Муниципалдык менчик" | "департаменти").
 */
function namedThenNamed(before: string, line: string): boolean {
  return (
    before.split(/\s+/).length >= 2 && !goesOn(before) && hasHead(opening(before)) && hasHead(opening(line))
  );
}

/** "X ЖЧКсы жана “Y” заводу" is two bodies; "Мерсико жана ПРООН … программасы" is one. */
function splitAtConjunction(body: string): string[] {
  const words = body.split(" ");
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < words.length - 1; i++) {
    if (!/^(?:жана|и)$/iu.test(words[i] as string)) continue;
    const left = words.slice(start, i).join(" ");
    const right = words.slice(i + 1).join(" ");
    if (left !== "" && !goesOn(left) && (endsBody(left) || startsWithHead(right))) {
      parts.push(left);
      start = i + 1;
    }
  }
  parts.push(words.slice(start).join(" "));
  return parts;
}

/** "ШБББ ШИИБ" is two bodies; "КР ССМ" (a two-letter country prefix) and "ТРОААжМСЭК Б" are one. */
function splitAbbreviations(body: string): string[] {
  const words = body.split(" ");
  const parts: string[][] = [[]];
  for (const [i, word] of words.entries()) {
    const prev = words[i - 1]?.replace(/[,.;]$/, "");
    const bare = word.replace(/[,.;]$/, "");
    if (
      prev !== undefined &&
      isPureAbbreviation(prev) &&
      isPureAbbreviation(bare) &&
      prev.length >= 3 &&
      bare.length >= 2
    ) {
      parts.push([]);
    }
    parts[parts.length - 1]?.push(word);
  }
  return parts.map((p) => p.join(" "));
}

function tidy(body: string): string {
  return body
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\s,;]+$/, "");
}
