/** The language switcher, always in the header: ky / ru / en. */
import { NativeSelect } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { asLanguage, LANGUAGE_NAMES, LANGUAGES } from "./i18n/index.ts";

/** A select of the three UI languages; the choice is remembered by i18n setup. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      size="xs"
      aria-label={t("app.language")}
      data-testid="language-switcher"
      value={asLanguage(i18n.resolvedLanguage)}
      data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
      onChange={(e) => void i18n.changeLanguage(e.currentTarget.value)}
      w={110}
    />
  );
}
