/** The screen for a path no route knows. */
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** "Page not found" with a way home. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>{t("common.notFoundTitle")}</Title>
      <Text>{t("common.notFoundText")}</Text>
      <Anchor component={Link} to="/">
        {t("common.toHome")}
      </Anchor>
    </Stack>
  );
}
