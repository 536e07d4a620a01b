/**
 * A report changed elsewhere while this device's input waited to be sent: both versions side by
 * side and a choice — keep mine (sent again on their version) or take theirs (mine is dropped).
 */
import { Button, Group, Modal, SimpleGrid, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../../app/i18n/format.ts";
import type { ReportInput } from "../api.ts";
import { NS } from "../i18n.ts";
import type { QueuedReport } from "../outbox-queue.ts";
import { keepMine, takeTheirs } from "../outbox-sender.ts";

function Version({ title, input }: { title: string; input: ReportInput }) {
  const { t } = useTranslation([NS, "translation"]);
  const format = useFormat();
  return (
    <Stack gap={4} data-testid="conflict-version">
      <Text fw={700} size="sm">
        {title}
      </Text>
      <Text size="sm">
        {t("status")}: {t(`translation:status.${input.status}`)} · {input.percent} %
      </Text>
      <Text size="sm" className="pre-line">
        {t("doneText")}: {input.doneText || "—"}
      </Text>
      {input.delayReason && (
        <Text size="sm" className="pre-line">
          {t("delayReason")}: {input.delayReason}
        </Text>
      )}
      {input.spending.map((s) => (
        <Text size="sm" key={s.code}>
          {t(`translation:funding.${s.code}`)}: {format.money(s.amount)}
        </Text>
      ))}
      {input.values.map((v) => (
        <Text size="sm" key={v.indicatorId}>
          {t("values")}: {format.number(v.value)}
        </Text>
      ))}
    </Stack>
  );
}

/** The dialog of one conflicting report; `onResolved` after either choice (the form starts afresh). */
export function ConflictDialog(props: {
  entry: QueuedReport;
  name: string;
  onResolved: (theirs?: QueuedReport["theirs"]) => void;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const [busy, setBusy] = useState(false);
  const { entry } = props;
  const theirs = entry.theirs?.report;
  const choose = async (action: typeof keepMine | typeof takeTheirs) => {
    setBusy(true);
    try {
      await action(entry);
      props.onResolved(action === takeTheirs ? entry.theirs : undefined);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} title={t("conflictTitle")} size="lg">
      <Stack gap="sm">
        <Text size="sm">{props.name}</Text>
        <Text size="sm">{t("conflictDialogText")}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Version title={t("mine")} input={entry.input} />
          {theirs && <Version title={t("theirs")} input={theirs} />}
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" loading={busy} onClick={() => void choose(takeTheirs)}>
            {t("takeTheirs")}
          </Button>
          <Button loading={busy} onClick={() => void choose(keepMine)}>
            {t("keepMine")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
