/**
 * A person's reminder digest as an e-mail: subject, plain text and a simple HTML version, in the
 * person's language, each measure with a link to its screen and each program with a link to where
 * the person acts on it (their reports, or the planner's review of the period), and the
 * unsubscribe link. Everything from documents and people is escaped in the HTML version.
 */
import type { Digest, DigestItem, DigestProgram } from "../../domain/reminders-digest.ts";
import { escapeHtml } from "../html.ts";
import { type MailLang, mailDate, word } from "./digest-words.ts";
import { htmlPage } from "./html.ts";

/** A rendered e-mail. */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

/** Where links point and who sent a reminder by hand. */
export interface DigestLinks {
  /** The application's address without a trailing slash (APP_URL). */
  appUrl: string;
  unsubscribeUrl: string;
  /** The planner who sent it by hand, when they did. */
  sentBy?: string;
}

/** The screen where a person acts on a program's reports of a period. */
export function programLink(appUrl: string, group: DigestProgram): string {
  const planner = group.items.every((i) => i.as === "planner");
  const period = group.items[0]?.period ?? "";
  return planner ? `${appUrl}/review?program=${group.programId}&period=${period}` : `${appUrl}/my-reports`;
}

/** The screen of a measure. */
export function measureLink(appUrl: string, measureId: number): string {
  return `${appUrl}/measures/${measureId}`;
}

function stageText(lang: MailLang, item: DigestItem): string {
  const date = mailDate(item.dueDate);
  if (item.stage === "before") return word(lang, "before", { date, n: item.daysLeft });
  if (item.stage === "due") return word(lang, "due", { date });
  return word(lang, "overdue", { date, n: -item.daysLeft });
}

/** "№ 12 Build a school — Мэрия, 2026-Q3: 2 days overdue (due 05.10.2026)". */
function itemLine(lang: MailLang, item: DigestItem): string {
  const number = item.measureNumber ? `№ ${item.measureNumber} ` : "";
  return `${number}${item.measureAction} — ${item.organizationName}, ${item.period}: ${stageText(lang, item)}`;
}

const count = (d: Digest) => d.programs.reduce((n, g) => n + g.items.length, 0);

/** The digest as subject, text and HTML in the person's language. */
export function renderDigest(digest: Digest, links: DigestLinks): MailContent {
  const lang = digest.person.locale;
  const subject = word(lang, "subject", { day: mailDate(digest.day), count: count(digest) });
  const head = [word(lang, "hello", { name: digest.person.displayName })];
  if (links.sentBy) head.push(word(lang, "manual", { from: links.sentBy }));
  head.push(word(lang, "intro"));
  const settings = `${word(lang, "settings")}: ${links.appUrl}/profile`;
  const unsubscribe = `${word(lang, "unsubscribe")}: ${links.unsubscribeUrl}`;
  const text = [
    ...head,
    "",
    ...digest.programs.flatMap((g) => [
      `${word(lang, "program")}: ${g.programTitle}`,
      `  ${programLink(links.appUrl, g)}`,
      ...g.items.map((i) => `- ${itemLine(lang, i)}\n  ${measureLink(links.appUrl, i.measureId)}`),
      "",
    ]),
    "--",
    settings,
    unsubscribe,
  ].join("\n");
  return { subject, text, html: digestHtml(lang, subject, head, digest, links) };
}

function a(href: string, label: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
}

function digestHtml(lang: MailLang, subject: string, head: string[], d: Digest, links: DigestLinks): string {
  const groups = d.programs.map(
    (g) =>
      `<h3>${escapeHtml(g.programTitle)} (${a(programLink(links.appUrl, g), word(lang, "open"))})</h3><ul>${g.items
        .map((i) => `<li>${a(measureLink(links.appUrl, i.measureId), itemLine(lang, i))}</li>`)
        .join("")}</ul>`,
  );
  const settings = a(`${links.appUrl}/profile`, word(lang, "settings"));
  const footer = `<hr><p style="font-size:small">${settings} · ${a(links.unsubscribeUrl, word(lang, "unsubscribe"))}</p>`;
  const body = `${head.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}${groups.join("")}${footer}`;
  return htmlPage(lang, subject, body);
}
