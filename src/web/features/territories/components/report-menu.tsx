/** The summary report of the territory for the page's quarter: format and language, then a download. */
import { useTranslation } from "react-i18next";
import { ReportDownloadMenu } from "../../../components/report-download-menu.tsx";
import { NS } from "../i18n.ts";

/** A download link to GET /territories/{code}/report for the chosen format and language. */
export function TerritoryReportMenu({ code, period }: { code: string; period: string }) {
  const { t } = useTranslation(NS);
  const labels = {
    button: t("report"),
    format: t("reportFormat"),
    language: t("reportLanguage"),
    download: t("download"),
  };
  return (
    <ReportDownloadMenu
      labels={labels}
      defaultFormat="xlsx"
      width={220}
      href={(format, lang) =>
        `/api/v1/territories/${encodeURIComponent(code)}/report?${new URLSearchParams({ period, format, lang })}`
      }
    />
  );
}
