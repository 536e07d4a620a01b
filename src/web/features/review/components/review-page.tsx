/** The planner's screen: the review queue, reporting periods, and who has not reported yet. */
import { Stack, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { EmptyState, QueryState } from "../../../components/states.tsx";
import { NS } from "../i18n.ts";
import { PeriodsPanel } from "./periods-panel.tsx";
import { ProgramPeriodPicker, useProgramPeriod } from "./program-period-picker.tsx";
import { RateTable } from "./rate-table.tsx";
import { ReviewQueue } from "./review-queue.tsx";

/** The review screen. */
export function ReviewPage() {
  const { t } = useTranslation([NS, "translation"]);
  const state = useProgramPeriod();
  const { programId, period } = state;
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed" size="sm">
          {t("subtitle")}
        </Text>
      </div>
      <QueryState query={state.programs}>
        {(programs) =>
          programs.items.length === 0 || programId === null ? (
            <EmptyState>{t("noPrograms")}</EmptyState>
          ) : (
            <Stack gap="md">
              <ProgramPeriodPicker state={state} />
              <Tabs defaultValue="queue" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="queue">{t("queue")}</Tabs.Tab>
                  <Tabs.Tab value="rate">{t("rate")}</Tabs.Tab>
                  <Tabs.Tab value="periods">{t("periods")}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="queue" pt="sm">
                  {period && (
                    <ReviewQueue key={`${programId}:${period}`} programId={programId} period={period} />
                  )}
                </Tabs.Panel>
                <Tabs.Panel value="rate" pt="sm">
                  {period && <RateTable programId={programId} period={period} />}
                </Tabs.Panel>
                <Tabs.Panel value="periods" pt="sm">
                  <PeriodsPanel programId={programId} />
                </Tabs.Panel>
              </Tabs>
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
