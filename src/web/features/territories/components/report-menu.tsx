/** The summary report of the territory for the page's quarter: format and language, then a download. */
import { Button, Popover, SegmentedControl, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { NS } from "../i18n.ts";

/** A download link to GET /territories/{code}/report for the chosen format and language. */
export function TerritoryReportMenu({ code, period }: { code: string; period: string }) {
  const { t, i18n } = useTranslation(NS);
  const [format, setFormat] = useState("xlsx");
  const [lang, setLang] = useState(i18n.language === "ru" ? "ru" : "ky");
  const query = new URLSearchParams({ period, format, lang });
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button variant="default" size="xs">
          {t("report")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={220}>
          <SegmentedControl
            aria-label={t("reportFormat")}
            data={["docx", "xlsx", "pdf"].map((f) => ({ value: f, label: f.toUpperCase() }))}
            value={format}
            onChange={setFormat}
          />
          <SegmentedControl
            aria-label={t("reportLanguage")}
            data={[
              { value: "ky", label: "Кыргызча" },
              { value: "ru", label: "Русский" },
            ]}
            value={lang}
            onChange={setLang}
          />
          <Button
            component="a"
            href={`/api/v1/territories/${encodeURIComponent(code)}/report?${query}`}
            download
          >
            {t("download")}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
