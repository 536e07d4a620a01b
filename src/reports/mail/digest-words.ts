/**
 * The words of reminder e-mails and the unsubscribe page in ky / ru / en. The plan's own text
 * (program titles, measures, bodies) is never translated: it stays as written.
 */

/** A language a person reads their mail in. */
export type MailLang = "ky" | "ru" | "en";

const ky = {
  subject: "Отчеттор боюнча эскертме ({{day}}): {{count}} отчет",
  hello: "Саламатсызбы, {{name}}!",
  intro: "Төмөнкү отчеттор күтүлүүдө:",
  manual: "{{from}} сизге эскертме жөнөттү.",
  before: "мөөнөтү {{date}}, {{n}} күн калды",
  due: "мөөнөтү бүгүн, {{date}}",
  overdue: "{{n}} күн кечикти (мөөнөтү {{date}})",
  open: "Ачуу",
  program: "Программа",
  settings: "Эскертмелердин жөндөөлөрү",
  unsubscribe: "Эскертмелерден баш тартуу",
  unsubscribed: "Сиз эскертмелерден баш тарттыңыз. Аларды кайра профилиңизден күйгүзө аласыз.",
  unknownLink: "Бул шилтеме жараксыз же эскирген.",
};
type Words = Record<keyof typeof ky, string>;

const ru: Words = {
  subject: "Напоминание об отчётах ({{day}}): {{count}}",
  hello: "Здравствуйте, {{name}}!",
  intro: "Ожидаются следующие отчёты:",
  manual: "{{from}} отправил(а) вам напоминание.",
  before: "срок {{date}}, осталось дней: {{n}}",
  due: "срок сегодня, {{date}}",
  overdue: "просрочен на {{n}} дн. (срок {{date}})",
  open: "Открыть",
  program: "Программа",
  settings: "Настройки напоминаний",
  unsubscribe: "Отписаться от напоминаний",
  unsubscribed: "Вы отписались от напоминаний. Включить их снова можно в профиле.",
  unknownLink: "Эта ссылка недействительна или устарела.",
};

const en: Words = {
  subject: "Reports reminder ({{day}}): {{count}}",
  hello: "Hello {{name}},",
  intro: "These reports are awaited:",
  manual: "{{from}} sent you a reminder.",
  before: "due {{date}}, days left: {{n}}",
  due: "due today, {{date}}",
  overdue: "overdue by {{n}} d. (due {{date}})",
  open: "Open",
  program: "Program",
  settings: "Reminder settings",
  unsubscribe: "Unsubscribe from reminders",
  unsubscribed: "You have unsubscribed from reminders. You can turn them on again in your profile.",
  unknownLink: "This link is not valid or has expired.",
};

const WORDS: Record<MailLang, Words> = { ky, ru, en };

/** A word of `lang` with its {{params}} filled in. */
export function word(lang: MailLang, key: keyof Words, params: Record<string, string | number> = {}): string {
  return WORDS[lang][key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ""));
}

/** "2026-10-05" → "05.10.2026", as dates are written in Kyrgyzstan. */
export function mailDate(day: string): string {
  return `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
}
