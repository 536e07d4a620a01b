/**
 * The bodies' parts of a measure in a period (lead and co-executors), as the lead body writing the
 * consolidated report and the planner reviewing it see them: each body's step, lateness, what it
 * did and spent; the lead may fill its form in from the parts that arrived.
 */
import { Badge, Button, Card, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { OverdueChip, WorkflowChip } from "../../../components/status-chip.tsx";
import type { MeasureParts } from "../api.ts";
import { type Task, useParts } from "../api.ts";
import { NS } from "../i18n.ts";

type Part = MeasureParts["parts"][number];

/** Every body's part with its step, lateness, text, spending and values. */
export function PartsList({ parts }: { parts: Part[] }) {
  const { t } = useTranslation([NS, "translation"]);
  const format = useFormat();
  return (
    <Stack gap={6}>
      {parts.map((p) => (
        <Card key={p.organizationId} withBorder padding="xs" data-testid="part" data-overdue={p.overdue}>
          <Group justify="space-between" gap="xs" align="flex-start">
            <Text size="sm" fw={600} style={{ minWidth: 0 }}>
              {p.organizationName}{" "}
              <Text span size="xs" c="dimmed">
                ({p.role === "lead" ? t("partLead") : t("partCo")})
              </Text>
            </Text>
            <Group gap={4}>
              {p.workflow ? (
                <WorkflowChip workflow={p.workflow} />
              ) : (
                <Badge variant="outline" color="gray.8">
                  {t("partNone")}
                </Badge>
              )}
              {p.overdue && <OverdueChip />}
            </Group>
          </Group>
          {p.report && (
            <Stack gap={2} mt={4}>
              <Text size="xs">
                {t("percent")}: {p.report.percent}
              </Text>
              {p.report.doneText && (
                <Text size="xs" className="pre-line">
                  {p.report.doneText}
                </Text>
              )}
              {p.report.spending.map((s) => (
                <Text size="xs" key={s.code}>
                  {t(`translation:funding.${s.code}`)}: {format.money(s.amount)}
                </Text>
              ))}
              {p.report.values.map((v) => (
                <Text size="xs" key={v.indicatorId}>
                  {t("values")}: {format.number(v.value)}
                </Text>
              ))}
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}

/** The parts panel: due date, every body's part, and (for the lead's form) "fill in from the parts". */
export function PartsPanel(props: {
  measureId: number;
  period: string;
  onPrefill?: (prefill: MeasureParts["prefill"]) => void;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const format = useFormat();
  // offline without a cached copy the panel stays away: the form itself must still work
  const data = useParts(props.measureId, props.period).data;
  if (!data || data.parts.length < 2) return null;
  return (
    <Stack gap={6} data-testid="parts-panel">
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={600}>
          {t("partsTitle")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("partsDue", { date: format.day(data.dueDate) })}
        </Text>
      </Group>
      <PartsList parts={data.parts} />
      {props.onPrefill && data.prefill.counted.length > 0 && (
        <Stack gap={2} align="flex-start">
          <Button size="xs" variant="light" onClick={() => props.onPrefill?.(data.prefill)}>
            {t("prefill")}
          </Button>
          <Text size="xs" c="dimmed">
            {t("prefillNote")}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}

/** On the lead body's card: how many co-executors' parts arrived, and how many are overdue. */
export function PartsSummary({ task }: { task: Task }) {
  const { t } = useTranslation([NS, "translation"]);
  // only measures whose plan names several bodies can have co-executors
  const parts = useParts(task.measure.id, task.period, task.measure.responsible.length > 1);
  const all = parts.data?.parts ?? [];
  const lead = all.some((p) => p.role === "lead" && p.organizationId === task.organizationId);
  const co = all.filter((p) => p.role === "co");
  if (!lead || co.length === 0) return null;
  const arrived = co.filter((p) => p.workflow === "submitted" || p.workflow === "accepted").length;
  const overdue = co.filter((p) => p.overdue).length;
  return (
    <Group gap={6} data-testid="parts-summary">
      <Text size="xs">{t("partsSummary", { arrived, total: co.length })}</Text>
      {overdue > 0 && (
        <Badge color="red.9" variant="filled" radius="sm" tt="none">
          {t("partsOverdue", { count: overdue })}
        </Badge>
      )}
    </Group>
  );
}
