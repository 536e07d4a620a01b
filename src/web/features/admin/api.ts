/** Admin queries and writes: territories, organizations with aliases, users and roles. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Organization, OutboxMessage, User } from "../../../domain/views.ts";
import { api, type Page } from "../../lib/api-client.ts";

export type { User };

/** Every organization (first 200), by text. */
export function useAllOrganizations(q: string) {
  return useQuery({
    queryKey: ["admin-orgs", q],
    queryFn: ({ signal }) => api.get<Page<Organization>>("/organizations", { q, pageSize: 200 }, signal),
  });
}

/** A page of users. */
export function useUsers(q: string, page: number) {
  return useQuery({
    queryKey: ["admin-users", q, page],
    queryFn: ({ signal }) => api.get<Page<User>>("/users", { q, page, pageSize: 25 }, signal),
  });
}

/** A page of the outbox, newest first, optionally of one status. */
export function useOutbox(status: string, page: number) {
  return useQuery({
    queryKey: ["admin-outbox", status, page],
    queryFn: ({ signal }) =>
      api.get<Page<OutboxMessage>>("/outbox", { status: status || undefined, page, pageSize: 25 }, signal),
  });
}

/** Any admin write; refreshes the admin lists after it. */
export function useAdminWrite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (w: { method: "post" | "patch"; path: string; body: unknown; ifMatch?: string }) =>
      w.method === "post"
        ? api.post<unknown>(w.path, w.body)
        : api.patch<unknown>(w.path, w.body, w.ifMatch ?? null),
    onSuccess: () => {
      for (const key of ["admin-orgs", "admin-users", "territories", "organizations"])
        void client.invalidateQueries({ queryKey: [key] });
    },
  });
}
