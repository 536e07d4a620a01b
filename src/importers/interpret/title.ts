import { yearsIn } from "../../domain/deadline.ts";
import { endsWithPersonName } from "./signatories.ts";
import { cellText } from "./text.ts";

// The approval stamp above a plan ("… № буйругуна №2 тиркеме", "УТВЕРЖДЕН постановлением … от
// 12.03.2025 г. № 15"): its words, or a document number or date that a title does not carry.
const STAMP =
  /тиркеме|приложение|бекитилди|бекитилген|утвержд|токтомуна|буйругуна|распоряжени|постановлени|№|\d{1,2}\.\d{1,2}\.\d{2,4}/iu;
const TITLE_WORDS = /программ|план|иш-? ?чара|мероприят/i;
// A Kyrgyz stamp ends with "тиркеме" (appendix); a line may carry the end of the stamp and the title.
const STAMP_END = /^.*\sтиркеме(?![\p{L}])\s*/iu;

/** True for a line of the approval block rather than the title: stamp words, a signature, a position. */
function isStampLine(line: string): boolean {
  return STAMP.test(line) || endsWithPersonName(line) || /[:：]$/.test(line);
}

/**
 * The title: the lines naming the program or plan, with the lines around them that are not part
 * of an approval stamp, joined with spaces.
 */
export function findTitle(before: string[]): string {
  const lines = before
    .map(cellText)
    .map((l) => (TITLE_WORDS.test(l.replace(STAMP_END, "")) ? l.replace(STAMP_END, "") : l))
    .filter((l) => l !== "");
  const named = lines.findLastIndex((l) => TITLE_WORDS.test(l) && !isStampLine(l));
  if (named < 0) return lines.filter((l) => !isStampLine(l)).join(" ");
  let first = named;
  while (first > 0 && !isStampLine(lines[first - 1] as string)) first--;
  let last = named;
  while (last + 1 < lines.length && !isStampLine(lines[last + 1] as string)) last++;
  return lines.slice(first, last + 1).join(" ");
}

/** The years a program covers: a range in its title, else the years its deadlines name, else this year. */
export function findPeriod(
  title: string,
  deadlineTexts: string[],
  today: Date,
): { from: number; to: number } {
  const range = title.match(/(\d{4})\s*[-–—]\s*(\d{4})/);
  if (range) return { from: Number(range[1]), to: Number(range[2]) };
  const inTitle = yearsIn(title);
  if (inTitle.length > 0) return { from: Math.min(...inTitle), to: Math.max(...inTitle) };
  const years = deadlineTexts.flatMap(yearsIn);
  if (years.length === 0) {
    const year = today.getFullYear();
    return { from: year, to: year };
  }
  return { from: Math.min(...years), to: Math.max(...years) };
}

const KY_TERRITORY: [RegExp, string][] = [
  [/([А-ЯЁӨҮҢ][\p{L}-]*(?:\s[А-ЯЁӨҮҢ][\p{L}-]*)?)\s+шаар(?:ынын|дык|ы|ына|ында)(?!\p{L})/u, "шаары"],
  [/([А-ЯЁӨҮҢ][\p{L}-]*)\s+район(?:унун|дук|у|уна|унда)(?!\p{L})/u, "району"],
  [/([А-ЯЁӨҮҢ][\p{L}-]*)\s+айыл(?:дык)?\s+(?:аймагынын|аймагы|аймактын|өкмөтүнүн|өкмөтү)/u, "айыл аймагы"],
  [/([А-ЯЁӨҮҢ][\p{L}-]*)\s+облус(?:унун|тук|у)(?!\p{L})/u, "облусу"],
];
const RU_TERRITORY: [RegExp, string][] = [
  [/(?:города|город|г\.)\s*([А-ЯЁ][\p{L}-]*)/u, "город"],
  [/([А-ЯЁ][\p{L}-]*)\s+(?:района|район|районной)(?!\p{L})/u, "район"],
  [/([А-ЯЁ][\p{L}-]*)\s+(?:айыльного|айылного)\s+аймака/u, "айылный аймак"],
  [/(?:айыл[ьн]ого\s+аймака|айыл[ьн]ый\s+аймак)\s+([А-ЯЁ][\p{L}-]*)/u, "айылный аймак"],
];

/** The territory the program is for, in the nominative, from the lines above the table. */
export function findTerritory(before: string[]): string | null {
  const text = before.map(cellText).join("\n");
  for (const [pattern, noun] of KY_TERRITORY) {
    const m = text.match(pattern);
    if (m) return `${m[1]} ${noun}`;
  }
  for (const [pattern, noun] of RU_TERRITORY) {
    const m = text.match(pattern);
    if (!m) continue;
    // "Ак-Талинского района" → "Ак-Талинский район": the adjective back in the nominative
    const name = (m[1] as string).replace(/([сц]к)ого$/u, "$1ий").replace(/ного$/u, "ный");
    return noun === "город" ? `город ${name}` : `${name} ${noun}`;
  }
  return null;
}
