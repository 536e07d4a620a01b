/** The admin screen: territories, organizations (aliases), users and roles, the outbox. */
import { Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { NS } from "../i18n.ts";
import { OrganizationsTab } from "./organizations-tab.tsx";
import { OutboxTab } from "./outbox-tab.tsx";
import { TerritoriesTab } from "./territories-tab.tsx";
import { UsersTab } from "./users-tab.tsx";

/** The admin screen. */
export function AdminPage() {
  const { t } = useTranslation([NS, "translation"]);
  return (
    <Stack gap="md">
      <Title order={1}>{t("title")}</Title>
      <Tabs defaultValue="users" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="users">{t("users")}</Tabs.Tab>
          <Tabs.Tab value="organizations">{t("organizations")}</Tabs.Tab>
          <Tabs.Tab value="territories">{t("territories")}</Tabs.Tab>
          <Tabs.Tab value="outbox">{t("outbox")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="users" pt="sm">
          <UsersTab />
        </Tabs.Panel>
        <Tabs.Panel value="organizations" pt="sm">
          <OrganizationsTab />
        </Tabs.Panel>
        <Tabs.Panel value="territories" pt="sm">
          <TerritoriesTab />
        </Tabs.Panel>
        <Tabs.Panel value="outbox" pt="sm">
          <OutboxTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
