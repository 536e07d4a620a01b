/** The territories below ranked on one indicator for a year: bars and a table (the dashboard's figure). */
import { Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { EmptyState, QueryState } from "../../../components/states.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import { ChartWithTable } from "../../dashboard/components/chart-with-table.tsx";
import { useIndicatorRanking } from "../api.ts";
import { NS } from "../i18n.ts";
import { FormulaNote } from "./formula-note.tsx";

/** Children best first (by the indicator's direction), without a figure last; the parent's figure with its rule. */
export function ChildRanking(props: { code: string; indicator: string; year: number }) {
  const { t } = useTranslation(NS);
  const format = useFormat();
  const local = useLocalName();
  const query = useIndicatorRanking(props.code, props.indicator, props.year);
  return (
    <QueryState query={query}>
      {(ranking) => {
        if (ranking.children.length === 0) return <EmptyState>{t("noChildren")}</EmptyState>;
        const ranked = ranking.children.filter((c) => c.value !== null);
        const name = local(ranking.indicator);
        return (
          <>
            <Group gap="xs">
              <Text size="sm">
                {t("fromChildren")}:{" "}
                {ranking.fromChildren.value === null ? "—" : format.number(ranking.fromChildren.value)}{" "}
                {t(`unit_${ranking.indicator.unit}`)}
              </Text>
              <FormulaNote formula={ranking.fromChildren.formula} />
            </Group>
            <ChartWithTable
              title={t("rankingTitle", { name, year: props.year })}
              head={t("territory")}
              categories={ranked.map((c) => `${c.rank}. ${local(c)}`)}
              series={[{ name: t("actual"), values: ranked.map((c) => c.value ?? 0), format: format.number }]}
            />
          </>
        );
      }}
    </QueryState>
  );
}
