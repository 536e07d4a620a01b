/** The program page: header, progress summary and the action table. */
import { Anchor, Button, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { QueryState } from "../../../components/states.tsx";
import { useMe } from "../../auth/api.ts";
import { ProgramTabs } from "../../program-history/components/program-tabs.tsx";
import { useProgram } from "../api.ts";
import { ActionPlan } from "./action-plan.tsx";
import { OfficialReportMenu } from "./official-report-menu.tsx";
import { ProgramHeader } from "./program-header.tsx";
import { ProgressSummary } from "./progress-summary.tsx";
import { ProgressWeighting } from "./progress-weighting.tsx";

/** The id in the path, or 0 (which the API answers with 404/400). */
export function useIdParam(): number {
  const { id } = useParams();
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The program screen for signed-in users (guests see the public page). */
export function ProgramPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const me = useMe();
  const program = useProgram(id);
  return (
    <QueryState query={program}>
      {(p) => (
        <Stack gap="md">
          <ProgramHeader
            program={p}
            actions={
              <Group gap="xs" className="no-print">
                <Button component={Link} to={`/programs/${p.id}/print`} variant="default" size="xs">
                  {t("program.printView")}
                </Button>
                {me.data && <OfficialReportMenu program={p} />}
                {p.published && (
                  <Anchor component={Link} to={`/public/programs/${p.id}`} reloadDocument size="sm">
                    {t("program.publicLink")}
                  </Anchor>
                )}
              </Group>
            }
          />
          <ProgressSummary programId={p.id} />
          <ProgressWeighting program={p} />
          <ActionPlan program={p} signedIn={Boolean(me.data)} linkOf={(m) => `/measures/${m.id}`} />
          {me.data && <ProgramTabs program={p} me={me.data} />}
        </Stack>
      )}
    </QueryState>
  );
}
