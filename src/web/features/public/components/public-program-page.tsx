/** The public page of a published program: no login, read-only, the same table and progress. */
import { Alert, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/states.tsx";
import { useMe } from "../../auth/api.ts";
import { useProgram } from "../../programs/api.ts";
import { ActionPlan } from "../../programs/components/action-plan.tsx";
import { ProgramHeader } from "../../programs/components/program-header.tsx";
import { useIdParam } from "../../programs/components/program-page.tsx";
import { ProgressSummary } from "../../programs/components/progress-summary.tsx";

/** The read-only program screen anyone may open. */
export function PublicProgramPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const me = useMe();
  const program = useProgram(id);
  return (
    <QueryState query={program}>
      {(p) => (
        <Stack gap="md">
          <Alert color="blue" variant="light" className="no-print">
            {p.published ? t("public.note") : t("public.notPublished")}
          </Alert>
          <ProgramHeader program={p} />
          <ProgressSummary programId={p.id} />
          <ActionPlan program={p} signedIn={Boolean(me.data)} linkOf={(m) => `/measures/${m.id}`} />
        </Stack>
      )}
    </QueryState>
  );
}
