/** Blocks the program, measure and history pages share: breadcrumbs, facts, reports, photos, questions. */
import type {
  PublicFeedback,
  PublicPhoto,
  PublicProgramHeader,
  PublicReport,
} from "../../domain/views/public.ts";
import { type Html, html } from "../html.ts";
import { dateLabel } from "../labels.ts";
import { href } from "./layout.ts";
import { nameOf, type PortalLang, periodText, statusText, stringsOf } from "./strings.ts";

/** Home › territory › (program when `withProgram`). */
export function programCrumbs(lang: PortalLang, program: PublicProgramHeader, withProgram = false) {
  const s = stringsOf(lang);
  return [
    { label: s.home, href: href("/public", lang) },
    {
      label: nameOf(lang, program.territory),
      href: href(`/public/territories/${encodeURIComponent(program.territory.code)}`, lang),
    },
    ...(withProgram ? [{ label: program.title, href: href(`/public/programs/${program.id}`, lang) }] : []),
  ];
}

/** Territory, period, approval, status and version of a program. */
export function programFacts(lang: PortalLang, p: PublicProgramHeader): Html {
  const s = stringsOf(lang);
  const approval = [
    p.approvalNumber ? `№ ${p.approvalNumber}` : "",
    p.approvalDate ? dateLabel(p.approvalDate) : "",
  ]
    .filter(Boolean)
    .join(", ");
  return html`<p class="st">${nameOf(lang, p.territory)} · ${s.period}: ${p.periodFrom}–${p.periodTo}${
    approval ? ` · ${s.approval}: ${approval}` : ""
  } · ${s.status}: ${s[p.status]} · <a href="${href(`/public/programs/${p.id}/history`, lang)}">${s.version} ${p.currentVersion}</a></p>`;
}

/** What was done, by quarter: accepted reports only (the caller passes nothing else). */
export function reportsByQuarter(
  lang: PortalLang,
  reports: PublicReport[],
  measureLabel: (measureId: number) => Html | string,
): Html {
  const s = stringsOf(lang);
  if (reports.length === 0) return html`<p>${s.noReports}</p>`;
  const periods = [...new Set(reports.map((r) => r.period))];
  return html`${periods.map(
    (period) =>
      html`<h3>${periodText(lang, period)}</h3><ul class="plain">${reports
        .filter((r) => r.period === period)
        .map(
          (r) =>
            html`<li>${measureLabel(r.measureId)}<div class="st">${r.body} · ${statusText(lang, r.status)} · ${r.percent} %</div>${
              r.doneText ? html`<div>${r.doneText}</div>` : ""
            }</li>`,
        )}</ul>`,
  )}`;
}

/** Public photos of accepted reports, loaded lazily (they are not counted in a page's size). */
export function photoList(lang: PortalLang, photos: PublicPhoto[]): Html {
  if (photos.length === 0) return html``;
  const s = stringsOf(lang);
  return html`<h2>${s.photos}</h2><div class="photos">${photos.map(
    (p) =>
      html`<figure><img src="/public/photos/${p.id}" alt="${p.fileName}" loading="lazy" width="192" height="144"><figcaption class="st">${periodText(lang, p.period)}</figcaption></figure>`,
  )}</div>`;
}

/** Published questions with their official answers; a name only with the author's consent. */
export function questionList(
  lang: PortalLang,
  items: PublicFeedback[],
  measureLabel?: (measureId: number) => Html | string,
): Html {
  const s = stringsOf(lang);
  if (items.length === 0) return html`<p>${s.noQuestions}</p>`;
  return html`<ul class="plain">${items.map(
    (f) =>
      html`<li><div class="st">${f.authorName ?? s.anonymous} · ${dateLabel(f.createdAt)}${
        f.measureId !== null && measureLabel ? html` · ${measureLabel(f.measureId)}` : ""
      }</div><div>${f.body}</div>${
        f.answer
          ? html`<div class="answer"><strong>${s.answer}</strong>${
              f.answeredAt ? html` <span class="st">${dateLabel(f.answeredAt)}</span>` : ""
            }<div>${f.answer}</div></div>`
          : ""
      }</li>`,
  )}</ul>`;
}
