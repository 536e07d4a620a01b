/**
 * A territory's socio-economic indicators, for the territory page: one chosen indicator against
 * its target trajectory (chart + table), the territories below ranked on it (chart + table) with
 * the parent's figure and its rule, the values entered with who and from where, and — for
 * planners of the territory — the entry form and the XLSX template.
 */
import { NativeSelect, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TerritoryIndicator } from "../../../../domain/views.ts";
import { useFormat } from "../../../app/i18n/format.ts";
import { EmptyState, QueryState } from "../../../components/states.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import { useTerritoryIndicators } from "../api.ts";
import { NS } from "../i18n.ts";
import { ChildRanking } from "./child-ranking.tsx";
import { EntryForm } from "./entry-form.tsx";
import { IndicatorYears } from "./indicator-years.tsx";
import { TemplateBox } from "./template-box.tsx";

/** The indicators block of the territory with this code. */
export function TerritoryIndicators({ code }: { code: string }) {
  const { t } = useTranslation(NS);
  const local = useLocalName();
  const query = useTerritoryIndicators(code);
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t("title")}
      </Title>
      <QueryState query={query}>
        {({ data, etag }) => {
          const indicator = data.indicators.find((i) => i.code === chosen) ?? data.indicators[0];
          if (!indicator) return <EmptyState>{t("empty")}</EmptyState>;
          const year = latestYear(indicator);
          return (
            <>
              <NativeSelect
                label={t("indicator")}
                value={indicator.code}
                onChange={(e) => setChosen(e.currentTarget.value)}
                data={data.indicators.map((i) => ({ value: i.code, label: local(i) }))}
              />
              <IndicatorYears indicator={indicator} />
              <ChildRanking code={code} indicator={indicator.code} year={year} />
              <Entries indicator={indicator} />
              {data.canEdit && <EntryForm code={code} data={data} etag={etag} year={year} />}
              {data.canEdit && <TemplateBox code={code} year={year} />}
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}

/** The last year with an actual figure (own or from below), else the last year shown. */
function latestYear(indicator: TerritoryIndicator): number {
  const withFigure = indicator.years.filter((y) => y.figure !== null);
  return (withFigure.at(-1) ?? indicator.years.at(-1))?.year ?? new Date().getFullYear();
}

/** The actual values entered for the territory: period, value, source, who and when. */
function Entries({ indicator }: { indicator: TerritoryIndicator }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  if (indicator.actuals.length === 0) return null;
  return (
    <div className="table-scroll">
      <Table withTableBorder striped verticalSpacing={4}>
        <Table.Caption>{t("entries")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("year")}</Table.Th>
            <Table.Th>{t("quarter")}</Table.Th>
            <Table.Th>{t("value")}</Table.Th>
            <Table.Th>{t("source")}</Table.Th>
            <Table.Th>{t("enteredBy")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicator.actuals.map((a) => (
            <Table.Tr key={`${a.year}-${a.quarter}`}>
              <Table.Td>{a.year}</Table.Td>
              <Table.Td>{a.quarter === 0 ? t("wholeYear") : `Q${a.quarter}`}</Table.Td>
              <Table.Td>{format.number(a.value)}</Table.Td>
              <Table.Td>{a.source}</Table.Td>
              <Table.Td>
                <Text size="sm">
                  {a.enteredBy ?? "—"}, {format.dateTime(a.enteredAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
