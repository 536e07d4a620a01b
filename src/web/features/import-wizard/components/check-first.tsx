/**
 * "Check these first": the cells the import is least sure of (at most ten, lowest first), each a
 * button that opens its cell in the table; and the marker a low cell carries in the table — an
 * icon with its reason as an accessible label and a tooltip, so it does not rely on colour.
 */
import { Alert, Button, List, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type CellConfidence, cellValue, checkFirst } from "../../../../domain/cell-confidence.ts";
import type { Plan } from "../../../../domain/plan.ts";
import { cellReasonText } from "../../../lib/messages.ts";
import { NS } from "../i18n.ts";

/** How much of a cell's text an item of the list shows. */
const EXCERPT = 50;

/** The list above the table; nothing when no cell is low. */
export function CheckFirst(props: {
  plan: Plan;
  cells: readonly CellConfidence[];
  onJump: (cell: CellConfidence) => void;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const first = checkFirst(props.cells);
  if (first.length === 0) return null;
  return (
    <Alert color="orange" data-testid="check-first">
      <Text component="h2" size="sm" fw={700} m={0}>
        {t("checkFirst")}
      </Text>
      <Text size="sm" mb={4}>
        {t("checkFirstHint", { count: first.length })}
      </Text>
      <List size="sm" type="ordered" spacing={2}>
        {first.map((c) => {
          const m = props.plan.measures[c.measure];
          const text = m ? cellValue(m, c.field) : "";
          const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
          return (
            <List.Item key={`${c.measure}:${c.field}`}>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => props.onJump(c)}
                styles={{ label: { whiteSpace: "normal", textAlign: "left" } }}
              >
                {m?.number ? `№ ${m.number}` : `${c.measure + 1}`} · {t(`field_${c.field}`)}:{" "}
                {excerpt === "" ? t("emptyCell") : `«${excerpt}»`}
              </Button>
              <Text component="span" size="xs">
                {" "}
                — {cellReasonText(t, c.reason, c.params)} (
                {t("confidence", { value: c.confidence.toFixed(2) })})
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Alert>
  );
}

/** The marker of a low cell: a warning sign whose label and tooltip say why it is low. */
export function LowCellMarker(props: { cell: CellConfidence }) {
  const { t } = useTranslation([NS, "translation"]);
  const reason = t("lowCell", { reason: cellReasonText(t, props.cell.reason, props.cell.params) });
  return (
    <Tooltip label={reason} multiline w={260} events={{ hover: true, focus: true, touch: true }}>
      <Text
        component="span"
        role="img"
        aria-label={reason}
        tabIndex={0}
        fw={700}
        c="#8a4b00"
        data-low-cell={props.cell.reason}
      >
        ⚠
      </Text>
    </Tooltip>
  );
}
