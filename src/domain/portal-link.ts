/** The citizens' portal's languages and links, shared by its pages and its routes. */

/** A portal language: ?lang=ky|ru|en, Kyrgyz by default. */
export type PortalLang = "ky" | "ru" | "en";
export const PORTAL_LANGS: readonly PortalLang[] = ["ky", "ru", "en"];

/** The page's language from its ?lang= value (Kyrgyz when absent or unknown). */
export function portalLangOf(value: string | undefined): PortalLang {
  return (PORTAL_LANGS as readonly string[]).includes(value ?? "") ? (value as PortalLang) : "ky";
}

/** A link target in the page's language: Kyrgyz is the default and needs no ?lang=. */
export function portalHref(
  path: string,
  lang: PortalLang,
  query: Record<string, string | number> = {},
): string {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  if (lang !== "ky") params.set("lang", lang);
  const text = params.toString();
  return text === "" ? path : `${path}?${text}`;
}

/** The longest question the portal's form takes. */
export const QUESTION_MAX = 5000;
