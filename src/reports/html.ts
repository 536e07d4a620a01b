/**
 * HTML built by template functions with escaping everywhere: every value put into `html`…`` is
 * escaped unless it is itself built by `html` (an `Html`). Text from documents and citizens is
 * never HTML.
 */

/** A piece of HTML that is safe to insert as is (built by `html` or `raw`). */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may interpolate: text (escaped), numbers, HTML, lists of them; null/false/undefined → nothing. */
export type Part = Html | string | number | null | undefined | false | readonly Part[];

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text with & < > " ' escaped, safe in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

function render(part: Part): string {
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join("");
  if (part === null || part === undefined || part === false) return "";
  return escapeHtml(String(part));
}

/** The HTML template tag: literal parts as written, interpolated parts escaped. */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0] ?? "";
  parts.forEach((part, i) => {
    out += render(part) + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

/** Trusted markup written in this folder (the stylesheet, the inline script): never user text. */
export function raw(markup: string): Html {
  return new Html(markup);
}
