/** /programs/:id/feedback — the planner's queue of residents' questions on a program. */
import { Anchor, Group, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EmptyState, QueryState } from "../../../components/states.tsx";
import { useIdParam } from "../../programs/components/program-page.tsx";
import { type FeedbackStatus, useFeedbackQueue } from "../api.ts";
import { NS } from "../i18n.ts";
import { QuestionCard } from "./question-card.tsx";

const FILTERS = ["pending", "published", "hidden", "all"] as const;

/** The moderation screen. */
export function ModerationPage() {
  const { t } = useTranslation(NS);
  const programId = useIdParam();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>("pending");
  const queue = useFeedbackQueue(programId, filter === "all" ? null : (filter as FeedbackStatus));
  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t("title")}</Title>
        <Text c="dimmed" size="sm">
          {t("subtitle")}
        </Text>
        <Group gap="md">
          <Anchor component={Link} to={`/programs/${programId}`}>
            ← {t("back")}
          </Anchor>
          <Anchor href={`/public/programs/${programId}`}>{t("publicPage")}</Anchor>
        </Group>
      </div>
      <SegmentedControl
        value={filter}
        onChange={(v) => setFilter(v as (typeof FILTERS)[number])}
        data={FILTERS.map((f) => ({ value: f, label: t(`status.${f}`) }))}
      />
      <QueryState query={queue}>
        {(page) =>
          page.items.length === 0 ? (
            <EmptyState>{t("empty")}</EmptyState>
          ) : (
            page.items.map((item) => <QuestionCard key={item.id} programId={programId} item={item} />)
          )
        }
      </QueryState>
    </Stack>
  );
}
