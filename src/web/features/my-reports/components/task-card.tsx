/** One measure to report on: number, action, deadline, the report's step; opens its form. */
import { Alert, Anchor, Badge, Button, Card, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { StatusChip, WorkflowChip } from "../../../components/status-chip.tsx";
import { type Report, type Task, useReport } from "../api.ts";
import { NS } from "../i18n.ts";
import { queueKey, useQueuedReport } from "../outbox-queue.ts";
import { ConflictDialog } from "./conflict-dialog.tsx";
import { PartsSummary } from "./parts-panel.tsx";
import { ReportForm } from "./report-form.tsx";

/** A card per task; returned reports get a red edge and the reviewer's comment. */
export function TaskCard(props: { task: Task; selected: boolean; onSelect: (on: boolean) => void }) {
  const { t } = useTranslation([NS, "translation"]);
  const { task } = props;
  const workflow = task.report?.workflow ?? null;
  const returned = workflow === "returned";
  const [open, setOpen] = useState(returned);
  const queued = useQueuedReport(queueKey(task.measure.id, task.period));
  // a resolved conflict restarts the form from what was kept
  const [formRound, setFormRound] = useState(0);
  const client = useQueryClient();
  const restartForm = (theirs?: { report: Report; etag: string | null }) => {
    // taking theirs: the form starts from their version, not from a copy read before
    if (theirs) client.setQueryData(["report", theirs.report.id], { data: theirs.report, etag: theirs.etag });
    setFormRound((n) => n + 1);
  };
  const comment = useReport(returned && task.report ? task.report.id : null).data?.data.reviewerComment;
  const canSubmit = task.report !== null && (workflow === "draft" || returned);
  const name = `${task.measure.number ? `№ ${task.measure.number} ` : ""}${task.measure.action}`;
  return (
    <Card
      withBorder
      padding="sm"
      data-testid="task-card"
      data-measure={task.measure.id}
      style={returned ? { borderLeft: "4px solid #c92a2a" } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Group align="flex-start" wrap="nowrap" gap="xs" style={{ minWidth: 0 }}>
            {canSubmit && (
              <Checkbox
                mt={4}
                aria-label={t("select", { name: task.measure.number ?? task.measure.id })}
                checked={props.selected}
                onChange={(e) => props.onSelect(e.currentTarget.checked)}
              />
            )}
            <Text fw={600} size="sm" className="pre-line" style={{ minWidth: 0 }}>
              {name}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            {queued && (
              <Badge color="red.9" variant="outline" radius="sm" tt="none" data-testid="queued-chip">
                {queued.state === "conflict" ? t("conflictTitle") : t("queued")}
              </Badge>
            )}
            {workflow ? <WorkflowChip workflow={workflow} /> : <StatusChip status={task.measure.status} />}
          </Group>
        </Group>
        <Text size="xs" c="dimmed">
          {t("deadline", { text: task.measure.deadline.text || "—" })} · {task.program.title}
        </Text>
        <PartsSummary task={task} />
        {returned && comment && (
          <Alert color="red" title={t("returnedNote")} p="xs">
            <Text size="sm" className="pre-line">
              {comment}
            </Text>
          </Alert>
        )}
        <Group gap="xs">
          <Button
            size="xs"
            variant={open ? "default" : "filled"}
            onClick={() => setOpen(!open)}
            aria-expanded={open}
          >
            {open ? t("close") : t("open")}
          </Button>
          <Anchor component={Link} to={`/measures/${task.measure.id}`} size="xs">
            {t("measureLink")}
          </Anchor>
        </Group>
        {open && <ReportForm key={formRound} task={task} />}
        {queued?.state === "conflict" && (
          <ConflictDialog entry={queued} name={name} onResolved={restartForm} />
        )}
      </Stack>
    </Card>
  );
}
