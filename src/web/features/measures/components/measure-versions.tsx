/** The versions of the measure's program, marking the one that added (or removed) this measure. */
import { List, Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { QueryState } from "../../../components/states.tsx";
import { useProgramVersions } from "../../programs/api.ts";
import type { Measure } from "../api.ts";

/** The versions block. */
export function MeasureVersions({ measure, signedIn }: { measure: Measure; signedIn: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const versions = useProgramVersions(measure.programId, signedIn);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="versions-title">
      <Title order={2} size="h4" id="versions-title" mb="sm">
        {t("measure.versions")}
      </Title>
      <Text size="sm" mb="xs">
        {t("measure.addedIn", { version: measure.addedInVersion })}
        {measure.removedInVersion !== null &&
          ` · ${t("measure.removedIn", { version: measure.removedInVersion })}`}
      </Text>
      {!signedIn ? (
        <Text size="sm" c="dimmed">
          {t("measure.versionsUnavailable")}
        </Text>
      ) : (
        <QueryState query={versions}>
          {(page) => (
            <List size="sm" spacing={4}>
              {page.items.map((v) => (
                <List.Item key={v.number}>
                  {t("measure.versionRow", { number: v.number, source: v.sourceName })} —{" "}
                  {format.dateTime(v.createdAt)} (
                  {t("measure.versionCounts", { added: v.added, changed: v.changed, removed: v.removed })})
                  {v.number === measure.addedInVersion && (
                    <Text span ml="xs" size="xs" fw={700} c="#1e6b30">
                      {t("measure.addedIn", { version: v.number })}
                    </Text>
                  )}
                  {v.number === measure.removedInVersion && (
                    <Text span ml="xs" size="xs" fw={700} c="#a51d1d">
                      {t("measure.removedIn", { version: v.number })}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          )}
        </QueryState>
      )}
    </Paper>
  );
}
