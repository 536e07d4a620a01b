/** The loading, empty and error states every screen shows the same way. */
import { Alert, Button, Center, Group, Loader, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { errorText } from "../lib/messages.ts";

/** A spinner with a readable label, for a screen or a block that is loading. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t("common.loading");
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{text}</Text>
      </Group>
    </Center>
  );
}

/** A quiet note that there is nothing to show. */
export function EmptyState({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center py="lg">
      <Text c="dimmed">{children ?? t("common.empty")}</Text>
    </Center>
  );
}

/** The message of an error in the user's words, by its code (lib/messages.ts). */
export function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown): string => errorText(t, error);
}

/** An error box with a retry button when the caller can retry. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <Alert color="red" title={t("errors.title")} role="alert" my="md">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text(error)}</Text>
        {onRetry && (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** Shows loading, error or the content of a query, in that order. */
export function QueryState<T>(props: {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <LoadingState />;
  if (query.error || query.data === undefined)
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <>{props.children(query.data)}</>;
}
