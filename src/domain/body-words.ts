/**
 * Word shapes that tell where the name of one responsible body ends. Kyrgyz names end in their
 * head noun ("… мэриясы", "… бөлүмү"); a name that ends in a genitive or an adjective
 * ("… мэриясынын алдындагы", "… шаардык") goes on. Russian names start with theirs ("Отдел …").
 */

// Stems of head nouns: a word starting with one of these names a body.
const HEAD_STEMS = [
  "мэрия",
  "мэр",
  "өкмөт",
  "окмот",
  "башкарма",
  "бөлүм",
  "ишкана",
  "департамент",
  "администрац",
  "управлени",
  "отдел",
  "аким",
  "комитет",
  "кеңеш",
  "кенеш",
  "министрлиг",
  "министрлик",
  "министерств",
  "кызмат",
  "инспекц",
  "борбор",
  "центр",
  "мекеме",
  "уюм",
  "организац",
  "коом",
  "фонд",
  "программа",
  "завод",
  "компания",
  "агенттиг",
  "агенттик",
  "агентств",
  "учрежден",
  "орган",
  "ишкер",
  "инвестор",
  "структура",
  "өкүл",
  "палата",
  "прокуратур",
  "служб",
  "аппарат",
  "токойчулу",
  "лесхоз",
  "ассоциац",
  "бирикме",
  "союз",
  "совет",
  "оорукана",
  "больниц",
  "мектеп",
  "школ",
  "банк",
  "предприят",
  "ведомств",
  "жетекчи",
  "университет",
  "институт",
  "инспектор",
  "кадастр",
  "муниципалитет",
  "префектур",
];

const GENITIVE_RE = /(?:н|д|т)(?:ын|ин|ун|үн)$/u;
const LOCATIVE_ADJECTIVE_RE = /(?:д|т)(?:агы|еги|огу|өгү)$/u;
const ADJECTIVE_RE = /(?:д|т|л)(?:ык|ик|ук|үк)$/u;
const CONNECTORS = new Set([
  "жана",
  "и",
  "менен",
  "боюнча",
  "үчүн",
  "по",
  "при",
  "для",
  "в",
  "на",
  "с",
  "of",
  "and",
  "алдындагы",
  "караштуу",
  "карамагындагы",
  "г.",
]);

/** A word that joins the words around it into one name: «жана», «менен», «алдындагы», «при». */
export const isConnector = (word: string): boolean => CONNECTORS.has(word.toLowerCase());

/** The last word of a text without quotes, brackets and trailing punctuation. */
export function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return stripWord(words[words.length - 1] ?? "");
}

/** The first word of a text without quotes, brackets and punctuation. */
export function firstWord(text: string): string {
  return stripWord(text.trim().split(/\s+/)[0] ?? "");
}

function stripWord(word: string): string {
  return word.replace(/^[«“"„'(\-–—•]+|[»”"'),.;:]+$/gu, "");
}

/** A word made mostly of capitals: РМА, ЖӨБО, ЖЧКсы, РМАлар, ТРОААжМСЭК. */
export function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, "");
  const capitals = letters.replace(/[^\p{Lu}]/gu, "").length;
  return capitals >= 2 && capitals * 2 >= letters.length;
}

/** A word of capitals only (digits allowed), the kind written side by side: "ШБББ ШИИБ". */
export function isPureAbbreviation(word: string): boolean {
  return /^[\p{Lu}\d]+$/u.test(word) && /\p{Lu}/u.test(word);
}

/** True when a body name cannot end here: a genitive, an adjective, a connector, an open quote or a hyphen. */
export function goesOn(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.endsWith(")")) return false; // a note in brackets closes its body
  if (/[-‐]$/.test(trimmed) || opensQuote(trimmed)) return true;
  const word = lastWord(trimmed).toLowerCase();
  if (CONNECTORS.has(word) || GENITIVE_RE.test(word) || LOCATIVE_ADJECTIVE_RE.test(word)) return true;
  return !isHead(word) && ADJECTIVE_RE.test(word);
}

/** True when a text ends a body's name: in a head noun ("мэриясы", "бөлүмү") or an abbreviation ("РМА"). */
export function endsBody(text: string): boolean {
  if (text.trim().endsWith(")")) return true;
  if (goesOn(text)) return false;
  const word = lastWord(text);
  return isHead(word.toLowerCase()) || isAbbreviation(word);
}

// A name opening with one of these is a territory's own body: «айыл өкмөтү», «шаардык мэрия».
const TERRITORY_WORD = /^(?:айыл|шаар|район|аймак|облус|село|сельск|город|районн|областн)/iu;

/**
 * True when a short text (three words at most) names a territory's own body: a territory word,
 * then a head noun ending it («айыл өкмөтү», «райондук администрация»).
 */
export function isLocalBody(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.length <= 3 && TERRITORY_WORD.test(firstWord(text)) && endsBody(text);
}

/**
 * True when a text opens with a head noun in a form that needs a word before it: the Kyrgyz
 * possessive or the Russian genitive («ассоциациясы», «комитети», «администрации»). Such a line
 * goes on from the one before («Ишкерлер» | «ассоциациясы», «Отдел образования» | «администрации
 * района»), unlike a head noun that stands alone («мектептер», «инвестор»).
 */
export function opensWithBoundHead(text: string): boolean {
  const word = firstWord(text).toLowerCase();
  return isHead(word) && /[ыиуү]$/u.test(word);
}

/** True when a text starts with a head noun, as Russian names do ("Отдел образования"). */
export function startsWithHead(text: string): boolean {
  return isHead(firstWord(text).toLowerCase());
}

/** True when any word of a text is a head noun ("Районный отдел образования", "айыл окмоту Ак-Таш"). */
export function hasHead(text: string): boolean {
  return text.split(/\s+/).some((w) => isHead(stripWord(w).toLowerCase()));
}

// The adjective made of a head noun names no body by itself: «коом» → «коомдук», «борбор» → «борбордук».
const ADJECTIVE_SUFFIX = /^(?:д|т|л)(?:ык|ик|ук|үк)$/u;

function isHead(word: string): boolean {
  const last = word.split(/[-‐]/).pop() ?? word;
  return HEAD_STEMS.some((stem) => last.startsWith(stem) && !ADJECTIVE_SUFFIX.test(last.slice(stem.length)));
}

function opensQuote(text: string): boolean {
  const opening = (text.match(/[«“„]/g) ?? []).length;
  const closing = (text.match(/[»”]/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opening > closing || straight % 2 === 1;
}
