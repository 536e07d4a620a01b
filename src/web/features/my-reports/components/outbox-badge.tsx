/**
 * In the header: how many reports wait to be sent from this device (a link to "my reports"). It
 * also makes the signed-in user the owner of the offline data and then starts the outbox sender,
 * so queued reports go out whichever screen is open.
 */
import { Anchor, Badge } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useMe } from "../../auth/api.ts";
import { NS } from "../i18n.ts";
import { claimOfflineData } from "../offline-data.ts";
import { useQueuedReports } from "../outbox-queue.ts";
import { startOutboxSender } from "../outbox-sender.ts";

/** The count of reports waiting to be sent; nothing when none wait. */
export function OutboxBadge() {
  const { t } = useTranslation(NS);
  const userId = useMe().data?.userId ?? null;
  const queued = useQueuedReports();
  useEffect(() => {
    if (userId !== null) void claimOfflineData(userId).then(startOutboxSender);
  }, [userId]);
  if (userId === null || queued.length === 0) return null;
  const label = t("waitingCount", { count: queued.length });
  return (
    <Anchor component={Link} to="/my-reports" aria-label={label} title={label} data-testid="outbox-count">
      <Badge color="red.9" variant="filled" radius="sm">
        ⇡ {queued.length}
      </Badge>
    </Anchor>
  );
}
