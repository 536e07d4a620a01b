/**
 * A user's reminder settings: e-mail and frequency (the user or an admin), and "head of the body"
 * for admins. Saved with If-Match; a change by someone else in between shows as a conflict.
 */
import { Button, Checkbox, Group, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, QueryState } from "../../../components/states.tsx";
import { useNotificationSettings, useSaveSettings } from "../api.ts";
import { NS } from "../i18n.ts";

const FREQUENCIES = ["daily", "weekly", "off"] as const;
type Frequency = (typeof FREQUENCIES)[number];

/** The form for `userId`; `admin` adds the head-of-body choice. */
export function SettingsForm({ userId, admin = false }: { userId: number; admin?: boolean }) {
  const { t } = useTranslation([NS, "translation"]);
  const settings = useNotificationSettings(userId);
  const save = useSaveSettings(userId);
  const [email, setEmail] = useState("");
  const [frequency, setFrequency] = useState<Frequency>("daily");
  const [head, setHead] = useState(false);
  const loaded = settings.data?.data;
  useEffect(() => {
    if (!loaded) return;
    setEmail(loaded.email ?? "");
    setFrequency(loaded.notifyFrequency);
    setHead(loaded.bodyHead);
  }, [loaded]);
  return (
    <QueryState query={settings}>
      {({ etag }) => (
        <Stack gap="sm" maw={420}>
          <Text size="sm">{t("settingsHelp")}</Text>
          <TextInput
            type="email"
            label={t("email")}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <Radio.Group
            label={t("frequency")}
            value={frequency}
            onChange={(v) => setFrequency(v as Frequency)}
          >
            <Group gap="md" mt={4}>
              {FREQUENCIES.map((f) => (
                <Radio key={f} value={f} label={t(f)} />
              ))}
            </Group>
          </Radio.Group>
          {admin && (
            <Checkbox
              label={t("bodyHead")}
              checked={head}
              onChange={(e) => setHead(e.currentTarget.checked)}
            />
          )}
          {save.error && <ErrorState error={save.error} />}
          <Group gap="xs">
            <Button
              loading={save.isPending}
              onClick={() =>
                save.mutate({
                  patch: {
                    email: email.trim() === "" ? null : email.trim(),
                    notifyFrequency: frequency,
                    ...(admin && { bodyHead: head }),
                  },
                  etag,
                })
              }
            >
              {t("save")}
            </Button>
            {save.isSuccess && <Text size="sm">{t("saved")}</Text>}
          </Group>
        </Stack>
      )}
    </QueryState>
  );
}
