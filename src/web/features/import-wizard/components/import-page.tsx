/**
 * The import wizard: upload → check and fix the table → match bodies → see the diff and save. The
 * plan stays on the server as an import session; each fix is sent to it, the save names it.
 */
import { Button, Group, Stack, Stepper, Text, Title } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { byConfidence, type CellConfidence } from "../../../../domain/cell-confidence.ts";
import type { Plan } from "../../../../domain/plan.ts";
import { ErrorState } from "../../../components/states.tsx";
import { editQueue, type ImportSessionEdit, type ImportWarning, type Preview } from "../api.ts";
import { NS } from "../i18n.ts";
import { BodiesStep } from "./bodies-step.tsx";
import { PlanTable } from "./plan-table.tsx";
import { SaveStep } from "./save-step.tsx";
import { type Target, UploadStep } from "./upload-step.tsx";

/** What the table shows: the plan, its warnings and its cells' confidences. */
interface Reading {
  plan: Plan;
  warnings: ImportWarning[];
  cells: CellConfidence[];
}

/** The reading with a session's answer to an edit applied. */
function applyEdit({ plan, warnings, cells }: Reading, edit: ImportSessionEdit): Reading {
  const rows = new Map(edit.measures.map((m) => [m.index, m.measure]));
  return {
    plan: {
      ...plan,
      title: edit.title,
      measures: plan.measures.map((m, i) => rows.get(i) ?? m),
    },
    warnings: [...warnings.filter((w) => w.measure === null || !rows.has(w.measure)), ...edit.warnings],
    cells: [...cells.filter((c) => !rows.has(c.measure)), ...edit.cells].sort(byConfidence),
  };
}

/** The import wizard screen. */
export function ImportPage() {
  const { t } = useTranslation([NS, "translation"]);
  const [step, setStep] = useState(0);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [state, setState] = useState<Reading | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
  const [pending, setPending] = useState(0);
  const [editError, setEditError] = useState<unknown>(null);
  const queue = useMemo(
    () =>
      preview &&
      editQueue(preview.sessionId, preview.rowVersion, {
        onEdited: (edit) => {
          setState((s) => s && applyEdit(s, edit));
          setPending((n) => n - 1);
        },
        onError: (error) => {
          setEditError(error);
          setPending((n) => n - 1);
        },
      }),
    [preview],
  );
  const plan = state?.plan ?? null;
  const nav = (
    <Group gap="xs">
      <Button variant="default" onClick={() => setStep(step - 1)}>
        {t("back")}
      </Button>
      {step < 3 && <Button onClick={() => setStep(step + 1)}>{t("next")}</Button>}
    </Group>
  );
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed" size="sm">
          {t("subtitle")}
        </Text>
      </div>
      <Stepper active={step} size="sm" allowNextStepsSelect={false} onStepClick={setStep}>
        <Stepper.Step label={t("stepUpload")}>
          <UploadStep
            onRead={(p, tg) => {
              setPreview(p);
              setState({ plan: p.plan, warnings: p.warnings, cells: p.cells });
              setTarget(tg);
              setEditError(null);
              setStep(1);
            }}
          />
        </Stepper.Step>
        <Stepper.Step label={t("stepTable")}>
          {plan && state && queue && (
            <Stack gap="sm">
              <PlanTable
                plan={plan}
                warnings={state.warnings}
                cells={state.cells}
                onEdit={(patch) => {
                  setEditError(null);
                  setPending((n) => n + 1);
                  void queue.send(patch);
                }}
              />
              <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="edit-state">
                {pending > 0 ? t("editSaving") : ""}
              </Text>
              {editError !== null && <ErrorState error={editError} />}
              {nav}
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label={t("stepBodies")}>
          {preview && target && (
            <Stack gap="sm">
              <BodiesStep territoryId={target.territoryId} bodies={preview.unmatchedBodies} />
              {nav}
            </Stack>
          )}
        </Stepper.Step>
        <Stepper.Step label={t("stepSave")}>
          {plan && target && preview && queue && (
            <Stack gap="sm">
              <SaveStep plan={plan} target={target} sessionId={preview.sessionId} edits={queue.settled} />
              {nav}
            </Stack>
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
