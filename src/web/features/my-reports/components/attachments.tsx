/** The files attached to a report: a list of download links and an upload button. */
import { Anchor, Button, FileButton, Group, List, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/states.tsx";
import { attachFile, type Report } from "../api.ts";
import { NS } from "../i18n.ts";

/** Attachments of a saved report; upload needs a draft or returned report. */
export function Attachments(props: { report: Report | null; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation([NS, "translation"]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { report } = props;
  const upload = async (file: File | null) => {
    if (!file || !report) return;
    setBusy(true);
    setError(null);
    try {
      await attachFile(report.id, file);
      props.onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t("attachments")}
      </Text>
      {report && report.attachments.length > 0 && (
        <List size="sm">
          {report.attachments.map((a) => (
            <List.Item key={a.id}>
              <Anchor href={`/api/v1/attachments/${a.id}`} download={a.fileName}>
                {a.fileName}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {props.editable &&
        (report ? (
          <Group>
            <FileButton onChange={(f) => void upload(f)}>
              {(p) => (
                <Button {...p} size="xs" variant="default" loading={busy}>
                  {t("attach")}
                </Button>
              )}
            </FileButton>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t("attachFirst")}
          </Text>
        ))}
      {error !== null && <ErrorState error={error} />}
    </Stack>
  );
}
