/** The bell in the header: unread count, the latest items with links to their screens, mark all read. */
import { ActionIcon, Anchor, Button, Indicator, Popover, ScrollArea, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../../app/i18n/format.ts";
import { useMarkRead, useNotifications } from "../api.ts";
import { NS } from "../i18n.ts";

/** The bell of a signed-in person. */
export function Bell() {
  const { t } = useTranslation([NS, "translation"]);
  const format = useFormat();
  const list = useNotifications(true);
  const markRead = useMarkRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  return (
    // The count badge wraps the whole popover: the popover's target must be the button itself, which
    // then carries aria-haspopup (a div with it is an accessibility violation).
    <Indicator label={unread} size={16} disabled={unread === 0} offset={4}>
      <Popover width={340} position="bottom-end" shadow="md">
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="md"
            aria-label={unread > 0 ? t("bellUnread", { count: unread }) : t("bell")}
            data-testid="bell"
          >
            <span aria-hidden="true">🔔</span>
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            {items.length === 0 && <Text size="sm">{t("empty")}</Text>}
            <ScrollArea.Autosize mah={360}>
              <Stack gap={6}>
                {items.map((item) => (
                  <Anchor
                    key={item.id}
                    component={Link}
                    to={item.link}
                    size="sm"
                    fw={item.read ? 400 : 700}
                    onClick={() => !item.read && markRead.mutate([item.id])}
                  >
                    {t(item.code, { ...item.params, defaultValue: item.code })}
                    <Text component="span" size="xs" c="dimmed">
                      {" "}
                      · {format.day(item.createdAt)}
                    </Text>
                  </Anchor>
                ))}
              </Stack>
            </ScrollArea.Autosize>
            {unread > 0 && (
              <Button
                size="xs"
                variant="default"
                loading={markRead.isPending}
                onClick={() => markRead.mutate(undefined)}
              >
                {t("markAllRead")}
              </Button>
            )}
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
