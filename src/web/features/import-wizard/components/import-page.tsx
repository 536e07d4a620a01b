/** The import wizard: upload → check and fix the table → match bodies → see the diff and save. */
import { Button, Group, Stack, Stepper, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Plan } from "../../../../domain/plan.ts";
import type { Preview } from "../api.ts";
import { NS } from "../i18n.ts";
import { BodiesStep } from "./bodies-step.tsx";
import { PlanTable } from "./plan-table.tsx";
import { SaveStep } from "./save-step.tsx";
import { type Target, UploadStep } from "./upload-step.tsx";

/** The import wizard screen. */
export function ImportPage() {
  const { t } = useTranslation([NS, "translation"]);
  const [step, setStep] = useState(0);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [target, setTarget] = useState<Target | null>(null);
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
              setPlan(p.plan);
              setTarget(tg);
              setStep(1);
            }}
          />
        </Stepper.Step>
        <Stepper.Step label={t("stepTable")}>
          {plan && preview && (
            <Stack gap="sm">
              <PlanTable plan={plan} warnings={preview.warnings} onChange={setPlan} />
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
          {plan && target && (
            <Stack gap="sm">
              <SaveStep plan={plan} target={target} />
              {nav}
            </Stack>
          )}
        </Stepper.Step>
      </Stepper>
    </Stack>
  );
}
