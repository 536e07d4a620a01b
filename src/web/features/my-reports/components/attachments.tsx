/**
 * The files attached to a report: a list of download links and an upload button. Uploads are
 * resumable (resumable-upload.ts): a progress bar follows the bytes, and a dropped connection
 * shows "waiting for the connection" until the upload continues where it stopped.
 */
import { Anchor, Button, FileButton, Group, List, Progress, Stack, Text } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/states.tsx";
import type { Report } from "../api.ts";
import { NS } from "../i18n.ts";
import { type UploadState, uploadAttachment } from "../resumable-upload.ts";

/** Attachments of a saved report; upload needs a draft or returned report. */
export function Attachments(props: { report: Report | null; editable: boolean; onChanged: () => void }) {
  const { t } = useTranslation([NS, "translation"]);
  const [sending, setSending] = useState<{ name: string; state: UploadState } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const stop = useRef<AbortController | null>(null);
  // Leaving the form stops the upload; what arrived stays, and choosing the file again resumes it.
  useEffect(() => () => stop.current?.abort(), []);
  const { report } = props;
  const upload = async (file: File | null) => {
    if (!file || !report) return;
    const controller = new AbortController();
    stop.current = controller;
    setError(null);
    setSending({ name: file.name, state: { sent: 0, total: file.size, waiting: false } });
    try {
      await uploadAttachment(
        report.id,
        file,
        (state) => setSending({ name: file.name, state }),
        controller.signal,
      );
      props.onChanged();
    } catch (e) {
      if (!controller.signal.aborted) setError(e);
    } finally {
      if (!controller.signal.aborted) setSending(null);
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
      {sending && <UploadProgress name={sending.name} state={sending.state} />}
      {props.editable &&
        (report ? (
          <Group>
            <FileButton onChange={(f) => void upload(f)}>
              {(p) => (
                <Button {...p} size="xs" variant="default" loading={sending !== null}>
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

/** The file on its way: a bar of the bytes the server has, and the wait for a connection. */
function UploadProgress({ name, state }: { name: string; state: UploadState }) {
  const { t } = useTranslation([NS, "translation"]);
  const percent = state.total > 0 ? Math.floor((state.sent / state.total) * 100) : 0;
  return (
    <Stack gap={2} data-testid="upload-progress" data-waiting={state.waiting}>
      <Text size="sm">{t("uploadingFile", { name, percent })}</Text>
      <Progress
        value={percent}
        striped={state.waiting}
        color={state.waiting ? "yellow" : "blue"}
        aria-label={t("uploadingFile", { name, percent })}
      />
      {state.waiting && (
        <Text size="sm" c="dimmed" role="status">
          {t("uploadWaiting")}
        </Text>
      )}
    </Stack>
  );
}
