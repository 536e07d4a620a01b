/** The planner's setting of how a program's progress weighs its measures (equal or by cost). */
import { Paper, SegmentedControl, Stack, Text } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { WEIGHTINGS, type Weighting } from "../../../../domain/progress-formula.ts";
import { api, isApiError } from "../../../lib/api-client.ts";
import { hasRole, type Me, useMe } from "../../auth/api.ts";
import type { Program } from "../api.ts";
import { NS } from "../i18n.ts";

/** True when the user plans (or administers) the program's territory or one above it. */
export function managesProgram(me: Me | null | undefined, program: Program): boolean {
  const ids = new Set((program.territory?.path ?? "").split("/").filter(Boolean));
  return (
    hasRole(me, "planner", "admin") &&
    (me?.grants ?? []).some(
      (g) => (g.role === "planner" || g.role === "admin") && ids.has(String(g.territoryId)),
    )
  );
}

/** The setting, for those who may change it (others read the rule in each figure's formula). */
export function ProgressWeighting({ program }: { program: Program }) {
  const { t } = useTranslation(NS);
  const me = useMe();
  const client = useQueryClient();
  const labelId = useId();
  const save = useMutation({
    mutationFn: (rule: Weighting) =>
      api.patch<Program>(`/programs/${program.id}`, { progressWeighting: rule }, `"${program.rowVersion}"`),
    onSettled: () => {
      void client.invalidateQueries({ queryKey: ["program", program.id] });
      void client.invalidateQueries({ queryKey: ["programs"] });
    },
  });
  if (!managesProgram(me.data, program)) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={labelId} className="no-print">
      <Stack gap={6}>
        <Text fw={600} id={labelId}>
          {t("weighting")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("weightingHint")}
        </Text>
        <SegmentedControl
          aria-labelledby={labelId}
          value={program.progressWeighting}
          disabled={save.isPending}
          onChange={(value) => save.mutate(value as Weighting)}
          data={WEIGHTINGS.map((rule) => ({ value: rule, label: t(`weighting_${rule}`) }))}
          style={{ alignSelf: "flex-start", maxWidth: "100%" }}
        />
        {save.isSuccess && (
          <Text size="sm" c="teal.9" role="status">
            {t("weightingSaved")}
          </Text>
        )}
        {save.isError && (
          <Text size="sm" c="red.9" role="alert">
            {isApiError(save.error, "conflict") ? t("weightingConflict") : String(save.error.message)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
