/** The dashboard: totals, progress by section / body / funding, overdue list, quarter timeline. */
import { Anchor, Card, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../app/i18n/format.ts";
import { FormulaNote } from "../../../components/formula-note.tsx";
import { EmptyState, QueryState } from "../../../components/states.tsx";
import { StatusChip } from "../../../components/status-chip.tsx";
import { ProgramPeriodPicker, useProgramPeriod } from "../../review/components/program-period-picker.tsx";
import { type Dashboard, useDashboard } from "../api.ts";
import { NS } from "../i18n.ts";
import { ChartWithTable } from "./chart-with-table.tsx";
import { QuarterTimeline } from "./quarter-timeline.tsx";

/** The dashboard screen. */
export function DashboardPage() {
  const { t } = useTranslation([NS, "translation"]);
  const state = useProgramPeriod();
  // Today's quarter is the dashboard without a period, already asked for by the picker.
  const period = state.period === state.todayPeriod ? "" : state.period;
  const dashboard = useDashboard(state.period === "" ? null : state.programId, period);
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed" size="sm">
          {t("subtitle")}
        </Text>
      </div>
      <QueryState query={state.programs}>
        {(programs) =>
          programs.items.length === 0 || state.programId === null ? (
            <EmptyState />
          ) : (
            <Stack gap="md">
              <ProgramPeriodPicker state={state} />
              <QueryState query={dashboard}>{(d) => <DashboardView data={d} />}</QueryState>
              <QuarterTimeline programId={state.programId} />
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}

function Stat(props: { label: string; value: string; testId: string; note?: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Group gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed">
          {props.label}
        </Text>
        {props.note}
      </Group>
      <Text size="xl" fw={700} data-testid={props.testId}>
        {props.value}
      </Text>
    </Card>
  );
}

function DashboardView({ data }: { data: Dashboard }) {
  const { t } = useTranslation([NS, "translation"]);
  const f = useFormat();
  const rate = data.reportingRate;
  const pct = (n: number) => f.percent(n);
  // Bodies linked to an organization, then those the plan names without one, marked as such.
  const bodies = [
    ...data.byBody.map((b) => ({ label: b.name, percent: b.percent, formula: b.formula })),
    ...data.byUnmatchedBody.map((b) => ({
      label: t("unmatchedBody", { name: b.name }),
      percent: b.percent,
      formula: b.formula,
    })),
  ];
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Stat label={t("measures")} value={f.number(data.totals.measures)} testId="stat-measures" />
        <Stat
          label={t("percent")}
          value={pct(data.totals.percent)}
          testId="stat-percent"
          note={<FormulaNote formula={data.totals.formula} />}
        />
        <Stat label={t("overdue")} value={f.number(data.totals.overdue)} testId="stat-overdue" />
        {rate && (
          <Stat
            label={t("reportingRate", { period: rate.period })}
            value={pct(rate.rate)}
            testId="stat-rate"
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartWithTable
          title={t("bySection")}
          head={t("section")}
          categories={data.bySection.map((s) => s.title || t("noSection"))}
          series={[{ name: t("done"), values: data.bySection.map((s) => s.percent), format: pct }]}
          formulas={data.bySection.map((s) => s.formula)}
        />
        <ChartWithTable
          title={t("byBody")}
          head={t("body")}
          categories={bodies.map((b) => b.label)}
          series={[{ name: t("done"), values: bodies.map((b) => b.percent), format: pct }]}
          formulas={bodies.map((b) => b.formula)}
        />
        <ChartWithTable
          title={t("byFunding")}
          head={t("source")}
          categories={data.byFunding.map((s) => t(`translation:funding.${s.code}`, { defaultValue: s.code }))}
          series={[
            { name: t("planned"), values: data.byFunding.map((s) => s.planned), format: f.money },
            { name: t("spent"), values: data.byFunding.map((s) => s.spent), format: f.money },
            { name: t("done"), values: data.byFunding.map((s) => s.percent), format: pct },
          ]}
          formulas={data.byFunding.map((s) => s.formula)}
        />
        <Card withBorder padding="sm">
          <Title order={2} size="h4" mb="xs">
            {t("overdueList")}
          </Title>
          {data.overdue.length === 0 ? (
            <EmptyState>{t("noOverdue")}</EmptyState>
          ) : (
            <div className="table-scroll">
              <Table withTableBorder striped verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t("translation:program.col.action")}</Table.Th>
                    <Table.Th>{t("deadline")}</Table.Th>
                    <Table.Th>{t("done")}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.overdue.map((m) => (
                    <Table.Tr key={m.measureId}>
                      <Table.Td>
                        <Anchor component={Link} to={`/measures/${m.measureId}`} size="sm" lineClamp={3}>
                          {m.number ? `№ ${m.number} ` : ""}
                          {m.action}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{m.deadlineTo ? f.day(m.deadlineTo) : "—"}</Table.Td>
                      <Table.Td>
                        <StatusChip status={m.status} /> {m.percent} %
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </Card>
      </SimpleGrid>
    </Stack>
  );
}
