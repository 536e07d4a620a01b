/** "Remind" one body of its reports still owed in the period; says how many people were told. */
import { Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/states.tsx";
import { useRemindBody } from "../api.ts";
import { NS } from "../i18n.ts";

/** The button of one body's row in "who has not reported". */
export function RemindButton(props: {
  programId: number;
  period: string;
  organizationId: number;
  name: string;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const remind = useRemindBody(props.programId, props.period);
  const result = remind.data;
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        size="compact-xs"
        variant="default"
        loading={remind.isPending}
        aria-label={`${t("remind")}: ${props.name}`}
        onClick={() => remind.mutate(props.organizationId)}
      >
        {t("remind")}
      </Button>
      {result && (
        <Text size="xs" role="status">
          {result.people === 0 && result.reports > 0
            ? t("remindedBefore")
            : t("reminded", { people: result.people })}
        </Text>
      )}
      {remind.error && <ErrorState error={remind.error} />}
    </Group>
  );
}
