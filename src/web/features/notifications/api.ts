/** The bell (GET /notifications, polled each minute) and a user's reminder settings (ETag / If-Match). */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { NotificationList, NotificationSettings } from "../../../domain/views.ts";
import { api } from "../../lib/api-client.ts";

/** The signed-in person's bell; off for guests. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ["notifications"],
    queryFn: ({ signal }) => api.get<NotificationList>("/notifications", undefined, signal),
    enabled,
    refetchInterval: 60_000,
  });
}

/** Marks the named items read, or all of them. */
export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids?: number[]) => api.post<NotificationList>("/notifications/read", ids ? { ids } : {}),
    onSuccess: (list) => client.setQueryData(["notifications"], list),
  });
}

/** A user's reminder settings with their ETag. */
export function useNotificationSettings(userId: number | null) {
  return useQuery({
    queryKey: ["notification-settings", userId],
    queryFn: ({ signal }) =>
      api.getTagged<NotificationSettings>(`/users/${userId}/notification-settings`, signal),
    enabled: userId !== null,
  });
}

/** Saves settings against the ETag they were read with (a stale one is a conflict). */
export function useSaveSettings(userId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      patch: Partial<Omit<NotificationSettings, "userId" | "rowVersion">>;
      etag: string | null;
    }) => api.patch<NotificationSettings>(`/users/${userId}/notification-settings`, input.patch, input.etag),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ["notification-settings", userId] });
      void client.invalidateQueries({ queryKey: ["admin-users"] });
    },
  });
}
