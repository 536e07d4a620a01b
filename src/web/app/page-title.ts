/** The browser tab's title: the screen's name (its route's `handle.title` key), then the app's short name. */
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useMatches } from "react-router";

/** Keeps document.title as "Screen — СЭӨП" in the UI language. */
export function usePageTitle(): void {
  const { t } = useTranslation();
  const matches = useMatches();
  const key = (matches[matches.length - 1]?.handle as { title?: string } | undefined)?.title;
  const title = key ? `${t(key)} — ${t("app.short")}` : t("app.short");
  useEffect(() => {
    document.title = title;
  }, [title]);
}
