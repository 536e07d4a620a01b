/** Names kept in Kyrgyz and Russian, shown in the UI language (English readers get Kyrgyz). */
import { useTranslation } from "react-i18next";

/** The name of a territory (or anything with nameKy / nameRu) in the UI language. */
export function useLocalName() {
  const { i18n } = useTranslation();
  const ru = (i18n.resolvedLanguage ?? i18n.language) === "ru";
  return (item: { nameKy: string; nameRu: string | null } | null | undefined): string =>
    item ? (ru && item.nameRu ? item.nameRu : item.nameKy) : "";
}
