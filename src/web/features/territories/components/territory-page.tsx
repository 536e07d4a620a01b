/**
 * A territory's page: the path from the republic, the quarter, its roll-up (totals with the
 * formula, the territories within as a chart and a sortable table, each linking to its own page),
 * its own programs (linking to the program page), its socio-economic indicators and the summary
 * report. Reads the roll-up, the territory tree and — only when it has some — its own programs.
 */
import {
  Anchor,
  Breadcrumbs,
  Card,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { lazy, type ReactNode, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { compareQuarters, parseQuarter, quarterKey } from "../../../../domain/quarter.ts";
import { useFormat } from "../../../app/i18n/format.ts";
import { FormulaNote } from "../../../components/formula-note.tsx";
import { EmptyState, LoadingState, QueryState } from "../../../components/states.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import { TerritoryIndicators } from "../../indicators/components/territory-indicators.tsx";
import {
  type Rollup,
  type TerritoryNode,
  useRollup,
  useTerritoryPrograms,
  useTerritoryTree,
} from "../api.ts";
import { NS } from "../i18n.ts";
import { ChildrenTable, type Line } from "./children-table.tsx";
import { TerritoryReportMenu } from "./report-menu.tsx";

const Bars = lazy(() => import("../../dashboard/components/bar-chart.tsx"));

/** The screen at /territories/:code[?period=2026-Q3]. */
export function TerritoryPage() {
  const { code = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const period = params.get("period") ?? "";
  const rollup = useRollup(code, period);
  const tree = useTerritoryTree();
  return (
    <QueryState query={rollup}>
      {(r) => (
        <Stack gap="md">
          <TerritoryPath code={code} nodes={tree.data?.items ?? []} />
          <Header
            rollup={r}
            node={tree.data?.items.find((n) => n.code === code)}
            onPeriod={(p) => setParams({ period: p })}
          />
          <Totals rollup={r} />
          <Children rollup={r} nodes={tree.data?.items ?? []} />
          <OwnPrograms rollup={r} node={tree.data?.items.find((n) => n.code === code)} />
          <TerritoryIndicators code={code} />
        </Stack>
      )}
    </QueryState>
  );
}

/** Republic › oblast › district …, each but the last a link. */
function TerritoryPath({ code, nodes }: { code: string; nodes: TerritoryNode[] }) {
  const { t } = useTranslation(NS);
  const local = useLocalName();
  const node = nodes.find((n) => n.code === code);
  if (!node) return null;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path = node.path
    .split("/")
    .filter((s) => s !== "")
    .map((id) => byId.get(Number(id)))
    .filter((n): n is TerritoryNode => n !== undefined);
  return (
    <nav aria-label={t("breadcrumb")}>
      <Breadcrumbs separator="›" style={{ flexWrap: "wrap" }}>
        {path.map((n) =>
          n.code === code ? (
            <Text key={n.code} size="sm" aria-current="page">
              {local(n)}
            </Text>
          ) : (
            <Anchor key={n.code} component={Link} to={`/territories/${n.code}`} size="sm">
              {local(n)}
            </Anchor>
          ),
        )}
      </Breadcrumbs>
    </nav>
  );
}

/** Eight quarters up to the later of today's (the first answer's) and the shown one. */
function quarterChoices(anchor: string, shown: string): string[] {
  const a = parseQuarter(anchor);
  const s = parseQuarter(shown);
  const last = compareQuarters(a, s) >= 0 ? a : s;
  return Array.from({ length: 8 }, (_, i) => {
    const index = last.year * 4 + (last.quarter - 1) - i;
    return quarterKey({ year: Math.floor(index / 4), quarter: (index % 4) + 1 });
  });
}

function Header(props: { rollup: Rollup; node: TerritoryNode | undefined; onPeriod: (p: string) => void }) {
  const { t } = useTranslation(NS);
  const local = useLocalName();
  const [anchor] = useState(props.rollup.period);
  return (
    <Group justify="space-between" align="flex-end" gap="sm">
      <Title order={1} size="h2">
        {props.node ? local(props.node) : props.rollup.territory.name}
      </Title>
      <Group gap="sm" align="flex-end">
        <NativeSelect
          label={t("period")}
          data={quarterChoices(anchor, props.rollup.period)}
          value={props.rollup.period}
          onChange={(e) => props.onPeriod(e.currentTarget.value)}
        />
        <TerritoryReportMenu code={props.rollup.territory.code} period={props.rollup.period} />
      </Group>
    </Group>
  );
}

function Stat(props: { label: string; value: string; testId: string; note?: ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">
        {props.label}
      </Text>
      <Group gap={6} wrap="nowrap">
        <Text size="xl" fw={700} data-testid={props.testId}>
          {props.value}
        </Text>
        {props.note}
      </Group>
    </Card>
  );
}

function Totals({ rollup }: { rollup: Rollup }) {
  const { t } = useTranslation(NS);
  const f = useFormat();
  const x = rollup.totals;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Stat label={t("programs")} value={f.number(x.programs)} testId="stat-programs" />
      <Stat label={t("measures")} value={f.number(x.measures)} testId="stat-measures" />
      <Stat
        label={t("progress")}
        value={f.percent(x.progress)}
        testId="stat-progress"
        note={<FormulaNote formula={x.formula} />}
      />
      <Stat label={t("reportingRate")} value={f.percent(x.reportingRate)} testId="stat-rate" />
      <Stat label={t("overdue")} value={f.number(x.overdue)} testId="stat-overdue" />
      <Stat label={t("spent")} value={`${f.money(x.spent)} / ${f.money(x.planned)}`} testId="stat-money" />
    </SimpleGrid>
  );
}

function Children({ rollup, nodes }: { rollup: Rollup; nodes: TerritoryNode[] }) {
  const { t } = useTranslation(NS);
  const local = useLocalName();
  const names = new Map(nodes.map((n) => [n.code, n]));
  const lines: Line[] = rollup.children.map((c) => ({ ...c, label: local(names.get(c.code)) || c.name }));
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("children")}
        </Title>
        {lines.length === 0 ? (
          <EmptyState>{t("noChildren")}</EmptyState>
        ) : (
          <>
            <Suspense fallback={<LoadingState />}>
              <Bars
                title={t("chartTitle")}
                categories={lines.map((l) => l.label)}
                series={[
                  { name: t("progress"), values: lines.map((l) => l.progress) },
                  { name: t("reportingRate"), values: lines.map((l) => l.reportingRate) },
                ]}
              />
            </Suspense>
            <ChildrenTable lines={lines} period={rollup.period} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function OwnPrograms({ rollup, node }: { rollup: Rollup; node: TerritoryNode | undefined }) {
  const { t } = useTranslation(NS);
  const hasOwn = rollup.totals.own.programs > 0;
  // Only a territory with programs of its own asks for the program list (the national page does not).
  const programs = useTerritoryPrograms(hasOwn && node ? node.id : null);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t("ownPrograms")}
        </Title>
        {!hasOwn || !node ? (
          <Text size="sm">{t("noOwnPrograms")}</Text>
        ) : (
          <QueryState query={programs}>
            {(page) => (
              <List spacing={4}>
                {page.items
                  .filter((p) => p.territory.id === node.id)
                  .map((p) => (
                    <List.Item key={p.id}>
                      <Anchor component={Link} to={`/programs/${p.id}`}>
                        {p.title}
                      </Anchor>{" "}
                      <Text span size="sm" c="dimmed">
                        ({t("years", { from: p.period.from, to: p.period.to })})
                      </Text>
                    </List.Item>
                  ))}
              </List>
            )}
          </QueryState>
        )}
      </Stack>
    </Card>
  );
}
