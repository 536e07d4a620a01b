import { yearsIn } from "../../domain/deadline.ts";
import { cellText } from "./text.ts";

// The approval stamp above a plan ("… № буйругуна №2 тиркеме", "Приложение к постановлению …").
const STAMP =
  /тиркеме|приложение|бекитилди|бекитилген|утвержден|токтомуна|буйругуна|распоряжени|постановлени/i;
const TITLE_WORDS = /программ|план|иш-? ?чара|мероприят/i;

// A Kyrgyz stamp ends with "тиркеме" (appendix); a line may carry the end of the stamp and the title.
const STAMP_END = /^.*\sтиркеме(?![\p{L}])\s*/iu;

/** The title: the lines above the table after the approval stamp, or the block naming a program or plan. */
export function findTitle(before: string[]): string {
  const lines = before
    .map(cellText)
    .map((l) => (TITLE_WORDS.test(l.replace(STAMP_END, "")) ? l.replace(STAMP_END, "") : l))
    .filter((l) => l !== "");
  const lastStamp = lines.findLastIndex((l) => STAMP.test(l));
  const rest = lines.slice(lastStamp + 1);
  if (rest.some((l) => TITLE_WORDS.test(l))) return rest.join(" ");
  const named = lines.find((l) => TITLE_WORDS.test(l));
  return named ?? rest.join(" ");
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
    if (m) return noun === "город" ? `город ${m[1]}` : `${m[1]} ${noun}`;
  }
  return null;
}
