/** Sign in, sign out and the current user (GET /auth/me); keeps the CSRF token for writes. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Grant, MeResponse, SignedIn, User } from "../../../domain/views.ts";
import { api, isApiError, setCsrfToken } from "../../lib/api-client.ts";

export type { Grant };

/** The signed-in user as the screens need it. */
export interface Me {
  userId: number;
  organizationId: number | null;
  grants: Grant[];
  login: string;
  displayName: string;
  organizationName: string | null;
}

const ME_KEY = ["auth", "me"] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<MeResponse>("/auth/me");
    setCsrfToken(me.csrfToken);
    const user = await api.get<User>(`/users/${me.userId}`).catch(() => null);
    return {
      userId: me.userId,
      organizationId: me.organizationId,
      grants: me.grants,
      login: user?.login ?? String(me.userId),
      displayName: user?.displayName ?? user?.login ?? String(me.userId),
      organizationName: user?.organizationName ?? null,
    };
  } catch (error) {
    if (isApiError(error, "unauthorized")) return null;
    throw error;
  }
}

/** The signed-in user, or null for a guest. */
export function useMe() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: false });
}

/** True when the user holds one of these roles anywhere. */
export function hasRole(me: Me | null | undefined, ...roles: Grant["role"][]): boolean {
  return me?.grants.some((g) => roles.includes(g.role)) ?? false;
}

/** Signs in; on success every cached answer is dropped (they depended on being a guest). */
export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (input: { login: string; password: string }) => {
      const result = await api.post<SignedIn>("/auth/login", input);
      setCsrfToken(result.csrfToken);
      return result;
    },
    onSuccess: async () => {
      client.removeQueries();
      await client.fetchQuery({ queryKey: ME_KEY, queryFn: fetchMe });
    },
  });
}

/** Signs out and forgets every cached answer. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>("/auth/logout"),
    onSettled: () => {
      setCsrfToken("");
      client.removeQueries();
      client.setQueryData(ME_KEY, null);
    },
  });
}
