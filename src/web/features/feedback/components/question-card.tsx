/** One question in the moderation queue, with its three actions. */
import { Badge, Button, Group, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/states.tsx";
import { type FeedbackItem, useModerate } from "../api.ts";
import { NS } from "../i18n.ts";

/** A question: what was asked, about what, by whom (as given), and publish / hide / answer. */
export function QuestionCard({ programId, item }: { programId: number; item: FeedbackItem }) {
  const { t } = useTranslation(NS);
  const moderate = useModerate(programId);
  const [reason, setReason] = useState("");
  const [answer, setAnswer] = useState(item.answer ?? "");
  const about =
    item.measureId === null
      ? t("program")
      : t("measure", { label: `${item.measureNumber ?? ""} ${item.measureAction ?? ""}`.trim() });
  const run = (moderation: Parameters<typeof moderate.mutate>[0]["moderation"]) =>
    moderate.mutate({ item, moderation });
  return (
    <Paper withBorder p="md" data-testid="question">
      <Stack gap="xs">
        <Group gap="xs">
          <Badge>{t(`status.${item.status}`)}</Badge>
          {!item.verified && <Badge color="gray">{t("unverified")}</Badge>}
          <Text size="sm" c="dimmed">
            {about}
          </Text>
        </Group>
        <Text style={{ whiteSpace: "pre-wrap" }}>{item.body}</Text>
        {item.authorName && (
          <Text size="sm">
            {t("author", { name: item.authorName })} ({item.showName ? t("nameShown") : t("nameHidden")})
          </Text>
        )}
        {item.contact && <Text size="sm">{t("contact", { contact: item.contact })}</Text>}
        {item.hiddenReason && <Text size="sm">{t("hiddenBecause", { reason: item.hiddenReason })}</Text>}
        <Textarea label={t("answer")} value={answer} onChange={(e) => setAnswer(e.currentTarget.value)} />
        <Group gap="xs" align="flex-end">
          <Button
            size="xs"
            disabled={answer.trim() === ""}
            loading={moderate.isPending}
            onClick={() => run({ action: "answer", answer })}
          >
            {t("sendAnswer")}
          </Button>
          {item.status !== "published" && (
            <Button size="xs" variant="default" onClick={() => run({ action: "publish" })}>
              {t("publish")}
            </Button>
          )}
          <TextInput
            size="xs"
            label={t("reason")}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Button
            size="xs"
            color="red"
            variant="light"
            disabled={reason.trim() === ""}
            onClick={() => run({ action: "hide", reason })}
          >
            {t("hide")}
          </Button>
        </Group>
        {moderate.isError && <ErrorState error={moderate.error} />}
      </Stack>
    </Paper>
  );
}
