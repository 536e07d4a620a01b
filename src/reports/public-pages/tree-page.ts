/** /public — the territories that have published programs, as an indented tree with counts. */
import type { PublicTerritoryNode } from "../../domain/views/public.ts";
import { type Html, html } from "../html.ts";
import { href, page } from "./layout.ts";
import { nameOf, type PortalLang, stringsOf } from "./strings.ts";

/** The portal's front page. */
export function treePage(lang: PortalLang, nodes: PublicTerritoryNode[]): Html {
  const s = stringsOf(lang);
  const items = nodes.map(
    (t) =>
      html`<li style="padding-left:${t.depth * 1.25}rem"><a href="${href(`/public/territories/${encodeURIComponent(t.code)}`, lang)}">${nameOf(lang, t)}</a> <span class="st">(${t.total} ${s.programsCount})</span></li>`,
  );
  const body = html`<h1>${s.territories}</h1>${
    nodes.length === 0 ? html`<p>${s.noPrograms}</p>` : html`<ul class="plain">${items}</ul>`
  }`;
  return page({ lang, title: s.territories, path: "/public", body });
}
