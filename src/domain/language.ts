/**
 * Whether a plan is written in Kyrgyz or Russian. Russian plans still name Kyrgyz places and bodies
 * ("Чоң-Алай", "айыл өкмөтү"), so letters alone do not decide: Kyrgyz and Russian function words
 * and endings are counted too.
 */

const KYRGYZ_WORDS = new Set([
  "жана",
  "менен",
  "боюнча",
  "үчүн",
  "ичинде",
  "чейин",
  "жылы",
  "жыл",
  "жылдын",
  "жылга",
  "жылдар",
  "жылдары",
  "аркылуу",
  "мөөнөтү",
  "кылуу",
  "түзүү",
  "ишке",
  "ашыруу",
  "өнүктүрүү",
  "программасы",
  "шаардык",
  "райондук",
  "жергиликтүү",
  "башкармалыгы",
  "бөлүмү",
  "сайын",
  "негизде",
  "туруктуу",
  "иш-чаралар",
  "иш-чаралардын",
  "максатында",
  "камсыз",
  "эсебинен",
  "болуп",
  "жок",
  "бар",
  "деген",
  "карата",
  "бул",
]);
const RUSSIAN_WORDS = new Set([
  "и",
  "в",
  "на",
  "по",
  "с",
  "для",
  "от",
  "к",
  "из",
  "не",
  "о",
  "об",
  "что",
  "это",
  "а",
  "также",
  "года",
  "год",
  "годы",
  "году",
  "гг",
  "программа",
  "программы",
  "развития",
  "мероприятий",
  "мероприятия",
  "района",
  "области",
  "города",
  "обеспечение",
  "строительство",
  "реализации",
  "течение",
  "срок",
  "исполнения",
  "ответственные",
  "источник",
  "финансирования",
  "ожидаемый",
  "результат",
  "план",
  "управление",
  "отдел",
  // Kyrgyz names as Russian texts spell them, without ң ө ү
  "окмоту",
  "айыльный",
  "айылного",
  "кенеш",
  "кенеша",
]);

/** The main language of a text: "ky" when Kyrgyz letters and words outweigh Russian ones, else "ru". */
export function detectLanguage(text: string): "ky" | "ru" {
  const words = text.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  let ky = 0;
  let ru = 0;
  for (const word of words) {
    if (KYRGYZ_WORDS.has(word)) ky += 2;
    else if (RUSSIAN_WORDS.has(word)) ru += 2;
    else if (/[ңөү]/u.test(word)) ky += 1;
    // Russian-only letters and endings: "щ", "ъ", "-ция", "-ого", "-ние", adverbs in "-но" ("ежегодно")
    else if (/[щъ]|(?:ция|ции|ого|его|ние|ния|ать|ить|ются|ется)$|[^аеиоуыэюяөү]но$/u.test(word)) ru += 1;
  }
  return ru > ky ? "ru" : "ky";
}
