/** Targets vs actuals: the chart (ECharts loaded lazily) and the same numbers as a table. */
import { Paper, Table, Title } from "@mantine/core";
import { lazy, Suspense, useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { EmptyState, LoadingState } from "../../../components/states.tsx";
import type { Measure, ReportDetail } from "../api.ts";
import { chartData } from "../chart-data.ts";

const TargetsChart = lazy(() => import("./targets-chart.tsx").then((m) => ({ default: m.TargetsChart })));

/** The chart block of the measure page. */
export function TargetsBlock({ measure, reports }: { measure: Measure; reports: ReportDetail[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const data = useMemo(() => chartData(measure, reports), [measure, reports]);
  const label = useCallback(
    (key: string) => {
      const s = data.series.find((x) => x.key === key);
      const what = s?.unit ? `${t("measure.indicator")} (${s.unit})` : t("measure.percentDone");
      return `${what}: ${s?.kind === "target" ? t("measure.target") : t("measure.actual")}`;
    },
    [data, t],
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="chart-title">
      <Title order={2} size="h4" id="chart-title" mb="sm">
        {t("measure.chartTitle")}
      </Title>
      {data.periods.length === 0 ? (
        <EmptyState>{t("measure.noReports")}</EmptyState>
      ) : (
        <>
          <Suspense fallback={<LoadingState label={t("measure.chartLoading")} />}>
            <TargetsChart data={data} label={label} title={t("measure.chartTitle")} />
          </Suspense>
          <div className="table-scroll">
            <Table fz="sm" withTableBorder mt="sm" data-testid="chart-table">
              <Table.Caption>{t("measure.chartTable")}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("measure.period")}</Table.Th>
                  {data.series.map((s) => (
                    <Table.Th key={s.key} scope="col">
                      {label(s.key)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.periods.map((period, i) => (
                  <Table.Tr key={period}>
                    <Table.Th scope="row">{period}</Table.Th>
                    {data.series.map((s) => {
                      const v = s.values[i];
                      return (
                        <Table.Td key={s.key}>
                          {v === null || v === undefined ? "—" : format.number(v)}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </>
      )}
    </Paper>
  );
}
