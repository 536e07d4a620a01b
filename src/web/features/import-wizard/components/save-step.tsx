/**
 * Step 4: the diff against the program's current version (when adding a version), then save the
 * import session (after its last fixes reached the server); then a link opens the program.
 */
import { Anchor, Button, Group, List, Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Plan } from "../../../../domain/plan.ts";
import { diffPlans } from "../../../../domain/plan-diff.ts";
import { ErrorState, QueryState } from "../../../components/states.tsx";
import { currentPlan, saveImport } from "../api.ts";
import { NS } from "../i18n.ts";
import type { Target } from "./upload-step.tsx";

/** The diff and the save button; `edits` settles when every fix was answered. */
export function SaveStep(props: {
  plan: Plan;
  target: Target;
  sessionId: number;
  edits: () => Promise<void>;
}) {
  const { t } = useTranslation([NS, "translation"]);
  const { plan, target } = props;
  const before = useQuery({
    queryKey: ["import-before", target.programId],
    queryFn: () => currentPlan(target.programId ?? 0),
    enabled: target.programId !== null,
  });
  const [saved, setSaved] = useState<{ programId: number; version: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await props.edits();
      setSaved(await saveImport(props.sessionId));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (saved)
    return (
      <Stack gap="xs" role="status">
        <Text>{t("saved", { id: saved.programId, version: saved.version })}</Text>
        <Anchor component={Link} to={`/programs/${saved.programId}`}>
          {t("openProgram")}
        </Anchor>
      </Stack>
    );
  return (
    <Stack gap="sm">
      {target.programId !== null && (
        <QueryState query={before}>
          {(old) => {
            const diff = diffPlans(old, plan);
            return (
              <Stack gap={4} data-testid="import-diff">
                <Text fw={600}>{t("diff")}</Text>
                <Text size="sm">{t("added", { count: diff.added.length })}</Text>
                <Text size="sm">{t("changed", { count: diff.changed.length })}</Text>
                <Text size="sm">{t("removed", { count: diff.removed.length })}</Text>
                <List size="sm">
                  {diff.changed.slice(0, 30).map((c) => (
                    <List.Item key={c.after.index}>
                      {c.after.measure.number ?? c.after.index + 1}: {c.fields.join(", ")}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            );
          }}
        </QueryState>
      )}
      {error !== null && <ErrorState error={error} />}
      <Group gap="sm">
        <Button onClick={() => void save()} disabled={busy} w="fit-content" data-testid="save-import">
          {t("save")}
        </Button>
        {busy && (
          <Group gap="xs" role="status" aria-live="polite" data-testid="saving">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t("saving")}</Text>
          </Group>
        )}
      </Group>
    </Stack>
  );
}
