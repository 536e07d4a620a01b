/** /public/programs/{id} — a published program: progress with its formula, money, measures, what was done, voices. */
import type { Formula } from "../../domain/views/formula.ts";
import type { PublicMeasure, PublicProgram } from "../../domain/views/public.ts";
import { type Html, html } from "../html.ts";
import { dateLabel, formatNumber } from "../labels.ts";
import { feedbackForm, SOLVER_SCRIPT } from "./feedback-form.ts";
import { href, page, progressBar } from "./layout.ts";
import { photoList, programCrumbs, programFacts, questionList, reportsByQuarter } from "./program-parts.ts";
import { fill, fundingText, nameOf, type PortalLang, statusText, stringsOf } from "./strings.ts";

/** The public page of a program. */
export function programPage(lang: PortalLang, data: PublicProgram): Html {
  const s = stringsOf(lang);
  const { program } = data;
  const measureLink = (id: number) => {
    const m = data.measures.find((x) => x.id === id);
    const label = m ? `${m.number ? `${m.number}. ` : ""}${shorten(m.action)}` : `#${id}`;
    return html`<a href="${href(`/public/programs/${program.id}/measures/${id}`, lang)}">${label}</a>`;
  };
  const body = html`<h1>${program.title}</h1>${programFacts(lang, program)}
${summary(lang, data)}
<h2>${s.measures}</h2>${measuresBySection(lang, data, measureLink)}
<h2>${s.done}</h2>${reportsByQuarter(lang, data.reports, measureLink)}
${photoList(lang, data.photos)}
${meetings(lang, data, measureLink)}
<h2>${s.questions}</h2>${questionList(lang, data.feedback, measureLink)}
${feedbackForm(lang, program.id)}`;
  return page({
    lang,
    title: program.title,
    description: `${nameOf(lang, program.territory)} · ${s.period}: ${program.periodFrom}–${program.periodTo} · ${s.progress}: ${data.totals.percent} %`,
    path: `/public/programs/${program.id}`,
    crumbs: programCrumbs(lang, program),
    body,
    script: SOLVER_SCRIPT,
  });
}

/** Progress with its formula in words, counts by status, money by source. */
function summary(lang: PortalLang, data: PublicProgram): Html {
  const s = stringsOf(lang);
  const { totals } = data;
  const money = data.byFunding.map(
    (f) =>
      html`<tr><td>${fundingText(lang, f.code)}</td><td class="n">${formatNumber(f.planned)}</td><td class="n">${formatNumber(f.spent)}</td></tr>`,
  );
  return html`<section class="card" aria-labelledby="progress-title"><h2 id="progress-title">${s.progress}</h2>
<p class="big">${totals.percent} %</p>${progressBar(totals.percent)}
<p>${formulaWords(lang, totals.formula, totals.percent)}</p>
<p class="st">${s.byStatus}: ${data.byStatus.map((b, i) => html`${i > 0 ? ", " : ""}${statusText(lang, b.status)} — ${b.measures}`)} · ${s.overdue}: ${totals.overdue}</p></section>
<h2>${s.money}</h2><div class="scroll" tabindex="0" role="region" aria-label="${s.money}"><table><thead><tr><th scope="col">${s.source}</th><th scope="col">${s.planned}</th><th scope="col">${s.spent}</th></tr></thead><tbody>${money}</tbody></table></div>`;
}

/** The dashboard's formula (rule, measures counted, at 0 %, left out) in the page's language. */
function formulaWords(lang: PortalLang, f: Formula, percent: number): string {
  const s = stringsOf(lang);
  const main = fill(f.rule === "cost" ? s.formulaCost : s.formulaEqual, {
    n: f.counted,
    p: percent,
    cost: formatNumber(f.plannedCost ?? 0),
  });
  const zero = f.withoutReport > 0 ? ` ${fill(s.formulaZero, { z: f.withoutReport })}` : "";
  const reasons = f.leftOut.map((l) =>
    fill(
      l.reason === "removed" ? s.leftOutRemoved : l.reason === "no_cost" ? s.leftOutNoCost : s.leftOutOther,
      {
        z: l.measures,
      },
    ),
  );
  const left = reasons.length > 0 ? ` ${fill(s.formulaLeftOut, { list: reasons.join("; ") })}` : "";
  return main + zero + left;
}

function measuresBySection(lang: PortalLang, data: PublicProgram, link: (id: number) => Html): Html {
  const s = stringsOf(lang);
  const groups = [
    ...data.sections.map((sec) => ({
      title: sec.code ? `${sec.code}. ${sec.title}` : sec.title,
      items: data.measures.filter((m) => m.sectionId === sec.id),
    })),
    {
      title: s.noSection,
      items: data.measures.filter((m) => !data.sections.some((x) => x.id === m.sectionId)),
    },
  ].filter((g) => g.items.length > 0);
  return html`${groups.map(
    (g) => html`<h3>${g.title}</h3><ul class="plain">${g.items.map((m) => measureLine(lang, m, link))}</ul>`,
  )}`;
}

function measureLine(lang: PortalLang, m: PublicMeasure, link: (id: number) => Html): Html {
  return html`<li>${link(m.id)}<div class="st">${statusText(lang, m.status)} · ${m.percent} % · ${m.deadline} · ${m.bodies.join(", ")}</div></li>`;
}

function meetings(lang: PortalLang, data: PublicProgram, link: (id: number) => Html): Html {
  if (data.meetings.length === 0) return html``;
  const s = stringsOf(lang);
  return html`<h2>${s.meetings}</h2><ul class="plain">${data.meetings.map(
    (m) =>
      html`<li><strong>${dateLabel(m.heldOn)}</strong> · ${s.place}: ${m.place} · ${s.participants}: ${m.participants}${
        m.questions ? html`<div>${s.raised}: ${m.questions}</div>` : ""
      }${m.measureIds.length > 0 ? html`<div class="st">${s.linked}: ${m.measureIds.map((id, i) => html`${i > 0 ? "; " : ""}${link(id)}`)}</div>` : ""}</li>`,
  )}</ul>`;
}

// Long actions are cut in lists (the measure's own page has the whole text) to keep pages small.
function shorten(text: string, max = 160): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
