/** The executor's screen: this quarter's measures of my organization, quick entry, submit one or many. */
import { Alert, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState, ErrorState, QueryState } from "../../../components/states.tsx";
import { useMe } from "../../auth/api.ts";
import { batchReports, type Report, type Task, useMyTasks } from "../api.ts";
import { NS } from "../i18n.ts";
import { onReportSent } from "../outbox-sender.ts";
import { TaskCard } from "./task-card.tsx";

const taskKey = (task: Task) => `${task.measure.id}:${task.period}`;

/** The "my reports" screen. */
export function MyReportsPage() {
  const { t } = useTranslation([NS, "translation"]);
  const me = useMe();
  const orgId = me.data?.organizationId ?? null;
  const tasks = useMyTasks(orgId);
  if (me.isPending) return <QueryState query={me}>{() => null}</QueryState>;
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed" size="sm">
          {t("subtitle")}
        </Text>
      </div>
      {me.data === null && <EmptyState>{t("translation:errors.unauthorized")}</EmptyState>}
      {me.data && orgId === null && <EmptyState>{t("noOrganization")}</EmptyState>}
      {orgId !== null && <QueryState query={tasks}>{(data) => <TaskList {...data} />}</QueryState>}
    </Stack>
  );
}

function TaskList({ tasks, periods }: { tasks: Task[]; periods: string[] }) {
  const { t } = useTranslation([NS, "translation"]);
  const client = useQueryClient();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const onSaved = useCallback(
    (report: Report) =>
      // The list learns the report's id and step without refetching everything.
      client.setQueryData<{ tasks: Task[]; periods: string[] }>(
        ["my-reports", report.organizationId],
        (old) =>
          old
            ? {
                ...old,
                tasks: old.tasks.map((task) =>
                  task.measure.id === report.measureId && task.period === report.period
                    ? { ...task, report: { ...(task.report ?? rowOf(task, report)), ...rowOf(task, report) } }
                    : task,
                ),
              }
            : old,
      ),
    [client],
  );
  // Reports sent from the queue (also after a reload or offline spell) update the list.
  useEffect(
    () =>
      onReportSent((report) => {
        onSaved(report);
        void client.invalidateQueries({ queryKey: ["parts", report.measureId] });
      }),
    [onSaved, client],
  );
  if (periods.length === 0) return <EmptyState>{t("noOpenPeriod")}</EmptyState>;
  if (tasks.length === 0) return <EmptyState>{t("empty")}</EmptyState>;
  const returned = tasks.filter((task) => task.report?.workflow === "returned").length;
  const submitMany = async () => {
    setBusy(true);
    setError(null);
    try {
      await batchReports([...selected], "submit");
      setSelected(new Set());
      await client.invalidateQueries({ queryKey: ["my-reports"] });
      await client.invalidateQueries({ queryKey: ["report"] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text size="sm">{t("period", { period: periods.join(", ") })}</Text>
      {returned > 0 && (
        <Alert color="red" role="status">
          {t("returnedCount", { count: returned })}
        </Alert>
      )}
      {selected.size > 0 && (
        <Group>
          <Button loading={busy} onClick={() => void submitMany()}>
            {t("submitSelected", { count: selected.size })}
          </Button>
        </Group>
      )}
      {error !== null && <ErrorState error={error} />}
      {tasks.map((task) => (
        <TaskCard
          key={taskKey(task)}
          task={task}
          selected={task.report !== null && selected.has(task.report.id)}
          onSelect={(on) => {
            const next = new Set(selected);
            if (task.report) {
              if (on) next.add(task.report.id);
              else next.delete(task.report.id);
            }
            setSelected(next);
          }}
        />
      ))}
    </Stack>
  );
}

function rowOf(task: Task, report: Report) {
  return {
    id: report.id,
    measureId: report.measureId,
    measureNumber: task.measure.number,
    measureAction: task.measure.action,
    period: report.period,
    organizationId: report.organizationId,
    organizationName: "",
    status: report.status,
    percent: report.percent,
    workflow: report.workflow,
    resubmitted: report.resubmitted,
    rowVersion: report.rowVersion,
  };
}
