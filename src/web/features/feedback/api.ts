/** The planner's moderation queue: questions of a program, and publishing, hiding, answering them. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FeedbackItem, FeedbackStatus } from "../../../domain/views/feedback.ts";
import { api, type Page } from "../../lib/api-client.ts";

export type { FeedbackItem, FeedbackStatus };

/** What a planner does with a question. */
export type Moderation =
  | { action: "publish" }
  | { action: "hide"; reason: string }
  | { action: "answer"; answer: string };

/** A program's questions, of one status or all. */
export function useFeedbackQueue(programId: number, status: FeedbackStatus | null) {
  return useQuery({
    queryKey: ["feedback", programId, status],
    queryFn: ({ signal }) =>
      api.get<Page<FeedbackItem>>(`/programs/${programId}/feedback`, { status, pageSize: 200 }, signal),
  });
}

/** Moderates one question at the version the screen shows (If-Match); refreshes the queue. */
export function useModerate(programId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { item: FeedbackItem; moderation: Moderation }) =>
      api.patch<FeedbackItem>(`/feedback/${input.item.id}`, input.moderation, `"${input.item.rowVersion}"`),
    onSettled: () => void client.invalidateQueries({ queryKey: ["feedback", programId] }),
  });
}
