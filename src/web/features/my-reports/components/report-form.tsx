/** The quick entry of one report: status, percent, what was done, delay reason, values, spending. */
import { Button, Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_STATUSES } from "../../../../domain/report-workflow.ts";
import { ErrorState, LoadingState, QueryState } from "../../../components/states.tsx";
import { ApiError } from "../../../lib/api-client.ts";
import { type Measure, useMeasure } from "../../measures/api.ts";
import type { MeasureParts, Report, ReportInput, Task } from "../api.ts";
import { useReport } from "../api.ts";
import { NS } from "../i18n.ts";
import { queuedReport, queueKey, useQueueReady } from "../outbox-queue.ts";
import { useAutosave } from "../use-autosave.ts";
import { Attachments } from "./attachments.tsx";
import { PartsPanel } from "./parts-panel.tsx";
import { SaveIndicator } from "./save-indicator.tsx";

function inputOf(task: Task, report: Report | null): ReportInput {
  if (report)
    return {
      status: report.status,
      percent: report.percent,
      doneText: report.doneText,
      delayReason: report.delayReason,
      values: report.values,
      spending: report.spending,
    };
  const status = task.measure.status === "not_started" ? "in_progress" : task.measure.status;
  return { status, percent: task.measure.percent, doneText: "", delayReason: "", values: [], spending: [] };
}

/** The form of one task; loads the measure and the report, then autosaves every change. */
export function ReportForm(props: { task: Task }) {
  const measure = useMeasure(props.task.measure.id);
  const report = useReport(props.task.report?.id ?? null);
  // the unsent input on this device comes first: wait until the queue is read
  if (!useQueueReady()) return <LoadingState />;
  if (props.task.report && report.isPending) return <QueryState query={report}>{() => null}</QueryState>;
  if (report.error) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  return (
    <QueryState query={measure}>
      {(m) => (
        <FormBody
          task={props.task}
          measure={m}
          report={report.data?.data ?? null}
          etag={report.data?.etag ?? null}
          reload={async () => (await report.refetch()).data ?? null}
        />
      )}
    </QueryState>
  );
}

function FormBody(props: {
  task: Task;
  measure: Measure;
  report: Report | null;
  etag: string | null;
  reload: () => Promise<{ data: Report; etag: string | null } | null>;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const { task, measure } = props;
  const client = useQueryClient();
  const [saved, setSaved] = useState<Report | null>(props.report);
  const [input, setInput] = useState<ReportInput>(
    () => queuedReport(queueKey(measure.id, task.period))?.input ?? inputOf(task, props.report),
  );
  const onSaved = useCallback((r: Report) => setSaved(r), []);
  const autosave = useAutosave({
    measureId: measure.id,
    period: task.period,
    organizationId: task.organizationId,
    reportId: props.report?.id ?? null,
    etag: props.etag,
    onSaved,
  });
  const workflow = saved?.workflow ?? task.report?.workflow ?? "draft";
  const submitting = autosave.entry?.submit === true && autosave.entry.state === "waiting";
  const editable = (workflow === "draft" || workflow === "returned") && !submitting;
  const update = (patch: Partial<ReportInput>) => {
    const next = { ...input, ...patch };
    setInput(next);
    autosave.change(next);
  };
  const lead = measure.bodies.some((b) => b.role === "lead" && b.organizationId === task.organizationId);
  // the consolidated report takes the co-executors' sums and texts; the lead adds its own share
  const prefill = (p: MeasureParts["prefill"]) =>
    update({ doneText: p.doneText, values: p.values, spending: p.spending });
  const submit = () => {
    void autosave.submit(input).then(() => client.invalidateQueries({ queryKey: ["my-reports"] }));
  };
  const refused = autosave.entry?.state === "error" ? autosave.entry.error : null;
  const actualOf = (indicatorId: number) => input.values.find((v) => v.indicatorId === indicatorId)?.value;
  const spentOf = (code: string) => input.spending.find((s) => s.code === code)?.amount;
  const setValue = (indicatorId: number, value: number | string) => {
    const rest = input.values.filter((v) => v.indicatorId !== indicatorId);
    update({ values: typeof value === "number" ? [...rest, { indicatorId, value }] : rest });
  };
  const setSpent = (code: string, amount: number | string) => {
    const rest = input.spending.filter((s) => s.code !== code);
    update({ spending: typeof amount === "number" ? [...rest, { code, amount }] : rest });
  };
  const fieldId = `r-${measure.id}-${task.period}`;
  const funding = [...new Set(measure.funding.map((f) => f.code).filter((c) => c !== "none"))];
  return (
    <Stack gap="sm">
      {lead && (
        <PartsPanel measureId={measure.id} period={task.period} onPrefill={editable ? prefill : undefined} />
      )}
      {!editable && !submitting && <Text size="sm">{t("locked")}</Text>}
      {submitting && (
        <Text size="sm" fw={600} data-testid="will-submit">
          {t("willSubmit")}
        </Text>
      )}
      <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <NativeSelect
              id={`${fieldId}-status`}
              label={t("status")}
              value={input.status}
              data={REPORT_STATUSES.map((s) => ({ value: s, label: t(`translation:status.${s}`) }))}
              onChange={(e) => update({ status: e.currentTarget.value })}
            />
            <NumberInput
              id={`${fieldId}-percent`}
              label={t("percent")}
              min={0}
              max={100}
              clampBehavior="strict"
              allowDecimal={false}
              value={input.percent}
              onChange={(v) => update({ percent: typeof v === "number" ? v : 0 })}
            />
          </SimpleGrid>
          <Textarea
            id={`${fieldId}-done`}
            label={t("doneText")}
            autosize
            minRows={2}
            value={input.doneText}
            onChange={(e) => update({ doneText: e.currentTarget.value })}
          />
          <Textarea
            id={`${fieldId}-delay`}
            label={t("delayReason")}
            autosize
            minRows={1}
            value={input.delayReason}
            onChange={(e) => update({ delayReason: e.currentTarget.value })}
          />
          {measure.indicators.length > 0 && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              {measure.indicators.map((ind) => (
                <NumberInput
                  key={ind.id}
                  label={`${t("values")}: ${ind.unit}`}
                  description={t("target", { target: ind.target, unit: ind.unit })}
                  value={actualOf(ind.id) ?? ""}
                  onChange={(v) => setValue(ind.id, v)}
                />
              ))}
            </SimpleGrid>
          )}
          {funding.length > 0 && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              {funding.map((code) => (
                <NumberInput
                  key={code}
                  label={`${t("spending")}: ${t(`translation:funding.${code}`)}`}
                  min={0}
                  thousandSeparator=" "
                  value={spentOf(code) ?? ""}
                  onChange={(v) => setSpent(code, v)}
                />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      </fieldset>
      <Group justify="space-between" gap="xs">
        <SaveIndicator state={autosave.state} />
        {editable && (
          <Button
            loading={autosave.state === "saving"}
            disabled={autosave.state === "conflict"}
            onClick={submit}
          >
            {t("submit")}
          </Button>
        )}
      </Group>
      {refused && <ErrorState error={new ApiError(0, refused, t("refused"))} />}
      <Attachments
        report={saved}
        editable={editable}
        onChanged={() => void props.reload().then((f) => f && setSaved(f.data))}
      />
    </Stack>
  );
}
