/** A report's files in the review queue; the planner shows photos on the public portal from here. */
import { Anchor, Group, Stack, Switch, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { mayBePublic } from "../../../../domain/public-photo.ts";
import type { Report } from "../../../../domain/views.ts";
import { ErrorState } from "../../../components/states.tsx";
import { hasRole, useMe } from "../../auth/api.ts";
import { useAttachmentPublic } from "../api.ts";
import { NS } from "../i18n.ts";

/** Download links, and a "Show on the public portal" switch per photo for planners (the server checks the territory). */
export function ReportAttachments({ report }: { report: Report }) {
  const { t } = useTranslation([NS, "translation"]);
  const me = useMe();
  const change = useAttachmentPublic();
  if (report.attachments.length === 0) return null;
  const planner = hasRole(me.data, "planner", "admin");
  const photos = report.attachments.some((a) => mayBePublic(a.mimeType));
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t("attachments")}
      </Text>
      {report.attachments.map((a) => (
        <Group key={a.id} gap="md" wrap="wrap">
          <Anchor size="sm" href={`/api/v1/attachments/${a.id}`} download={a.fileName}>
            {a.fileName}
          </Anchor>
          {planner && mayBePublic(a.mimeType) && (
            <Switch
              size="sm"
              label={t("showOnPortal")}
              aria-label={`${t("showOnPortal")}: ${a.fileName}`}
              checked={a.public}
              disabled={change.isPending}
              onChange={(e) =>
                change.mutate({ id: a.id, rowVersion: a.rowVersion, public: e.currentTarget.checked })
              }
            />
          )}
        </Group>
      ))}
      {planner && photos && (
        <Text size="xs" c="dimmed">
          {t("portalHint")}
        </Text>
      )}
      {change.error && <ErrorState error={change.error} />}
    </Stack>
  );
}
