/** The action table block: filters, count, column chooser, table or cards, pager. */
import { Group, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Pager } from "../../../components/pager.tsx";
import { EmptyState, ErrorState, LoadingState } from "../../../components/states.tsx";
import { type MeasureRow, type Program, useMeasures } from "../api.ts";
import { useChosenColumns } from "../columns.ts";
import { useMeasureQuery } from "../measure-query.ts";
import { ColumnChooser } from "./column-chooser.tsx";
import { MeasureFilters } from "./measure-filters.tsx";
import { MeasureTable } from "./measure-table.tsx";

/** The searchable, filterable, paged action table of a program. */
export function ActionPlan(props: {
  program: Program;
  signedIn: boolean;
  linkOf: (m: MeasureRow) => string;
}) {
  const { t } = useTranslation();
  const { program } = props;
  const [query, setQuery] = useMeasureQuery();
  const [columns, setColumns] = useChosenColumns();
  const measures = useMeasures(program.id, query);
  const grouped = !query.sort || query.sort === "position";
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="action-plan-title">
      <Title order={2} size="h4" id="action-plan-title" mb="sm">
        {t("program.actionTable")}
      </Title>
      <MeasureFilters program={program} query={query} onChange={setQuery} signedIn={props.signedIn} />
      <Group justify="space-between" my="sm" className="no-print">
        <Text size="sm" aria-live="polite" data-testid="found-count">
          {measures.data ? t("program.found", { count: measures.data.total }) : ""}
        </Text>
        <ColumnChooser value={columns} onChange={setColumns} />
      </Group>
      {measures.isPending ? (
        <LoadingState />
      ) : measures.error || !measures.data ? (
        <ErrorState error={measures.error} onRetry={() => void measures.refetch()} />
      ) : measures.data.items.length === 0 ? (
        <EmptyState>{t("program.noMatches")}</EmptyState>
      ) : (
        <div style={{ opacity: measures.isPlaceholderData ? 0.6 : 1 }}>
          <MeasureTable
            program={program}
            measures={measures.data.items}
            columns={columns}
            grouped={grouped}
            linkOf={props.linkOf}
          />
        </div>
      )}
      {measures.data && (
        <Pager
          total={measures.data.total}
          page={measures.data.page}
          pageSize={measures.data.pageSize}
          onPage={(page) => setQuery({ page })}
          onPageSize={(pageSize) => setQuery({ pageSize })}
        />
      )}
    </Paper>
  );
}
