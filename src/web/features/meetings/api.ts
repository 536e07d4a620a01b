/** Meetings with residents of a program: the list and recording one. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Meeting } from "../../../domain/views/meetings.ts";
import { api } from "../../lib/api-client.ts";

export type { Meeting };

/** What a planner records. */
export type NewMeeting = Pick<Meeting, "heldOn" | "place" | "participants" | "questions" | "measureIds">;

/** The meetings of a program, latest first. */
export function useMeetings(programId: number) {
  return useQuery({
    queryKey: ["meetings", programId],
    queryFn: ({ signal }) => api.get<Meeting[]>(`/programs/${programId}/meetings`, undefined, signal),
  });
}

/** Records a meeting; refreshes the list. */
export function useRecordMeeting(programId: number) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewMeeting) => api.post<Meeting>(`/programs/${programId}/meetings`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["meetings", programId] }),
  });
}
