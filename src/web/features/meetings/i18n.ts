/** The strings of the Meetings tab (namespace "meetings"), registered with i18next on import. */
import { registerStrings } from "../../app/i18n/index.ts";

/** The i18next namespace of this tab. */
export const NS = "meetings";

const ky = {
  tab: "Тургундар менен жолугушуулар",
  empty: "Жолугушуу катталган жок.",
  heldOn: "Күнү",
  place: "Орду",
  participants: "Катышуучулардын саны",
  questions: "Көтөрүлгөн маселелер",
  measures: "Тиешелүү иш-чаралар",
  record: "Жолугушууну каттоо",
  saved: "Жолугушуу катталды.",
};

const ru: typeof ky = {
  tab: "Встречи с жителями",
  empty: "Встреч не записано.",
  heldOn: "Дата",
  place: "Место",
  participants: "Число участников",
  questions: "Поднятые вопросы",
  measures: "Связанные мероприятия",
  record: "Записать встречу",
  saved: "Встреча записана.",
};

const en: typeof ky = {
  tab: "Meetings with residents",
  empty: "No meetings recorded.",
  heldOn: "Date",
  place: "Place",
  participants: "Participants",
  questions: "Questions raised",
  measures: "Linked measures",
  record: "Record the meeting",
  saved: "The meeting is recorded.",
};

registerStrings(NS, { ky, ru, en });
