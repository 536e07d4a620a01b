/** One indicator of a territory against its target trajectory: a line chart and the same years as a table. */
import { Badge, Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import type { TerritoryIndicator } from "../../../../domain/views.ts";
import { useFormat } from "../../../app/i18n/format.ts";
import { LoadingState } from "../../../components/states.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import { NS } from "../i18n.ts";
import { FormulaNote } from "./formula-note.tsx";

const Lines = lazy(() => import("./trajectory-chart.tsx"));

const STATUS_COLOR = { on_track: "green", behind: "red", no_target: "gray", no_actual: "gray" } as const;

/** The trajectory, the actual figures and the figures from the territories below, year by year. */
export function IndicatorYears({ indicator }: { indicator: TerritoryIndicator }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const name = useLocalName()(indicator);
  const title = t("trajectoryTitle", { name });
  const years = indicator.years.map((y) => y.year);
  const n = (v: number | null) => (v === null ? "—" : format.number(v));
  const series = [
    { name: t("expected"), values: indicator.years.map((y) => y.expected), dashed: true },
    { name: t("actual"), values: indicator.years.map((y) => y.actual) },
    ...(indicator.rollup === "none"
      ? []
      : [{ name: t("fromChildren"), values: indicator.years.map((y) => y.fromChildren.value) }]),
  ];
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`unit_${indicator.unit}`)}
          {indicator.baseline &&
            ` · ${t("baseline", { year: indicator.baseline.year })}: ${n(indicator.baseline.value)}`}
        </Text>
        <Suspense fallback={<LoadingState label={t("chartLoading")} />}>
          <Lines title={title} years={years} series={series} />
        </Suspense>
        <div className="table-scroll">
          <Table withTableBorder striped verticalSpacing={4}>
            <Table.Caption>{title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("year")}</Table.Th>
                <Table.Th>{t("target")}</Table.Th>
                <Table.Th>{t("expected")}</Table.Th>
                <Table.Th>{t("actual")}</Table.Th>
                <Table.Th>{t("fromChildren")}</Table.Th>
                <Table.Th>{t("status")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {indicator.years.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Td>{y.year}</Table.Td>
                  <Table.Td>{n(y.target)}</Table.Td>
                  <Table.Td>{n(y.expected)}</Table.Td>
                  <Table.Td>{n(y.actual)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {n(y.fromChildren.value)}
                      <FormulaNote formula={y.fromChildren.formula} />
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[y.status]} variant="light">
                      {t(`track_${y.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Stack>
    </Card>
  );
}
