/** The quick entry of one report: status, percent, what was done, delay reason, values, spending. */
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { REPORT_STATUSES } from "../../../../domain/report-workflow.ts";
import { ErrorState, QueryState } from "../../../components/states.tsx";
import { type Measure, useMeasure } from "../../measures/api.ts";
import { batchReports, type Report, type ReportInput, saveReport, type Task, useReport } from "../api.ts";
import { loadLocalDraft } from "../draft-store.ts";
import { NS } from "../i18n.ts";
import { type SaveState, useAutosave } from "../use-autosave.ts";
import { Attachments } from "./attachments.tsx";

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
export function ReportForm(props: { task: Task; onSaved: (report: Report) => void }) {
  const measure = useMeasure(props.task.measure.id);
  const report = useReport(props.task.report?.id ?? null);
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
          onSaved={props.onSaved}
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
  onSaved: (report: Report) => void;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const { task, measure } = props;
  const client = useQueryClient();
  const [saved, setSaved] = useState<Report | null>(props.report);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const local = loadLocalDraft(measure.id, task.period);
  const [input, setInput] = useState<ReportInput>(() => local ?? inputOf(task, props.report));
  const onSaved = useCallback(
    (r: Report) => {
      setSaved(r);
      props.onSaved(r);
    },
    [props.onSaved],
  );
  const autosave = useAutosave({ measureId: measure.id, period: task.period, etag: props.etag, onSaved });
  const workflow = saved?.workflow ?? task.report?.workflow ?? "draft";
  const editable = workflow === "draft" || workflow === "returned";
  // Input left on this device by an earlier visit goes to the server now.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useEffect(() => {
    if (local && editable) autosave.change(local);
  }, []);
  const update = (patch: Partial<ReportInput>) => {
    const next = { ...input, ...patch };
    setInput(next);
    autosave.change(next);
  };
  const reload = async () => {
    const fresh = await props.reload();
    autosave.reset(fresh?.etag ?? null);
    setSaved(fresh?.data ?? null);
    setInput(inputOf(task, fresh?.data ?? null));
    void client.invalidateQueries({ queryKey: ["my-reports"] });
  };
  const submit = async () => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      const current =
        (await autosave.flush()) ?? saved ?? (await saveReport(measure.id, task.period, input, props.etag));
      const { items } = await batchReports([current.id], "submit");
      if (items[0]) onSaved(items[0]);
      await client.invalidateQueries({ queryKey: ["my-reports"] });
    } catch (error) {
      setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  };
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
      {autosave.state === "conflict" && (
        <Alert color="orange" title={t("conflictTitle")} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("conflictText")}</Text>
            <Button size="xs" onClick={() => void reload()}>
              {t("reload")}
            </Button>
          </Stack>
        </Alert>
      )}
      {!editable && <Text size="sm">{t("locked")}</Text>}
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
          <Button loading={submitting} disabled={autosave.state === "conflict"} onClick={() => void submit()}>
            {t("submit")}
          </Button>
        )}
      </Group>
      {submitError !== null && <ErrorState error={submitError} />}
      <Attachments
        report={saved}
        editable={editable}
        onChanged={() => void props.reload().then((f) => f && setSaved(f.data))}
      />
    </Stack>
  );
}

/** "Saving…" / "Saved" / "Not saved" next to the form, read out by screen readers. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation([NS, "translation"]);
  const text = {
    saved: t("saved"),
    dirty: t("unsaved"),
    saving: t("saving"),
    offline: t("offline"),
    conflict: t("conflictTitle"),
    error: t("unsaved"),
  }[state];
  return (
    <Text
      size="sm"
      c={state === "saved" ? "green.9" : "dimmed"}
      role="status"
      aria-live="polite"
      data-save-state={state}
    >
      {text}
    </Text>
  );
}
