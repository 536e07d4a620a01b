/** The History tab of the program page: every version, and the diff of two of them field by field. */
import { Group, List, Select, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { measureFieldText } from "../../../../domain/measure-field-text.ts";
import type { VersionDiff } from "../../../../domain/views/public.ts";
import { QueryState } from "../../../components/states.tsx";
import { useProgramVersions } from "../../programs/api.ts";
import { useVersionDiff } from "../api.ts";
import { NS } from "../i18n.ts";

/** Two version pickers (by default the current one against the one before) and their diff. */
export function HistoryTab({ programId, current }: { programId: number; current: number }) {
  const { t } = useTranslation(NS);
  const versions = useProgramVersions(programId);
  const [from, setFrom] = useState<number | null>(current > 1 ? current - 1 : null);
  const [to, setTo] = useState<number | null>(current);
  const diff = useVersionDiff(programId, from, to);
  const options = (versions.data?.items ?? []).map((v) => ({
    value: String(v.number),
    label: t("version", { number: v.number }),
  }));
  return (
    <Stack gap="md">
      <Group>
        <Select
          label={t("from")}
          data={options}
          value={from === null ? null : String(from)}
          onChange={(v) => setFrom(v ? Number(v) : null)}
        />
        <Select
          label={t("to")}
          data={options}
          value={to === null ? null : String(to)}
          onChange={(v) => setTo(v ? Number(v) : null)}
        />
      </Group>
      {from === to || from === null ? (
        <Text c="dimmed">{t("same")}</Text>
      ) : (
        <QueryState query={diff}>{(d) => <DiffView diff={d} />}</QueryState>
      )}
    </Stack>
  );
}

function DiffView({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation(NS);
  const { added, removed, changed } = diff.diff;
  if (added.length + removed.length + changed.length === 0) return <Text>{t("none")}</Text>;
  const label = (r: VersionDiff["diff"]["added"][number]) =>
    `${r.measure.number ? `${r.measure.number}. ` : ""}${r.measure.action}`;
  return (
    <Stack gap="sm">
      {added.length > 0 && (
        <section>
          <Title order={3} size="h5">
            {t("added", { count: added.length })}
          </Title>
          <List>
            {added.map((r) => (
              <List.Item key={r.index}>{label(r)}</List.Item>
            ))}
          </List>
        </section>
      )}
      {removed.length > 0 && (
        <section>
          <Title order={3} size="h5">
            {t("removed", { count: removed.length })}
          </Title>
          <List>
            {removed.map((r) => (
              <List.Item key={r.index}>{label(r)}</List.Item>
            ))}
          </List>
        </section>
      )}
      {changed.length > 0 && (
        <Title order={3} size="h5">
          {t("changed", { count: changed.length })}
        </Title>
      )}
      {changed.map((c) => (
        <Table.ScrollContainer minWidth={400} key={`${c.before.index}-${c.after.index}`}>
          <Text fw={600}>{label(c.after)}</Text>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("field")}</Table.Th>
                <Table.Th>{t("before")}</Table.Th>
                <Table.Th>{t("after")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {c.fields.map((f) => (
                <Table.Tr key={f}>
                  <Table.Td>{t(`fields.${f}`)}</Table.Td>
                  <Table.Td>{measureFieldText(c.before, f)}</Table.Td>
                  <Table.Td>{measureFieldText(c.after, f)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ))}
    </Stack>
  );
}
