/** A button that downloads the official implementation report of a program for a quarter or a year. */
import { Select } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ReportDownloadMenu } from "../../../components/report-download-menu.tsx";
import type { Program } from "../api.ts";
import { reportPeriods } from "../report-periods.ts";

/** The report menu of the program page: period, format and language, then a download link. */
export function OfficialReportMenu({ program }: { program: Program }) {
  const { t } = useTranslation();
  const periods = reportPeriods(program.periodFrom, program.periodTo);
  const [period, setPeriod] = useState(periods[1] ?? periods[0] ?? "");
  const labels = {
    button: t("program.officialReport"),
    format: t("program.reportFormat"),
    language: t("program.reportLanguage"),
    download: t("program.download"),
  };
  return (
    <ReportDownloadMenu
      labels={labels}
      defaultFormat="docx"
      width={240}
      href={(format, lang) =>
        `/api/v1/programs/${program.id}/reports/official?${new URLSearchParams({ period, format, lang })}`
      }
    >
      <Select
        label={t("program.reportPeriod")}
        data={periods}
        value={period}
        onChange={(v) => setPeriod(v ?? period)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: false }}
      />
    </ReportDownloadMenu>
  );
}
