/** The strings of the moderation screen (namespace "feedback"), registered with i18next on import. */
import { registerStrings } from "../../app/i18n/index.ts";

/** The i18next namespace of this screen. */
export const NS = "feedback";

const ky = {
  title: "Тургундардын суроолору",
  subtitle: "Жарыялоо, себеби менен жашыруу же расмий жооп берүү (жооп суроону жарыялайт)",
  status: { pending: "Каралууда", published: "Жарыяланды", hidden: "Жашырылды", all: "Баары" },
  empty: "Суроо жок.",
  program: "Программа боюнча",
  measure: "Иш-чара: {{label}}",
  author: "Автору: {{name}}",
  nameShown: "аты көрсөтүлөт",
  nameHidden: "аты көрсөтүлбөйт",
  contact: "Байланыш (жарыяланбайт): {{contact}}",
  unverified: "Текшерилген эмес (JavaScript'сиз жөнөтүлгөн)",
  publish: "Жарыялоо",
  hide: "Жашыруу",
  reason: "Жашыруунун себеби",
  answer: "Расмий жооп",
  sendAnswer: "Жооп берүү",
  hiddenBecause: "Себеби: {{reason}}",
  publicPage: "Ачык барак",
  back: "Программага",
};

const ru: typeof ky = {
  title: "Вопросы жителей",
  subtitle: "Опубликовать, скрыть с причиной или ответить официально (ответ публикует вопрос)",
  status: { pending: "На модерации", published: "Опубликовано", hidden: "Скрыто", all: "Все" },
  empty: "Вопросов нет.",
  program: "По программе",
  measure: "Мероприятие: {{label}}",
  author: "Автор: {{name}}",
  nameShown: "имя показывается",
  nameHidden: "имя не показывается",
  contact: "Контакт (не публикуется): {{contact}}",
  unverified: "Не проверено (отправлено без JavaScript)",
  publish: "Опубликовать",
  hide: "Скрыть",
  reason: "Причина скрытия",
  answer: "Официальный ответ",
  sendAnswer: "Ответить",
  hiddenBecause: "Причина: {{reason}}",
  publicPage: "Публичная страница",
  back: "К программе",
};

const en: typeof ky = {
  title: "Residents' questions",
  subtitle: "Publish, hide with a reason, or answer officially (answering publishes the question)",
  status: { pending: "Pending", published: "Published", hidden: "Hidden", all: "All" },
  empty: "No questions.",
  program: "On the program",
  measure: "Measure: {{label}}",
  author: "Author: {{name}}",
  nameShown: "name shown",
  nameHidden: "name not shown",
  contact: "Contact (never published): {{contact}}",
  unverified: "Unverified (sent without JavaScript)",
  publish: "Publish",
  hide: "Hide",
  reason: "Reason for hiding",
  answer: "Official answer",
  sendAnswer: "Answer",
  hiddenBecause: "Reason: {{reason}}",
  publicPage: "Public page",
  back: "Back to the program",
};

registerStrings(NS, { ky, ru, en });
