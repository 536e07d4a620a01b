/** A program's header: title, territory, period, approval, status, version. */
import { Badge, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import { useLocalName } from "../../../lib/localized.ts";
import type { Program } from "../api.ts";

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500}>
        {children}
      </Text>
    </div>
  );
}

/** The header block of the program page (and of its public and printable views). */
export function ProgramHeader({ program, actions }: { program: Program; actions?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = useLocalName();
  const { periodFrom: from, periodTo: to } = program;
  const approval =
    program.approvalNumber || program.approvalDate
      ? t("program.approvalValue", {
          number: program.approvalNumber ?? "—",
          date: program.approvalDate ? format.day(program.approvalDate) : "—",
        })
      : t("program.notApproved");
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Title order={1} className="pre-line page-title" style={{ flex: "1 1 320px" }}>
          {program.title}
        </Title>
        {actions}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm">
        <Field label={t("program.territory")}>{name(program.territory)}</Field>
        <Field label={t("program.period")}>
          {from === to ? t("program.periodOne", { from }) : t("program.periodValue", { from, to })}
        </Field>
        <Field label={t("program.approval")}>{approval}</Field>
        <Field label={t("program.status")}>
          <Badge component="span" variant="outline" color="dark.5" tt="none">
            {t(`programStatus.${program.status}`)}
          </Badge>
        </Field>
        <Field label={t("program.version")}>{program.currentVersion}</Field>
      </SimpleGrid>
    </Stack>
  );
}
