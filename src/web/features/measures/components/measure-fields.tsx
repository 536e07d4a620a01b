/** Every field of a measure: section, task, action, deadline, result, cost, bodies, funding, indicators, state. */
import { Badge, Group, List, Paper, SimpleGrid, Table, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { OverdueChip, StatusChip } from "../../../components/status-chip.tsx";
import type { Measure } from "../api.ts";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" className="pre-line">
        {children}
      </Text>
    </div>
  );
}

/** The fields block of the measure page. */
export function MeasureFields({ measure, overdue }: { measure: Measure; overdue: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { deadline } = measure;
  const dates =
    deadline.from && deadline.to
      ? t("measure.deadlineDates", { from: format.day(deadline.from), to: format.day(deadline.to) })
      : null;
  const repeat =
    deadline.repeat === "yearly"
      ? t("measure.repeatYearly")
      : deadline.repeat === "ongoing"
        ? t("measure.repeatOngoing")
        : null;
  const none = t("common.none");
  return (
    <Paper withBorder p="md" component="section">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Field label={t("measure.section")}>{measure.section?.title ?? none}</Field>
        <Field label={t("measure.task")}>{measure.task || none}</Field>
        <Field label={t("measure.deadline")}>
          {deadline.text || none}
          {dates && (
            <Text size="xs" c="dimmed">
              {dates}
              {repeat && ` (${repeat})`}
            </Text>
          )}
        </Field>
        <Field label={t("measure.result")}>{measure.result || none}</Field>
        <Field label={t("measure.state")}>
          <Group gap="xs">
            <StatusChip status={measure.state.status} />
            {overdue && <OverdueChip />}
            <Text size="sm" fw={600}>
              {format.percent(measure.state.percent)}
            </Text>
          </Group>
        </Field>
        <Field label={t("measure.cost")}>{measure.cost ? format.money(measure.cost.amount) : none}</Field>
      </SimpleGrid>

      <Title order={2} size="h5" mt="md" mb="xs">
        {t("measure.bodies")}
      </Title>
      <List size="sm" spacing={4}>
        {measure.bodies.map((b) => (
          <List.Item key={b.id}>
            <Group gap="xs">
              <Badge size="sm" variant={b.role === "lead" ? "filled" : "light"} tt="none">
                {b.role === "lead" ? t("measure.lead") : t("measure.co")}
              </Badge>
              <span>{b.name}</span>
              {b.organizationId === null && (
                <Text span size="xs" c="dimmed">
                  ({t("measure.unmatched")})
                </Text>
              )}
            </Group>
          </List.Item>
        ))}
      </List>

      <Title order={2} size="h5" mt="md" mb="xs">
        {t("measure.funding")}
      </Title>
      <div className="table-scroll">
        <Table fz="sm" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("measure.funding")}</Table.Th>
              <Table.Th scope="col">{t("measure.planned")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measure.funding.map((f) => (
              <Table.Tr key={`${f.code}-${f.text}`}>
                <Table.Td>
                  {t(`funding.${f.code}`, { defaultValue: f.code })}
                  {f.text &&
                    f.text.toLowerCase() !== t(`funding.${f.code}`, { defaultValue: "" }).toLowerCase() && (
                      <Text span size="xs" c="dimmed">
                        {" "}
                        ({f.text})
                      </Text>
                    )}
                </Table.Td>
                <Table.Td>{f.planned === null ? none : format.money(f.planned)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <Text size="sm" mt="xs">
        {t("measure.spent")}: <b>{format.money(measure.state.spent)}</b>
      </Text>

      <Title order={2} size="h5" mt="md" mb="xs">
        {t("measure.indicators")}
      </Title>
      {measure.indicators.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("measure.noIndicators")}
        </Text>
      ) : (
        <div className="table-scroll">
          <Table fz="sm" withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("measure.indicator")}</Table.Th>
                <Table.Th scope="col">{t("measure.baseline")}</Table.Th>
                <Table.Th scope="col">{t("measure.target")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measure.indicators.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>
                    {i.unit}
                    {i.cumulative && ` (${t("measure.cumulative")})`}
                  </Table.Td>
                  <Table.Td>{i.baseline === null ? none : format.number(i.baseline)}</Table.Td>
                  <Table.Td>{format.number(i.target)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Paper>
  );
}
