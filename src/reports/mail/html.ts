import { escapeHtml } from "../html.ts";

/** A small HTML page around already-escaped body markup (e-mails and the unsubscribe answer). */
export function htmlPage(lang: string, title: string, body: string): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif">${body}</body></html>`;
}
