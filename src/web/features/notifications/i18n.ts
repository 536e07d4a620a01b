/**
 * The strings of the bell and the reminder settings (namespace "notifications"). The bell is in
 * the header, which loads before i18next starts: they are registered once it has.
 */
import i18next from "i18next";
import { registerStrings } from "../../app/i18n/index.ts";

/** The i18next namespace of this feature. */
export const NS = "notifications";

const ky = {
  bell: "Билдирүүлөр",
  bellUnread: "Билдирүүлөр: {{count}} окула элек",
  empty: "Билдирүү жок.",
  markAllRead: "Баарын окулду деп белгилөө",
  reports_due: "«{{program}}»: {{count}} отчеттун мөөнөтү жакындады",
  reports_overdue: "«{{program}}»: {{count}} отчет күтүлүүдө, {{overdue}} мөөнөтү өттү",
  reminder_sent: "«{{program}}»: отчеттор боюнча эскертме",
  profile: "Профиль",
  settingsTitle: "Эскертмелер",
  settingsHelp: "Отчеттордун мөөнөтү жөнүндө күнүнө бир жолу же дүйшөмбү күнү бир кат.",
  email: "Электрондук почта",
  frequency: "Кат алуу",
  off: "Жибербөө",
  daily: "Күнүгө",
  weekly: "Жумасына бир жолу (дүйшөмбү)",
  bodyHead: "Мекеменин жетекчиси (мөөнөтү өткөн отчеттор жөнүндө кабар алат)",
  save: "Сактоо",
  saved: "Сакталды",
  reminders: "Эскертмелер",
};
type Strings = Record<keyof typeof ky, string>;

const ru: Strings = {
  bell: "Уведомления",
  bellUnread: "Уведомления: непрочитанных {{count}}",
  empty: "Уведомлений нет.",
  markAllRead: "Отметить все как прочитанные",
  reports_due: "«{{program}}»: подходит срок {{count}} отчётов",
  reports_overdue: "«{{program}}»: ожидается отчётов: {{count}}, просрочено: {{overdue}}",
  reminder_sent: "«{{program}}»: напоминание об отчётах",
  profile: "Профиль",
  settingsTitle: "Напоминания",
  settingsHelp: "Письмо о сроках отчётов — раз в день или раз в неделю по понедельникам.",
  email: "Электронная почта",
  frequency: "Письма",
  off: "Не присылать",
  daily: "Ежедневно",
  weekly: "Раз в неделю (понедельник)",
  bodyHead: "Руководитель учреждения (получает сообщения о просроченных отчётах)",
  save: "Сохранить",
  saved: "Сохранено",
  reminders: "Напоминания",
};

const en: Strings = {
  bell: "Notifications",
  bellUnread: "Notifications: {{count}} unread",
  empty: "No notifications.",
  markAllRead: "Mark all as read",
  reports_due: "“{{program}}”: {{count}} reports due soon",
  reports_overdue: "“{{program}}”: {{count}} reports awaited, {{overdue}} overdue",
  reminder_sent: "“{{program}}”: a reminder about reports",
  profile: "Profile",
  settingsTitle: "Reminders",
  settingsHelp: "One e-mail about report due dates a day, or once a week on Monday.",
  email: "E-mail",
  frequency: "E-mails",
  off: "Never",
  daily: "Daily",
  weekly: "Weekly (Monday)",
  bodyHead: "Head of the body (told of its overdue reports)",
  save: "Save",
  saved: "Saved",
  reminders: "Reminders",
};

/** The strings per language. */
export const RESOURCES = { ky, ru, en };
if (i18next.isInitialized) registerStrings(NS, RESOURCES);
else i18next.on("initialized", () => registerStrings(NS, RESOURCES));
