/** A chart (lazy ECharts) and the same numbers as a table below it. */
import { Card, Stack, Table, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { Formula } from "../../../../domain/views.ts";
import { FormulaNote } from "../../../components/formula-note.tsx";
import { LoadingState } from "../../../components/states.tsx";
import { NS } from "../i18n.ts";

const Bars = lazy(() => import("./bar-chart.tsx"));

/** One figure: title, bars, and a table with a column per series (and each row's formula). */
export function ChartWithTable(props: {
  title: string;
  head: string;
  categories: string[];
  series: { name: string; values: number[]; format: (n: number) => string }[];
  /** how each row's progress was computed, shown beside its name */
  formulas?: Formula[];
}) {
  const { t } = useTranslation([NS, "translation"]);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {props.title}
        </Title>
        {props.categories.length > 0 && (
          <Suspense fallback={<LoadingState label={t("chartLoading")} />}>
            <Bars title={props.title} categories={props.categories} series={props.series} />
          </Suspense>
        )}
        <div className="table-scroll">
          <Table withTableBorder striped verticalSpacing={4}>
            <Table.Caption>{props.title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{props.head}</Table.Th>
                {props.series.map((s) => (
                  <Table.Th key={s.name}>{s.name}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.categories.map((c, i) => (
                <Table.Tr key={c}>
                  <Table.Td>
                    {c} {props.formulas?.[i] && <FormulaNote formula={props.formulas[i]} />}
                  </Table.Td>
                  {props.series.map((s) => (
                    <Table.Td key={s.name}>{s.format(s.values[i] ?? 0)}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Stack>
    </Card>
  );
}
