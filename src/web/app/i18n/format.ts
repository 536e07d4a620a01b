/**
 * Dates, numbers, percents and money (сом) in the chosen language, by Intl. A browser without
 * Kyrgyz locale data falls back to ru-KG (same digits and separators as used in Kyrgyzstan).
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { asLanguage, type Language } from "./index.ts";

const WANTED: Record<Language, string[]> = {
  ky: ["ky-KG", "ky", "ru-KG", "ru"],
  ru: ["ru-KG", "ru"],
  en: ["en-GB", "en"],
};

/** The best Intl locale this browser has for a UI language. */
export function intlLocale(language: Language): string {
  const wanted = WANTED[language];
  return Intl.DateTimeFormat.supportedLocalesOf(wanted)[0] ?? wanted[wanted.length - 1] ?? "en";
}

// CLDR's Kyrgyz long date, "2025-ж., 26-декабрь", for browsers whose Intl has no Kyrgyz data.
const KY_MONTHS = "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(
  " ",
);

/** Formatters for one language. */
export function formatters(language: Language, moneyLabel: (amount: string) => string) {
  const locale = intlLocale(language);
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, minimumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return {
    locale,
    number: (n: number) => number.format(n),
    percent: (n: number) => `${number.format(Math.round(n * 10) / 10)} %`,
    money: (n: number) => moneyLabel(money.format(n)),
    /** an ISO day "2026-09-30" (read as a calendar day, not shifted by time zones) */
    day: (iso: string) => {
      const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
      if (!y || !m || !d) return iso;
      if (language === "ky" && !locale.startsWith("ky")) return `${y}-ж., ${d}-${KY_MONTHS[m - 1]}`;
      return date.format(new Date(Date.UTC(y, m - 1, d, 12)));
    },
    dateTime: (iso: string) => {
      const at = new Date(iso);
      if (language !== "ky" || locale.startsWith("ky")) return dateTime.format(at);
      const day = `${at.getFullYear()}-ж., ${at.getDate()}-${KY_MONTHS[at.getMonth()]}`;
      return `${day}, ${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
    },
  };
}

/** The formatters of the current UI language. */
export type Format = ReturnType<typeof formatters>;

/** The formatters of the current UI language, remade when the language changes. */
export function useFormat(): Format {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => formatters(language, (amount) => t("common.moneyAmount", { amount })), [language, t]);
}
