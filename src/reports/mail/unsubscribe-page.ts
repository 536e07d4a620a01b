/** The small page the unsubscribe link answers, in the person's language (no sign-in needed). */

import { escapeHtml } from "../html.ts";
import { type MailLang, word } from "./digest-words.ts";
import { htmlPage } from "./html.ts";

/** "You have unsubscribed" in `lang`, or — for an unknown token — "this link is not valid" in all three. */
export function unsubscribePage(lang: MailLang | null): string {
  if (lang === null) {
    const lines = (["ky", "ru", "en"] as const).map(
      (l) => `<p lang="${l}">${escapeHtml(word(l, "unknownLink"))}</p>`,
    );
    return htmlPage("ky", word("ky", "unsubscribe"), lines.join(""));
  }
  return htmlPage(lang, word(lang, "unsubscribe"), `<p>${escapeHtml(word(lang, "unsubscribed"))}</p>`);
}
