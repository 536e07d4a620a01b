/** A report's text and sums, shown under its row in the queue (as text, never HTML). */
import { Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { QueryState } from "../../../components/states.tsx";
import { useReport } from "../../my-reports/api.ts";
import { PartsPanel } from "../../my-reports/components/parts-panel.tsx";
import { NS } from "../i18n.ts";
import { ReportAttachments } from "./report-attachments.tsx";

/** What was done, the delay reason, the money spent per source, and every body's part. */
export function ReportDetails({ id }: { id: number }) {
  const { t } = useTranslation([NS, "translation"]);
  const format = useFormat();
  const report = useReport(id);
  return (
    <QueryState query={report}>
      {({ data }) => (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t("doneText")}
          </Text>
          <Text size="sm" className="pre-line">
            {data.doneText || "—"}
          </Text>
          {data.delayReason && (
            <Text size="sm" className="pre-line">
              {t("delayReason")}: {data.delayReason}
            </Text>
          )}
          {data.spending.map((s) => (
            <Text size="sm" key={s.code}>
              {t("spent")} ({t(`translation:funding.${s.code}`)}): {format.money(s.amount)}
            </Text>
          ))}
          <ReportAttachments report={data} />
          {/* the co-executors' parts behind a consolidated report, overdue ones marked */}
          <PartsPanel measureId={data.measureId} period={data.period} />
        </Stack>
      )}
    </QueryState>
  );
}
