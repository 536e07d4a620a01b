/** The action table: measures grouped by section and task, chosen columns; cards on a phone. */
import { Card, Group, Stack, Table, Text, Title } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { MeasureRow, Program } from "../api.ts";
import type { Column } from "../columns.ts";
import { groupRows } from "../group-rows.ts";
import { MeasureCell, useColumnTitle } from "./measure-cell.tsx";

interface Props {
  program: Program;
  measures: MeasureRow[];
  columns: Column[];
  grouped: boolean;
  /** the measure page of a row, or none (print) */
  linkOf?: (m: MeasureRow) => string;
  /** force the table (print) */
  table?: boolean;
}

/** The table on a wide screen, cards on a narrow one. */
export function MeasureTable(props: Props) {
  const narrow = useMediaQuery("(max-width: 40em)");
  if (narrow && !props.table) return <MeasureCards {...props} />;
  return <WideTable {...props} />;
}

function WideTable({ program, measures, columns, grouped, linkOf }: Props) {
  const { t } = useTranslation();
  const title = useColumnTitle();
  const rows = groupRows(measures, program, grouped, t("program.noSection"));
  return (
    <div className="table-scroll sticky-head" data-testid="measure-table">
      <Table
        striped={false}
        withTableBorder
        withColumnBorders
        verticalSpacing="xs"
        fz="sm"
        miw={720}
        stickyHeader
        stickyHeaderOffset="var(--app-shell-header-offset, 0px)"
      >
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c} scope="col" style={c === "action" ? { minWidth: 260 } : undefined}>
                {title(c)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) =>
            row.kind === "measure" ? (
              <Table.Tr key={row.key} data-testid="measure-row">
                {columns.map((c) => (
                  <Table.Td key={c}>
                    <MeasureCell measure={row.measure} column={c} link={linkOf?.(row.measure)} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ) : (
              <Table.Tr key={row.key} bg={row.kind === "section" ? "gray.1" : undefined}>
                <Table.Th
                  colSpan={columns.length}
                  scope="colgroup"
                  fw={row.kind === "section" ? 700 : 500}
                  fs={row.kind === "task" ? "italic" : undefined}
                  className="pre-line"
                >
                  {row.kind === "section" ? row.title : `${t("program.task")}: ${row.title}`}
                </Table.Th>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function MeasureCards({ program, measures, columns, grouped, linkOf }: Props) {
  const { t } = useTranslation();
  const title = useColumnTitle();
  const rows = groupRows(measures, program, grouped, t("program.noSection"));
  const details = columns.filter((c) => c !== "action" && c !== "number");
  return (
    <Stack gap="xs" data-testid="measure-cards">
      {rows.map((row) =>
        row.kind === "measure" ? (
          <Card key={row.key} withBorder padding="sm" data-testid="measure-row">
            <Group gap={6} wrap="nowrap" align="flex-start">
              {row.measure.number && <Text fw={700}>{row.measure.number}.</Text>}
              <MeasureCell measure={row.measure} column="action" link={linkOf?.(row.measure)} />
            </Group>
            {details.map((c) => (
              <div key={c}>
                <Text size="xs" c="dimmed" mt={6}>
                  {title(c)}
                </Text>
                <Text size="sm" component="div">
                  <MeasureCell measure={row.measure} column={c} />
                </Text>
              </div>
            ))}
          </Card>
        ) : (
          <Title
            key={row.key}
            order={row.kind === "section" ? 3 : 4}
            size={row.kind === "section" ? "h5" : "h6"}
            mt={row.kind === "section" ? "sm" : 0}
            className="pre-line"
          >
            {row.kind === "section" ? row.title : `${t("program.task")}: ${row.title}`}
          </Title>
        ),
      )}
    </Stack>
  );
}
