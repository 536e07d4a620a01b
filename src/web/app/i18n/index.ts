/**
 * i18next with the three languages of the UI: Kyrgyz (default), Russian, English. The choice is
 * kept in localStorage and mirrored on <html lang>. Plurals come from Intl.PluralRules (ky: one /
 * other; ru: one / few / many / other), so keys carry those suffixes.
 */
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.ts";
import { ky } from "./ky.ts";
import { ru } from "./ru.ts";

/** The languages of the UI, in the switcher's order. */
export const LANGUAGES = ["ky", "ru", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { ky: "Кыргызча", ru: "Русский", en: "English" };

const STORAGE_KEY = "lang";

/** The resources per language; another screen adds its keys to each of ky.ts, ru.ts, en.ts. */
export const RESOURCES = { ky, ru, en } as const;

/** Adds a screen's own strings, in every language, under its namespace. */
export function registerStrings(ns: string, resources: Record<Language, object>): void {
  for (const [lng, strings] of Object.entries(resources))
    i18next.addResourceBundle(lng, ns, strings, true, true);
}

/** A language of the UI, or Kyrgyz for anything else. */
export function asLanguage(value: string | null | undefined): Language {
  return LANGUAGES.find((l) => l === value) ?? "ky";
}

function savedLanguage(): Language {
  try {
    return asLanguage(localStorage.getItem(STORAGE_KEY));
  } catch {
    return "ky"; // storage blocked (private mode): the default
  }
}

/** Starts i18next once; the app renders after this. */
export function initI18n() {
  const lng = savedLanguage();
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((l) => [l, { translation: RESOURCES[l] }])),
    lng,
    fallbackLng: "ky",
    // React escapes every string it renders; i18next must not escape twice.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on("languageChanged", (next) => {
    document.documentElement.lang = next;
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // not remembered, still switched
    }
  });
  return i18next;
}
