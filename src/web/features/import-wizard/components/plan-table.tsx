/**
 * Step 2: the parsed rows with the importer's warnings and its low-confidence cells marked (those
 * to check first listed above); cells edited inline, each fix sent to the import session when the
 * cell is left (the server reads it again as the importer would, and counts the cell checked).
 */
import { Group, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type CellConfidence, type CellField, LOW_CONFIDENCE } from "../../../../domain/cell-confidence.ts";
import type { Plan } from "../../../../domain/plan.ts";
import { Pager } from "../../../components/pager.tsx";
import { cellReasonText, warningDetail } from "../../../lib/messages.ts";
import type { ImportWarning, SessionPatch } from "../api.ts";
import { NS } from "../i18n.ts";
import { CheckFirst, LowCellMarker } from "./check-first.tsx";
import { WarningGroups } from "./warning-groups.tsx";

const PAGE = 20;
/** The fields the table shows; a jump to another field opens its row's measure text. */
const SHOWN: readonly CellField[] = ["number", "action", "deadline", "responsible"];
/** The fields the table does not show: their low cells are noted under the measure's text. */
const SHOWN_ELSEWHERE: readonly CellField[] = ["task", "result", "funding", "cost", "targets"];
const cellId = (measure: number, field: CellField) =>
  `import-cell-${measure}-${SHOWN.includes(field) ? field : "action"}`;

/** The editable table; `onEdit` gets each fix (a cell left changed) as a session patch. */
export function PlanTable(props: {
  plan: Plan;
  warnings: ImportWarning[];
  cells: CellConfidence[];
  onEdit: (patch: SessionPatch) => void;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const { plan, warnings } = props;
  const [page, setPage] = useState(1);
  // cells edited here, counted checked before the server's answer drops them
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [jumpTo, setJumpTo] = useState<string | null>(null);
  const cells = props.cells.filter((c) => !checked.has(`${c.measure}:${c.field}`));
  const low = new Map(
    cells.filter((c) => c.confidence < LOW_CONFIDENCE).map((c) => [`${c.measure}:${c.field}`, c]),
  );
  useEffect(() => {
    if (jumpTo === null) return;
    const input = document.getElementById(jumpTo);
    input?.scrollIntoView({ block: "center" });
    input?.focus();
    setJumpTo(null);
  }, [jumpTo]);
  const jump = (c: CellConfidence) => {
    setPage(Math.floor(c.measure / PAGE) + 1);
    setJumpTo(cellId(c.measure, c.field));
  };
  /** A cell of the table with its low-confidence marker, if it has one. */
  const marked = (i: number, field: CellField, cell: ReactNode) => {
    const lowCell = low.get(`${i}:${field}`);
    if (!lowCell) return cell;
    return (
      <Group gap={4} wrap="nowrap" align="flex-start" data-low-confidence={field} style={LOW_STYLE}>
        <LowCellMarker cell={lowCell} />
        <div style={{ flex: 1 }}>{cell}</div>
      </Group>
    );
  };
  const byRow = new Map<number, string[]>();
  for (const w of warnings)
    if (typeof w.measure === "number")
      byRow.set(w.measure, [...(byRow.get(w.measure) ?? []), warningDetail(t, w)]);
  type Cells = Omit<NonNullable<SessionPatch["measures"]>[number], "index">;
  const edit = (index: number, fields: Cells) => {
    const keys = Object.keys(fields).map((f) => `${index}:${f}`);
    setChecked((s) => new Set([...s, ...keys]));
    props.onEdit({ measures: [{ index, ...fields }] });
  };
  const first = (page - 1) * PAGE;
  return (
    <Stack gap="sm">
      <Cell
        id="import-title"
        label={t("titleField")}
        value={plan.title}
        onCommit={(title) => props.onEdit({ title })}
      />
      <Text size="sm">{t("measuresCount", { count: plan.measures.length })}</Text>
      <CheckFirst plan={plan} cells={cells} onJump={jump} />
      <WarningGroups warnings={warnings} />
      <div className="table-scroll">
        <Table withTableBorder verticalSpacing={4} miw={900} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("translation:program.col.number")}</Table.Th>
              <Table.Th>{t("translation:program.col.action")}</Table.Th>
              <Table.Th>{t("translation:program.col.deadline")}</Table.Th>
              <Table.Th>{t("translation:program.col.responsible")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.measures.slice(first, first + PAGE).map((m, k) => {
              const i = first + k;
              const notes = byRow.get(i);
              const label = m.number ?? String(i + 1);
              return (
                <Table.Tr
                  key={i}
                  data-warning={notes ? "yes" : undefined}
                  style={notes ? { background: "#fff4e6" } : undefined}
                >
                  <Table.Td w={70}>
                    {marked(
                      i,
                      "number",
                      <Cell
                        id={cellId(i, "number")}
                        size="xs"
                        label={`${t("translation:program.col.number")} ${label}`}
                        value={m.number ?? ""}
                        onCommit={(number) => edit(i, { number: number || null })}
                      />,
                    )}
                  </Table.Td>
                  <Table.Td>
                    {marked(
                      i,
                      "action",
                      <Cell
                        id={cellId(i, "action")}
                        size="xs"
                        multiline
                        label={`${t("translation:program.col.action")} ${label}`}
                        value={m.action}
                        onCommit={(action) => edit(i, { action })}
                      />,
                    )}
                    {SHOWN_ELSEWHERE.map((field) => {
                      const lowCell = low.get(`${i}:${field}`);
                      return (
                        lowCell && (
                          <Group key={field} gap={4} data-low-confidence={field}>
                            <LowCellMarker cell={lowCell} />
                            <Text size="xs">
                              {t(`field_${field}`)}: {cellReasonText(t, lowCell.reason, lowCell.params)}
                            </Text>
                          </Group>
                        )
                      );
                    })}
                    {notes?.map((n) => (
                      <Text key={n} size="xs" c="#a63c06" role="note">
                        {t("warning")}: {n}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td w={200}>
                    {marked(
                      i,
                      "deadline",
                      <Cell
                        id={cellId(i, "deadline")}
                        size="xs"
                        label={`${t("translation:program.col.deadline")} ${label}`}
                        value={m.deadline.text}
                        onCommit={(deadline) => edit(i, { deadline })}
                      />,
                    )}
                    <Text size="xs" c="dimmed">
                      {m.deadline.from ?? "?"} – {m.deadline.to ?? "?"}
                      {m.deadline.repeat ? ` (${m.deadline.repeat})` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td w={260}>
                    {marked(
                      i,
                      "responsible",
                      <Cell
                        id={cellId(i, "responsible")}
                        size="xs"
                        multiline
                        label={`${t("translation:program.col.responsible")} ${label}`}
                        value={m.responsible.join("\n")}
                        onCommit={(text) => edit(i, { responsible: text.split("\n") })}
                      />,
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
      <Pager total={plan.measures.length} page={page} pageSize={PAGE} onPage={setPage} />
    </Stack>
  );
}

/** A low cell's frame: dashed, so it shows without colour too. */
const LOW_STYLE = { outline: "2px dashed #b35c00", outlineOffset: 1, borderRadius: 4, padding: 2 };

/**
 * A cell edited as text and committed when left changed; it shows the stored value again when that
 * changes (the server's reading of the fix: a deadline's dates, bodies one per line).
 */
function Cell(props: {
  id: string;
  label: string;
  value: string;
  onCommit: (text: string) => void;
  size?: "xs";
  multiline?: boolean;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const common = {
    id: props.id,
    size: props.size,
    value: text,
    onBlur: () => {
      if (text !== props.value) props.onCommit(text);
    },
  };
  return props.multiline ? (
    <Textarea
      {...common}
      autosize
      aria-label={props.label}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  ) : (
    <TextInput
      {...common}
      {...(props.size ? { "aria-label": props.label } : { label: props.label })}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );
}
