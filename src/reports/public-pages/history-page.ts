/** /public/programs/{id}/history?from=&to= — every version of a published program and the diff of two. */

import { MEASURE_FIELD_NAMES } from "../../domain/measure-field-names.ts";
import { measureFieldText } from "../../domain/measure-field-text.ts";
import type { DiffRow } from "../../domain/plan-diff.ts";
import type { PublicHistory } from "../../domain/views/public.ts";
import { type Html, html } from "../html.ts";
import { dateLabel } from "../labels.ts";
import { href, page } from "./layout.ts";
import { programCrumbs, programFacts } from "./program-parts.ts";
import { fill, type PortalLang, stringsOf } from "./strings.ts";

/** The history page of a program. */
export function historyPage(lang: PortalLang, data: PublicHistory): Html {
  const s = stringsOf(lang);
  const { program, versions, diff } = data;
  const path = `/public/programs/${program.id}/history`;
  const lines = versions.map(
    (v) =>
      html`<li>${fill(s.versionLine, {
        n: v.number,
        date: dateLabel(v.createdAt.slice(0, 10)),
        a: v.added,
        c: v.changed,
        r: v.removed,
      })}${v.number > 1 ? html` — <a href="${href(path, lang, { from: v.number - 1, to: v.number })}">${s.compare}</a>` : ""}</li>`,
  );
  const body = html`<h1>${s.history}</h1><p>${program.title}</p>${programFacts(lang, program)}
<ul class="plain">${lines}</ul>${
    versions.length > 1
      ? chooser(
          lang,
          path,
          versions.map((v) => v.number),
          diff,
        )
      : html`<p>${s.onlyOneVersion}</p>`
  }
${diff ? diffBlock(lang, diff) : ""}`;
  const query: Record<string, number> = diff ? { from: diff.from, to: diff.to } : {};
  return page({ lang, title: s.history, path, query, crumbs: programCrumbs(lang, program, true), body });
}

// A GET form: choosing two versions works without JavaScript.
function chooser(lang: PortalLang, path: string, numbers: number[], diff: PublicHistory["diff"]): Html {
  const s = stringsOf(lang);
  const select = (name: "from" | "to", label: string, chosen: number | undefined) =>
    html`<label for="v-${name}">${label}</label><select id="v-${name}" name="${name}">${numbers.map(
      (n) => html`<option value="${n}"${n === chosen ? html` selected` : ""}>${s.version} ${n}</option>`,
    )}</select>`;
  return html`<form method="get" action="${path}" class="card">${lang === "ky" ? "" : html`<input type="hidden" name="lang" value="${lang}">`}
${select("from", s.from, diff?.from)}${select("to", s.to, diff?.to)}<button type="submit">${s.compare}</button></form>`;
}

function diffBlock(lang: PortalLang, d: NonNullable<PublicHistory["diff"]>): Html {
  const s = stringsOf(lang);
  const { added, removed, changed } = d.diff;
  const row = (r: DiffRow) =>
    html`<li>${r.measure.number ? `${r.measure.number}. ` : ""}${r.measure.action}</li>`;
  const heading = html`<h2>${s.version} ${d.from} → ${s.version} ${d.to}</h2>`;
  if (added.length + removed.length + changed.length === 0) return html`${heading}<p>${s.noChanges}</p>`;
  return html`${heading}
${added.length > 0 ? html`<h3>${s.added} (${added.length})</h3><ul>${added.map(row)}</ul>` : ""}
${removed.length > 0 ? html`<h3>${s.removed} (${removed.length})</h3><ul>${removed.map(row)}</ul>` : ""}
${changed.length > 0 ? html`<h3>${s.changed} (${changed.length})</h3>${changed.map((c) => changeTable(lang, c))}` : ""}`;
}

function changeTable(
  lang: PortalLang,
  c: NonNullable<PublicHistory["diff"]>["diff"]["changed"][number],
): Html {
  const s = stringsOf(lang);
  const rows = c.fields.map(
    (f) =>
      html`<tr><th scope="row">${MEASURE_FIELD_NAMES[lang][f]}</th><td><del>${measureFieldText(c.before, f)}</del></td><td><ins>${measureFieldText(c.after, f)}</ins></td></tr>`,
  );
  return html`<div class="card"><p>${c.after.measure.number ? `${c.after.measure.number}. ` : ""}${c.after.measure.action}</p>
<div class="scroll" tabindex="0" role="region" aria-label="${s.changed}"><table><thead><tr><th scope="col">${s.field}</th><th scope="col">${s.before}</th><th scope="col">${s.after}</th></tr></thead><tbody>${rows}</tbody></table></div></div>`;
}
