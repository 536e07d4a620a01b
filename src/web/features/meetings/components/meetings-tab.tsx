/** The Meetings tab of the program page: meetings with residents, and a form for the planner. */
import { Button, MultiSelect, NumberInput, Paper, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState, QueryState } from "../../../components/states.tsx";
import { useAllMeasures } from "../../programs/api.ts";
import { type NewMeeting, useMeetings, useRecordMeeting } from "../api.ts";
import { NS } from "../i18n.ts";

/** The list, and the form when the user may record (`canRecord`: the program's planner). */
export function MeetingsTab({ programId, canRecord }: { programId: number; canRecord: boolean }) {
  const { t } = useTranslation(NS);
  const meetings = useMeetings(programId);
  return (
    <Stack gap="md">
      <QueryState query={meetings}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{t("empty")}</Text>
          ) : (
            list.map((m) => (
              <Paper withBorder p="sm" key={m.id}>
                <Text fw={600}>
                  {m.heldOn} · {m.place} · {t("participants")}: {m.participants}
                </Text>
                {m.questions && <Text size="sm">{m.questions}</Text>}
              </Paper>
            ))
          )
        }
      </QueryState>
      {canRecord && <MeetingForm programId={programId} />}
    </Stack>
  );
}

const EMPTY: NewMeeting = { heldOn: "", place: "", participants: 0, questions: "", measureIds: [] };

function MeetingForm({ programId }: { programId: number }) {
  const { t } = useTranslation(NS);
  const [draft, setDraft] = useState<NewMeeting>(EMPTY);
  const record = useRecordMeeting(programId);
  const measures = useAllMeasures(programId);
  const options = (measures.data ?? []).map((m) => ({
    value: String(m.id),
    label: `${m.number ?? ""} ${m.action}`.trim().slice(0, 120),
  }));
  const set = (patch: Partial<NewMeeting>) => setDraft((d) => ({ ...d, ...patch }));
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={(e) => {
        e.preventDefault();
        record.mutate(draft, { onSuccess: () => setDraft(EMPTY) });
      }}
    >
      <Stack gap="xs">
        <TextInput
          type="date"
          label={t("heldOn")}
          required
          value={draft.heldOn}
          onChange={(e) => set({ heldOn: e.currentTarget.value })}
        />
        <TextInput
          label={t("place")}
          required
          value={draft.place}
          onChange={(e) => set({ place: e.currentTarget.value })}
        />
        <NumberInput
          label={t("participants")}
          min={0}
          value={draft.participants}
          onChange={(v) => set({ participants: Number(v) || 0 })}
        />
        <Textarea
          label={t("questions")}
          value={draft.questions}
          onChange={(e) => set({ questions: e.currentTarget.value })}
        />
        <MultiSelect
          label={t("measures")}
          data={options}
          searchable
          value={draft.measureIds.map(String)}
          onChange={(v) => set({ measureIds: v.map(Number) })}
        />
        <Button type="submit" loading={record.isPending}>
          {t("record")}
        </Button>
        {record.isSuccess && (
          <Text size="sm" role="status">
            {t("saved")}
          </Text>
        )}
        {record.isError && <ErrorState error={record.error} />}
      </Stack>
    </Paper>
  );
}
