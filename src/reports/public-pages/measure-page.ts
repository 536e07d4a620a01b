/** /public/programs/{id}/measures/{measureId} — one measure: the plan's words, money, what was done, questions. */
import type { PublicMeasurePageData } from "../../domain/views/public.ts";
import { type Html, html } from "../html.ts";
import { formatNumber } from "../labels.ts";
import { feedbackForm, SOLVER_SCRIPT } from "./feedback-form.ts";
import { page, progressBar } from "./layout.ts";
import { photoList, programCrumbs, questionList, reportsByQuarter } from "./program-parts.ts";
import { fundingText, type PortalLang, statusText, stringsOf } from "./strings.ts";

/** The public page of a measure. */
export function measurePage(lang: PortalLang, data: PublicMeasurePageData): Html {
  const s = stringsOf(lang);
  const { measure: m, program } = data;
  const title = `${m.number ? `${m.number}. ` : ""}${m.action}`;
  const section = data.section
    ? `${data.section.code ? `${data.section.code}. ` : ""}${data.section.title}`
    : null;
  const funding = m.funding.map(
    (f) =>
      html`<li>${fundingText(lang, f.code)}${f.planned === null ? "" : `: ${formatNumber(f.planned)}`}</li>`,
  );
  const body = html`<h1>${title}</h1>${section ? html`<p class="st">${section}</p>` : ""}
<section class="card"><p class="big">${m.percent} %</p>${progressBar(m.percent)}<p>${s.status}: ${statusText(lang, m.status)}</p></section>
<dl><dt>${s.task}</dt><dd>${m.task || "—"}</dd><dt>${s.deadline}</dt><dd>${m.deadline || "—"}</dd>
<dt>${s.result}</dt><dd>${m.result || "—"}</dd><dt>${s.bodies}</dt><dd>${m.bodies.join(", ") || "—"}</dd>
<dt>${s.funding}</dt><dd>${funding.length > 0 ? html`<ul>${funding}</ul>` : "—"}</dd></dl>
<h2>${s.done}</h2>${reportsByQuarter(lang, data.reports, () => "")}
${photoList(lang, data.photos)}
<h2>${s.questions}</h2>${questionList(lang, data.feedback)}
${feedbackForm(lang, program.id, m.id)}`;
  return page({
    lang,
    title,
    description: `${program.title} · ${s.measure}${m.number ? ` ${m.number}` : ""} · ${statusText(lang, m.status)} · ${m.percent} %`,
    path: `/public/programs/${program.id}/measures/${m.id}`,
    crumbs: programCrumbs(lang, program, true),
    body,
    script: SOLVER_SCRIPT,
  });
}
