/** /public/territories/{code} — a territory's published programs (its own and those below it). */
import type { PublicTerritory } from "../../domain/views/public.ts";
import { type Html, html } from "../html.ts";
import { href, page, progressBar } from "./layout.ts";
import { nameOf, type PortalLang, stringsOf } from "./strings.ts";

/** The page of a territory. */
export function territoryPage(lang: PortalLang, data: PublicTerritory): Html {
  const s = stringsOf(lang);
  const title = nameOf(lang, data.territory);
  const crumbs = [
    { label: s.home, href: href("/public", lang) },
    ...data.parents.map((p) => ({
      label: nameOf(lang, p),
      href: href(`/public/territories/${encodeURIComponent(p.code)}`, lang),
    })),
  ];
  const programs = data.programs.map(
    (p) => html`<li class="card"><a href="${href(`/public/programs/${p.id}`, lang)}">${p.title}</a>
<div class="st">${nameOf(lang, p.territory)} · ${p.periodFrom}–${p.periodTo} · ${s.measures}: ${p.measures} · ${s.progress}: ${p.percent} %</div>${progressBar(p.percent)}</li>`,
  );
  const body = html`<h1>${title}</h1><h2>${s.programs}</h2>${
    programs.length === 0 ? html`<p>${s.noPrograms}</p>` : html`<ul class="plain">${programs}</ul>`
  }`;
  return page({
    lang,
    title,
    description: `${title} · ${s.programs}: ${data.programs.length}`,
    path: `/public/territories/${encodeURIComponent(data.territory.code)}`,
    crumbs,
    body,
  });
}
