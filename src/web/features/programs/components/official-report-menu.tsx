/** A button that downloads the official implementation report of a program for a quarter or a year. */
import { Button, Popover, SegmentedControl, Select, Stack } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Program } from "../api.ts";
import { reportPeriods } from "../report-periods.ts";

/** The report menu of the program page: period, format and language, then a download link. */
export function OfficialReportMenu({ program }: { program: Program }) {
  const { t, i18n } = useTranslation();
  const periods = reportPeriods(program.periodFrom, program.periodTo);
  const [period, setPeriod] = useState(periods[1] ?? periods[0] ?? "");
  const [format, setFormat] = useState("docx");
  const [lang, setLang] = useState(i18n.language === "ru" ? "ru" : "ky");
  const query = new URLSearchParams({ period, format, lang });
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button variant="default" size="xs">
          {t("program.officialReport")}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={240}>
          <Select
            label={t("program.reportPeriod")}
            data={periods}
            value={period}
            onChange={(v) => setPeriod(v ?? period)}
            allowDeselect={false}
            comboboxProps={{ withinPortal: false }}
          />
          <SegmentedControl
            aria-label={t("program.reportFormat")}
            data={["docx", "xlsx", "pdf"].map((f) => ({ value: f, label: f.toUpperCase() }))}
            value={format}
            onChange={setFormat}
          />
          <SegmentedControl
            aria-label={t("program.reportLanguage")}
            data={[
              { value: "ky", label: "Кыргызча" },
              { value: "ru", label: "Русский" },
            ]}
            value={lang}
            onChange={setLang}
          />
          <Button component="a" href={`/api/v1/programs/${program.id}/reports/official?${query}`} download>
            {t("program.download")}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
