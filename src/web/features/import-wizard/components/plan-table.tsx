/**
 * Step 2: the parsed rows with the importer's warnings marked; cells edited inline, each fix sent to
 * the import session when the cell is left (the server reads it again as the importer would).
 */
import { Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Plan } from "../../../../domain/plan.ts";
import { Pager } from "../../../components/pager.tsx";
import { warningDetail } from "../../../lib/messages.ts";
import type { ImportWarning, SessionPatch } from "../api.ts";
import { NS } from "../i18n.ts";
import { WarningGroups } from "./warning-groups.tsx";

const PAGE = 20;

/** The editable table; `onEdit` gets each fix (a cell left changed) as a session patch. */
export function PlanTable(props: {
  plan: Plan;
  warnings: ImportWarning[];
  onEdit: (patch: SessionPatch) => void;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const { plan, warnings } = props;
  const [page, setPage] = useState(1);
  const byRow = new Map<number, string[]>();
  for (const w of warnings)
    if (typeof w.measure === "number")
      byRow.set(w.measure, [...(byRow.get(w.measure) ?? []), warningDetail(t, w)]);
  type Cells = Omit<NonNullable<SessionPatch["measures"]>[number], "index">;
  const edit = (index: number, cells: Cells) => props.onEdit({ measures: [{ index, ...cells }] });
  const first = (page - 1) * PAGE;
  return (
    <Stack gap="sm">
      <Cell label={t("titleField")} value={plan.title} onCommit={(title) => props.onEdit({ title })} />
      <Text size="sm">{t("measuresCount", { count: plan.measures.length })}</Text>
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
                    <Cell
                      size="xs"
                      label={`${t("translation:program.col.number")} ${label}`}
                      value={m.number ?? ""}
                      onCommit={(number) => edit(i, { number: number || null })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Cell
                      size="xs"
                      multiline
                      label={`${t("translation:program.col.action")} ${label}`}
                      value={m.action}
                      onCommit={(action) => edit(i, { action })}
                    />
                    {notes?.map((n) => (
                      <Text key={n} size="xs" c="#a63c06" role="note">
                        {t("warning")}: {n}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td w={200}>
                    <Cell
                      size="xs"
                      label={`${t("translation:program.col.deadline")} ${label}`}
                      value={m.deadline.text}
                      onCommit={(deadline) => edit(i, { deadline })}
                    />
                    <Text size="xs" c="dimmed">
                      {m.deadline.from ?? "?"} – {m.deadline.to ?? "?"}
                      {m.deadline.repeat ? ` (${m.deadline.repeat})` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td w={260}>
                    <Cell
                      size="xs"
                      multiline
                      label={`${t("translation:program.col.responsible")} ${label}`}
                      value={m.responsible.join("\n")}
                      onCommit={(text) => edit(i, { responsible: text.split("\n") })}
                    />
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

/**
 * A cell edited as text and committed when left changed; it shows the stored value again when that
 * changes (the server's reading of the fix: a deadline's dates, bodies one per line).
 */
function Cell(props: {
  label: string;
  value: string;
  onCommit: (text: string) => void;
  size?: "xs";
  multiline?: boolean;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const common = {
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
