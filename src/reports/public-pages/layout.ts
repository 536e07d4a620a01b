/** The frame of every portal page: the app's look in a few lines of inline CSS, language links, no script needed. */

import { PORTAL_LANGS, type PortalLang, portalHref } from "../../domain/portal-link.ts";
import { type Html, html, type Part, raw } from "../html.ts";
import { stringsOf } from "./strings.ts";

/** A link target in the page's language (Kyrgyz needs no ?lang=). */
export const href = portalHref;

// The web app's palette (Mantine blue on white) with AA contrast; tables scroll inside their own box.
const CSS = raw(`<style>
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1b1e;background:#f8f9fa}
header,main,footer{max-width:60rem;margin:0 auto;padding:.75rem 1rem}header{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;border-bottom:1px solid #dee2e6;background:#fff;max-width:none}
a{color:#1864ab}h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:1rem 0 .25rem}
.site{font-weight:700;color:#1a1b1e;text-decoration:none}nav.langs a{margin-left:.5rem}nav.langs a[aria-current]{font-weight:700;color:#1a1b1e}
.crumbs{font-size:.9rem;color:#495057}.muted{color:#495057;font-size:.9rem}.card{background:#fff;border:1px solid #dee2e6;border-radius:8px;padding:.75rem 1rem;margin:.5rem 0}
.bar{height:.5rem;background:#e9ecef;border-radius:4px;overflow:hidden;max-width:20rem}.bar span{display:block;height:100%;background:#1971c2}
.big{font-size:2rem;font-weight:700}.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #dee2e6;padding:.35rem .5rem;text-align:left;vertical-align:top}td.n{text-align:right;white-space:nowrap}
ul.plain{list-style:none;padding:0;margin:0}ul.plain li{padding:.4rem 0;border-bottom:1px solid #e9ecef}.st{font-size:.85rem;color:#495057}
.answer{border-left:3px solid #1971c2;padding-left:.75rem;margin:.5rem 0 0}img{max-width:100%;height:auto}.photos{display:flex;flex-wrap:wrap;gap:.5rem}.photos figure{margin:0;max-width:12rem}
label{display:block;margin:.5rem 0 .2rem;font-weight:600}input[type=text],textarea,select{width:100%;font:inherit;padding:.4rem;border:1px solid #868e96;border-radius:4px}textarea{min-height:6rem}
label.check{font-weight:400;display:flex;gap:.5rem;align-items:flex-start}button{font:inherit;padding:.5rem 1rem;margin-top:.75rem;background:#1971c2;color:#fff;border:0;border-radius:4px}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}del{color:#c92a2a}ins{color:#2b8a3e;text-decoration:none}
</style>`);

// An empty icon: the browser would otherwise fetch /favicon.ico, one more request on 3G for nothing.
const NO_ICON = raw('<link rel="icon" href="data:,">');

/**
 * A whole page: its title, its path (for the language links), the breadcrumbs and the content;
 * `description` is what search engines show under the title (the portal's own line by default).
 */
export function page(input: {
  lang: PortalLang;
  title: string;
  description?: string;
  path: string;
  query?: Record<string, string | number>;
  crumbs?: { label: string; href: string }[];
  body: Part;
  script?: Html;
}): Html {
  const s = stringsOf(input.lang);
  const langs = PORTAL_LANGS.map(
    (l) =>
      html`<a href="${href(input.path, l, input.query)}" lang="${l}"${l === input.lang ? raw(' aria-current="true"') : ""}>${LANG_NAMES[l]}</a>`,
  );
  const crumbs = (input.crumbs ?? []).map((c) => html`<a href="${c.href}">${c.label}</a> › `);
  return html`<!doctype html>
<html lang="${input.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${input.title} — ${s.site}</title><meta name="description" content="${input.description ?? s.about}">${NO_ICON}${CSS}</head>
<body><header><a class="site" href="${href("/public", input.lang)}">${s.site}</a><nav class="langs" aria-label="Тил / Язык / Language">${langs}</nav></header>
<main>${crumbs.length > 0 ? html`<p class="crumbs">${crumbs}</p>` : ""}${input.body}</main>
<footer class="muted"><a href="/login">${s.openApp}</a></footer>${input.script ?? ""}</body></html>`;
}

const LANG_NAMES: Record<PortalLang, string> = { ky: "Кыргызча", ru: "Русский", en: "English" };

/** A progress bar with its number (the bar is decoration; the number is the information). */
export function progressBar(percent: number): Html {
  const width = Math.max(0, Math.min(100, percent));
  return html`<div class="bar" aria-hidden="true"><span style="width:${width}%"></span></div>`;
}
