/**
 * The signed-in tabs under a program's action table: its History (versions and their diff) and its
 * Meetings with residents, and for planners the link to the residents' questions.
 */
import { Anchor, Stack, Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { hasRole, type Me } from "../../auth/api.ts";
import { NS as FEEDBACK } from "../../feedback/i18n.ts";
import { MeetingsTab } from "../../meetings/components/meetings-tab.tsx";
import { NS as MEETINGS } from "../../meetings/i18n.ts";
import { NS } from "../i18n.ts";
import { HistoryTab } from "./history-tab.tsx";

/** History and Meetings of a program; `me` decides whether the planner's parts show (the API decides for real). */
export function ProgramTabs({ program, me }: { program: { id: number; currentVersion: number }; me: Me }) {
  const { t } = useTranslation([NS, MEETINGS, FEEDBACK]);
  const planner = hasRole(me, "planner", "admin");
  return (
    <Stack gap="xs" className="no-print">
      {/* a link is not a tab: it stays outside the tab list (ARIA) */}
      {planner && (
        <Anchor component={Link} to={`/programs/${program.id}/feedback`} size="sm">
          {t(`${FEEDBACK}:title`)}
        </Anchor>
      )}
      <Tabs defaultValue="history" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="history">{t(`${NS}:tab`)}</Tabs.Tab>
          <Tabs.Tab value="meetings">{t(`${MEETINGS}:tab`)}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="history" pt="md">
          <HistoryTab programId={program.id} current={program.currentVersion} />
        </Tabs.Panel>
        <Tabs.Panel value="meetings" pt="md">
          <MeetingsTab programId={program.id} canRecord={planner} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
