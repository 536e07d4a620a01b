/** Short pages of the portal: thanks after a question, a refusal of it, not found. */
import { type Html, html } from "../html.ts";
import { href, page } from "./layout.ts";
import { type PortalLang, stringsOf } from "./strings.ts";

/** A page saying one thing, with a link back. */
export function messagePage(
  lang: PortalLang,
  kind: "thanks" | "tooMany" | "invalid" | "notFound",
  back: string = "/public",
): Html {
  const s = stringsOf(lang);
  const title = kind === "notFound" ? s.notFound : kind === "thanks" ? s.thanks : s.ask;
  const text = kind === "notFound" ? s.notFoundText : s[kind];
  const link = kind === "notFound" ? s.home : s.thanksBack;
  return page({
    lang,
    title,
    path: back,
    body: html`<h1>${title}</h1>${title === text ? "" : html`<p>${text}</p>`}<p><a href="${href(back, lang)}">${link}</a></p>`,
  });
}
