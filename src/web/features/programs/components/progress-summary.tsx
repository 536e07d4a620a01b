/** A program's progress: mean percent done, measures by status, overdue count. */
import { Group, Paper, Progress, SimpleGrid, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { FormulaNote } from "../../../components/formula-note.tsx";
import { QueryState } from "../../../components/states.tsx";
import { StatusChip } from "../../../components/status-chip.tsx";
import { useProgramSummary } from "../api.ts";

const ORDER = ["not_started", "in_progress", "done", "postponed", "cancelled"];

/** The progress summary block of a program. */
export function ProgressSummary({ programId }: { programId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useProgramSummary(programId);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="summary-title">
      <Title order={2} size="h4" id="summary-title" mb="sm">
        {t("program.summary")}
      </Title>
      <QueryState query={summary}>
        {(s) => (
          <>
            <Group gap="sm" wrap="nowrap" mb="sm">
              <Progress
                value={s.totals.percent}
                flex={1}
                size="lg"
                aria-label={`${t("program.meanPercent")}: ${format.percent(s.totals.percent)}`}
              />
              <Text fw={700}>{format.percent(s.totals.percent)}</Text>
              <FormulaNote formula={s.totals.formula} />
            </Group>
            <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} spacing="xs">
              <Stat label={t("program.measuresTotal")} value={format.number(s.totals.measures)} />
              {ORDER.map((status) => {
                const n = s.byStatus.find((b) => b.status === status)?.measures ?? 0;
                return <Stat key={status} label={<StatusChip status={status} />} value={format.number(n)} />;
              })}
              <Stat label={t("status.overdue")} value={format.number(s.totals.overdue)} danger />
            </SimpleGrid>
          </>
        )}
      </QueryState>
    </Paper>
  );
}

function Stat(props: { label: React.ReactNode; value: string; danger?: boolean }) {
  return (
    <div>
      <Text size="xs" component="div">
        {props.label}
      </Text>
      <Text size="lg" fw={700} c={props.danger ? "red.9" : undefined}>
        {props.value}
      </Text>
    </div>
  );
}
