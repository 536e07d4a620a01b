/** A measure's report history as a timeline, newest first; returned reports stand out. */
import { Group, Paper, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { EmptyState } from "../../../components/states.tsx";
import { StatusChip, WorkflowChip } from "../../../components/status-chip.tsx";
import type { ReportItem } from "../api.ts";

/** The timeline block. */
export function ReportTimeline({ reports }: { reports: ReportItem[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = [...reports].sort(
    (a, b) => b.period.localeCompare(a.period) || a.role.localeCompare(b.role),
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="reports-title">
      <Title order={2} size="h4" id="reports-title" mb="sm">
        {t("measure.reports")}
      </Title>
      {sorted.length === 0 ? (
        <EmptyState>{t("measure.noReports")}</EmptyState>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={sorted.length}>
          {sorted.map((r) => (
            <Timeline.Item
              key={r.id}
              color={r.workflow === "returned" ? "red" : r.workflow === "accepted" ? "green" : "blue"}
              title={
                <Group gap="xs">
                  <Text fw={600}>{r.period}</Text>
                  <Text size="sm">
                    {r.organizationName} ({r.role === "lead" ? t("measure.lead") : t("measure.co")})
                  </Text>
                </Group>
              }
            >
              <Group gap="xs" my={4}>
                <WorkflowChip workflow={r.workflow} />
                <StatusChip status={r.status} />
                <Text size="sm">{format.percent(r.percent)}</Text>
                {r.resubmitted && (
                  <Text size="xs" c="dimmed">
                    {t("measure.resubmitted")}
                  </Text>
                )}
              </Group>
              {r.doneText && (
                <Text size="sm" className="pre-line">
                  <b>{t("measure.doneText")}:</b> {r.doneText}
                </Text>
              )}
              {r.delayReason && (
                <Text size="sm" className="pre-line">
                  <b>{t("measure.delayReason")}:</b> {r.delayReason}
                </Text>
              )}
              {r.reviewerComment && (
                <Text size="sm" c={r.workflow === "returned" ? "red.9" : undefined} className="pre-line">
                  <b>{t("measure.reviewerComment")}:</b> {r.reviewerComment}
                </Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
