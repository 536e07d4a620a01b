/**
 * Word shapes for reading the unit a number counts ("150 жумуш орундарын" → "жумуш орун"):
 * Kyrgyz case, plural and possessive endings, participles and adjectives, and a few Russian
 * forms. The rules follow Kyrgyz consonant assimilation so that a word that merely ends like a
 * suffix ("площадка", "карта") keeps its ending.
 */

const VOWELS = "аеёиоуыэюяөү";
const VOICELESS = "кпстфхцчшщ";

/** Measurement units written as abbreviations or words, with the form plan/v1 uses. */
const KNOWN_UNITS: [RegExp, string][] = [
  [/^(?:%|пайыз\p{L}*|процент\p{L}*)$/u, "%"],
  [/^(?:га|гектар\p{L}*)$/u, "га"],
  [/^(?:км|километр\p{L}*)$/u, "км"],
  [/^(?:м2|м²|кв\.?м)$/u, "м²"],
  [/^(?:м3|м³|куб\.?м)$/u, "м³"],
  [/^(?:м|метр\p{L}*|п\.?м)$/u, "м"],
  [/^(?:т|тн)$/u, "т"],
  [/^(?:тонна\p{L}*|тонн)$/u, "тонна"],
  [/^мвт\p{L}*$/u, "МВт"],
  [/^квт\p{L}*$/u, "кВт"],
  [/^гвт\p{L}*$/u, "ГВт"],
  [/^гкал\p{L}*$/u, "Гкал"],
];

/** Durations are not promises ("3 ай", "5 жыл ичинде"). */
const TIME_RE =
  /^(?:жыл\p{L}*|ай|айга|айда|айдын|айлык|айлар\p{L}*|күн\p{L}*|саат\p{L}*|жума\p{L}*|мүнөт\p{L}*|год\p{L}*|лет|месяц\p{L}*|день|дня|дней|час\p{L}*|минут\p{L}*|недел\p{L}*)$/u;

const STOP_WORDS = new Set([
  "жана",
  "менен",
  "үчүн",
  "боюнча",
  "чейин",
  "ичинде",
  "кийин",
  "мурун",
  "жакын",
  "болгон",
  "ашуун",
  "ашык",
  "чамасында",
  "же",
  "дагы",
  "и",
  "в",
  "во",
  "на",
  "для",
  "по",
  "с",
  "со",
  "к",
  "до",
  "из",
  "от",
  "за",
  "о",
  "об",
  "не",
  "а",
  "но",
  "что",
  "как",
  "или",
  "при",
  "более",
  "менее",
  "свыше",
  "около",
]);

/** The canonical unit of a measurement word ("гектардан" → "га"), or null. */
export function knownUnit(word: string): string | null {
  const w = word.toLowerCase();
  return KNOWN_UNITS.find(([re]) => re.test(w))?.[1] ?? null;
}

/** True for words of time ("жыл", "месяцев"). */
export function isTimeWord(word: string): boolean {
  return TIME_RE.test(word.toLowerCase());
}

/** Describing adjectives left out of a unit: "3 жаңы мектеп" counts "мектеп". */
const DESCRIBING = new Set([
  "жаңы",
  "чоң",
  "чакан",
  "ири",
  "эски",
  "заманбап",
  "кичи",
  "кичинекей",
  "новых",
  "новые",
  "новый",
  "новая",
  "современных",
  "современные",
  "крупных",
  "малых",
]);

/** True for describing adjectives that do not belong to the unit ("жаңы", "новых"). */
export function isDescribing(word: string): boolean {
  return DESCRIBING.has(word.toLowerCase());
}

/** True for words that cannot be (part of) a unit: conjunctions, postpositions, prepositions. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** "орундуу" → "орун", "кабаттуу" → "кабат": the noun of a Kyrgyz "with N …" adjective, else null. */
export function withAdjectiveStem(word: string): string | null {
  const m = /^(\p{L}{2,}?)(?:л|д|т)(?:уу|үү)$/u.exec(word.toLowerCase());
  return m?.[1] ?? null;
}

/** Finite verbs and passive forms: "ачылат", "түзүлөт", "иштейт", "берилди". */
export function isVerb(word: string): boolean {
  // after a vowel "-ды" is the past tense: the accusative there is "-ны" ("жогорулады" vs "үйдү")
  return /(?:ыл|ил|ул|үл|л|н)(?:ат|ет|от|өт|ды|ди|ду|дү)$|[аеоөыиуү]йт$|[аеоөыиуү](?:ды|ди|ду|дү)$/u.test(
    word.toLowerCase(),
  );
}

/** Kyrgyz verbal nouns ("куруу", "тигүү", "камсыздоо"): a modifier in "тигүү цехи", never a unit alone. */
export function isVerbalNoun(word: string): boolean {
  return /(?:уу|үү|оо|өө)$/u.test(word);
}

/** Participles that make the word before them their object: "таштанды таштоочу жай". */
export function isParticiple(word: string): boolean {
  return /(?:чу|чү)$|(?:ган|ген|гон|гөн|кан|кен|кон|көн)$/u.test(word.toLowerCase());
}

/** Adjectives that stand before a noun: "туристтик", "жумушсуз", "ички", Russian "рабочих". */
export function isAdjective(word: string): boolean {
  const w = word.toLowerCase();
  return (
    /(?:д|т|л)(?:ык|ик|ук|үк)$|(?:с)(?:ыз|из|уз|үз)$|(?:д|т)(?:агы|еги|огу|өгү)$|(?:ч|г|к)(?:ки|кы)$/u.test(
      w,
    ) || isRussianAdjective(w)
  );
}

/** Russian adjective endings: "рабочих", "новые", "детского". */
export function isRussianAdjective(word: string): boolean {
  // "-ой" only after the consonants Russian adjectives have there: Kyrgyz "токой", "кой" are nouns
  return /\p{L}{2,}(?:ый|ий|(?:ск|н|в|ж|ш)ой|ая|яя|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ую|юю)$/u.test(
    word.toLowerCase(),
  );
}

/** A Kyrgyz possessive head of an izafet: "цехи", "чынжырчасы(н)", "орундарын", "көчөттөрү". */
export function isPossessive(word: string): boolean {
  const w = word.toLowerCase();
  return (
    new RegExp(`[^${VOWELS}](?:ы|и|у|ү)$`, "u").test(w) ||
    /с(?:ы|и|у|ү)(?:н|нын|нин|нун|нүн|на|не|но|нө|нда|нде|ндо|ндө|нан|нен|нон|нөн)?$/u.test(w) ||
    PLURAL_POSSESSIVE_RE.test(w)
  );
}

const PLURAL_POSSESSIVE_RE =
  /(?:л|д|т)(?:ар|ер|ор|өр)(?:ы|и|у|ү)(?:н|нын|нин|нун|нүн|на|не|но|нө|нда|нде|ндо|ндө|нан|нен|нон|нөн)?$/u;
const PLURAL_RE =
  /(?:л|д|т)(?:ар|ер|ор|өр)(?:дын|дин|дун|дүн|ды|ди|ду|дү|га|ге|го|гө|да|де|до|дө|дан|ден|дон|дөн)?$/u;
const POSSESSIVE_CASE_RE =
  /(с(?:ы|и|у|ү))(?:н|нын|нин|нун|нүн|на|не|но|нө|нда|нде|ндо|ндө|нан|нен|нон|нөн)$/u;
const CASE_RE =
  /(?:(?:н|д|т)(?:ын|ин|ун|үн)|(?:н|д|т)(?:ы|и|у|ү)|(?:г|к)(?:а|е|о|ө)|(?:д|т)(?:а|е|о|ө)|(?:д|т)(?:ан|ен|он|өн))$/u;

/** True when a word carries a case or plural ending, so it is the head noun of its phrase. */
export function isInflected(word: string): boolean {
  const w = word.toLowerCase();
  return (
    PLURAL_POSSESSIVE_RE.test(w) || POSSESSIVE_CASE_RE.test(w) || stripPlural(w) !== w || stripCase(w) !== w
  );
}

/** The dictionary form of a Kyrgyz head noun: "орундарын" → "орун", "мектептерде" → "мектеп". */
export function dictionaryForm(word: string): string {
  const w = word.toLowerCase();
  const plPoss = PLURAL_POSSESSIVE_RE.exec(w);
  if (plPoss && plPoss.index >= 3) return w.slice(0, plPoss.index);
  const possCase = POSSESSIVE_CASE_RE.exec(w);
  if (possCase?.[1] && possCase.index >= 2) return w.slice(0, possCase.index + possCase[1].length);
  const plural = stripPlural(w);
  if (plural !== w) return plural;
  return russianLemma(stripCase(w));
}

function stripPlural(w: string): string {
  const m = PLURAL_RE.exec(w);
  return m && m.index >= 3 ? w.slice(0, m.index) : w;
}

/** Strips one case ending when its first consonant agrees with the stem (д/г after voiced, т/к after voiceless). */
function stripCase(w: string): string {
  const m = CASE_RE.exec(w);
  if (!m || m.index < 3) return w;
  const stemEnd = w[m.index - 1] ?? "";
  const first = m[0][0] ?? "";
  const afterVowel = VOWELS.includes(stemEnd);
  const afterVoiceless = VOICELESS.includes(stemEnd);
  const agrees =
    first === "н" ? afterVowel : first === "т" || first === "к" ? afterVoiceless : !afterVoiceless;
  return agrees ? w.slice(0, m.index) : w;
}

// The few Russian counted nouns whose genitive plural is not the stem; "-ов" is stripped generally.
const RUSSIAN_FORMS: Record<string, string> = {
  мест: "место",
  места: "место",
  школ: "школа",
  школы: "школа",
  единиц: "единица",
  единицы: "единица",
  семей: "семья",
  чел: "человек",
  человека: "человек",
  домов: "дом",
  дома: "дом",
};

function russianLemma(w: string): string {
  const known = RUSSIAN_FORMS[w];
  if (known) return known;
  // genitive plurals after a number: "консультаций" → "-ция", "саженцев" → "-ец", "учащихся" → "-щийся"
  if (/^\p{L}{3,}ций$/u.test(w)) return `${w.slice(0, -1)}я`;
  if (/^\p{L}{3,}цев$/u.test(w)) return `${w.slice(0, -3)}ец`;
  if (/^\p{L}{3,}щихся$/u.test(w)) return `${w.slice(0, -4)}ийся`;
  return /^\p{L}{4,}(?:ов|ев)$/u.test(w) ? w.slice(0, -2) : w;
}
