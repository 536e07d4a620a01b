/** The content of one cell of the action table, shared by the table, the phone cards and the print view. */
import { Anchor, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../app/i18n/format.ts";
import { OverdueChip, StatusChip } from "../../../components/status-chip.tsx";
import type { MeasureRow } from "../api.ts";
import type { Column } from "../columns.ts";

/** One column's value of a measure; "action" links to the measure page when `link` is given. */
export function MeasureCell({
  measure,
  column,
  link,
}: {
  measure: MeasureRow;
  column: Column;
  link?: string;
}) {
  const format = useFormat();
  switch (column) {
    case "number":
      return <>{measure.number ?? ""}</>;
    case "action":
      return link ? (
        <Anchor component={Link} to={link} size="sm" className="pre-line">
          {measure.action}
        </Anchor>
      ) : (
        <span className="pre-line">{measure.action}</span>
      );
    case "status":
      return (
        <Group gap={4}>
          <StatusChip status={measure.status} />
          {measure.overdue && <OverdueChip />}
        </Group>
      );
    case "percent":
      return <>{format.percent(measure.percent)}</>;
    case "deadline":
      return <span className="pre-line">{measure.deadline.text}</span>;
    case "responsible":
      return (
        <Text size="sm" className="pre-line">
          {measure.responsible.join("; ")}
        </Text>
      );
    case "result":
      return <span className="pre-line">{measure.result}</span>;
    default:
      return null;
  }
}

/** The heading text of a column. */
export function useColumnTitle() {
  const { t } = useTranslation();
  return (column: Column) => t(`program.col.${column}`);
}
