/** The signed-in person's own profile: who they are and their reminder settings. */
import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LoadingState } from "../../../components/states.tsx";
import { useMe } from "../../auth/api.ts";
import { NS } from "../i18n.ts";
import { SettingsForm } from "./settings-form.tsx";

/** The profile screen (/profile). */
export function ProfilePage() {
  const { t } = useTranslation([NS, "translation"]);
  const me = useMe();
  if (me.isPending) return <LoadingState />;
  if (!me.data) return <Text>{t("translation:app.signIn")}</Text>;
  return (
    <Stack gap="md">
      <Title order={1}>{t("profile")}</Title>
      <Text>
        {me.data.displayName} ({me.data.login})
        {me.data.organizationName ? ` — ${me.data.organizationName}` : ""}
      </Text>
      <Title order={2} size="h3">
        {t("settingsTitle")}
      </Title>
      <SettingsForm userId={me.data.userId} />
    </Stack>
  );
}
