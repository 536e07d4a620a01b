/** The child territories' roll-up lines as a sortable table; each name opens that territory's page. */
import { Anchor, Group, Table, UnstyledButton } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RollupChild } from "../../../../domain/views/rollup.ts";
import { useFormat } from "../../../app/i18n/format.ts";
import { FormulaNote } from "../../../components/formula-note.tsx";
import { NS } from "../i18n.ts";
import { nextSort, type Sort, type SortKey, sortLines } from "../sort-lines.ts";

/** A line with its name in the UI language. */
export type Line = RollupChild & { label: string };

const NUMBER_COLUMNS: SortKey[] = [
  "programs",
  "measures",
  "done",
  "inProgress",
  "notStarted",
  "overdue",
  "progress",
  "reportingRate",
  "planned",
  "spent",
];

/** The table; `period` is kept in the links so a drill-down stays in the same quarter. */
export function ChildrenTable({ lines, period }: { lines: Line[]; period: string }) {
  const { t } = useTranslation(NS);
  const f = useFormat();
  const [sort, setSort] = useState<Sort>({ key: "name", descending: false });
  const cell = (line: Line, key: SortKey) => {
    const n = line[key] as number;
    if (key === "progress" || key === "reportingRate") return f.percent(n);
    if (key === "planned" || key === "spent") return f.money(n);
    return f.number(n);
  };
  const header = (key: SortKey, label: string) => (
    <Table.Th
      key={key}
      aria-sort={sort.key === key ? (sort.descending ? "descending" : "ascending") : "none"}
      style={{ whiteSpace: "nowrap" }}
    >
      <UnstyledButton
        fz="sm"
        fw={700}
        onClick={() => setSort(nextSort(sort, key))}
        aria-label={t("sortBy", { column: label })}
      >
        {label}
        {sort.key === key ? (sort.descending ? " ↓" : " ↑") : ""}
      </UnstyledButton>
    </Table.Th>
  );
  return (
    <div className="table-scroll">
      <Table withTableBorder striped verticalSpacing={4} data-testid="children-table">
        <Table.Caption>{t("children")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {header("name", t("territory"))}
            {NUMBER_COLUMNS.map((key) => header(key, t(key)))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sortLines(lines, sort, f.locale).map((line) => (
            <Table.Tr key={line.code}>
              <Table.Td>
                <Anchor component={Link} to={`/territories/${line.code}?period=${period}`}>
                  {line.label}
                </Anchor>
              </Table.Td>
              {NUMBER_COLUMNS.map((key) => (
                <Table.Td key={key} style={{ whiteSpace: "nowrap" }}>
                  {key === "progress" ? (
                    <Group gap={4} wrap="nowrap">
                      {cell(line, key)}
                      <FormulaNote formula={line.formula} />
                    </Group>
                  ) : (
                    cell(line, key)
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
