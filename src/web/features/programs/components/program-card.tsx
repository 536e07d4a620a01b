/** One program in the list: title, territory, period, status, progress and overdue count. */
import { Anchor, Badge, Card, Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../app/i18n/format.ts";
import { FormulaNote } from "../../../components/formula-note.tsx";
import { OverdueChip } from "../../../components/status-chip.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import type { ProgramListItem } from "../api.ts";

/** A card linking to the program page (or the public page for a guest). */
export function ProgramCard({ program, to }: { program: ProgramListItem; to: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = useLocalName();
  const { from, to: until } = program.period;
  return (
    <Card withBorder padding="md" component="article" data-testid="program-card">
      <Stack gap="xs">
        <Anchor
          component={Link}
          to={to}
          reloadDocument={to.startsWith("/public")}
          fw={600}
          className="pre-line"
        >
          {program.title}
        </Anchor>
        <Group gap="xs">
          <Text size="sm">{name(program.territory)}</Text>
          <Text size="sm" c="dimmed">
            {from === until
              ? t("program.periodOne", { from })
              : t("program.periodValue", { from, to: until })}
          </Text>
          <Badge variant="outline" color="dark.5" tt="none">
            {t(`programStatus.${program.status}`)}
          </Badge>
          <Badge variant="outline" color={program.published ? "teal.9" : "gray.7"} tt="none">
            {program.published ? t("programs.published") : t("programs.notPublished")}
          </Badge>
          <Text size="xs" c="dimmed">
            {t("program.version")} {program.version}
          </Text>
        </Group>
        <Group gap="sm" wrap="nowrap">
          <Progress
            value={program.progress}
            flex={1}
            aria-label={`${t("programs.progress")}: ${format.percent(program.progress)}`}
          />
          <Text size="sm" fw={600}>
            {format.percent(program.progress)}
          </Text>
          <FormulaNote formula={program.formula} />
        </Group>
        <Group gap="xs">
          <Text size="sm">{t("programs.measureCount", { count: program.measureCount })}</Text>
          {program.overdue > 0 && <OverdueChip />}
          {program.overdue > 0 && (
            <Text size="sm" c="red.9">
              {t("programs.overdueCount", { count: program.overdue })}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  );
}
