/** Step 2: the parsed rows with the importer's warnings marked; cells edited inline. */
import { Alert, Stack, Table, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { parseDeadline } from "../../../../domain/deadline.ts";
import type { Plan } from "../../../../domain/plan.ts";
import { splitResponsible } from "../../../../domain/responsible.ts";
import { Pager } from "../../../components/pager.tsx";
import type { ImportWarning } from "../api.ts";
import { NS } from "../i18n.ts";

const PAGE = 20;

/** The editable table; `onChange` gets the whole edited plan. */
export function PlanTable(props: { plan: Plan; warnings: ImportWarning[]; onChange: (plan: Plan) => void }) {
  const { t } = useTranslation([NS, "translation"]);
  const { plan, warnings } = props;
  const [page, setPage] = useState(1);
  const byRow = new Map<number, string[]>();
  for (const w of warnings)
    if (typeof w.measure === "number") byRow.set(w.measure, [...(byRow.get(w.measure) ?? []), w.message]);
  const whole = warnings.filter((w) => typeof w.measure !== "number");
  const edit = (index: number, patch: Partial<Plan["measures"][number]>) =>
    props.onChange({
      ...plan,
      measures: plan.measures.map((m, i) => (i === index ? { ...m, ...patch } : m)),
    });
  const first = (page - 1) * PAGE;
  return (
    <Stack gap="sm">
      <TextInput
        label={t("titleField")}
        value={plan.title}
        onChange={(e) => props.onChange({ ...plan, title: e.currentTarget.value })}
      />
      <Text size="sm">{t("measuresCount", { count: plan.measures.length })}</Text>
      {warnings.length > 0 && (
        <Alert color="orange" role="status">
          {t("warnings", { count: warnings.length })}
          {whole.map((w) => (
            <Text size="sm" key={w.message}>
              {w.message}
            </Text>
          ))}
        </Alert>
      )}
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
                    <TextInput
                      size="xs"
                      aria-label={`${t("translation:program.col.number")} ${label}`}
                      value={m.number ?? ""}
                      onChange={(e) => edit(i, { number: e.currentTarget.value || null })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Textarea
                      size="xs"
                      autosize
                      aria-label={`${t("translation:program.col.action")} ${label}`}
                      value={m.action}
                      onChange={(e) => edit(i, { action: e.currentTarget.value })}
                    />
                    {notes?.map((n) => (
                      <Text key={n} size="xs" c="#a63c06" role="note">
                        {t("warning")}: {n}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td w={200}>
                    <TextInput
                      size="xs"
                      aria-label={`${t("translation:program.col.deadline")} ${label}`}
                      value={m.deadline.text}
                      onChange={(e) =>
                        edit(i, { deadline: parseDeadline(e.currentTarget.value, plan.period) })
                      }
                    />
                    <Text size="xs" c="dimmed">
                      {m.deadline.from ?? "?"} – {m.deadline.to ?? "?"}
                      {m.deadline.repeat ? ` (${m.deadline.repeat})` : ""}
                    </Text>
                  </Table.Td>
                  <Table.Td w={260}>
                    <ResponsibleCell
                      label={`${t("translation:program.col.responsible")} ${label}`}
                      value={m.responsible}
                      onChange={(responsible) => edit(i, { responsible })}
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

/** One body per line; the text is split again with the importer's rule when it is left. */
function ResponsibleCell(props: { label: string; value: string[]; onChange: (bodies: string[]) => void }) {
  const [text, setText] = useState(props.value.join("\n"));
  return (
    <Textarea
      size="xs"
      autosize
      aria-label={props.label}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        const bodies = text.split("\n").flatMap((line) => splitResponsible(line));
        props.onChange(bodies);
        setText(bodies.join("\n"));
      }}
    />
  );
}
