/** Step 1: territory, target (new program or a version of one), a file or pasted text. */
import { Button, FileInput, NativeSelect, Progress, Radio, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/states.tsx";
import { useLocalName } from "../../../lib/localized.ts";
import { useMe } from "../../auth/api.ts";
import { usePrograms, useTerritories } from "../../programs/api.ts";
import { type Preview, previewImport, type UploadProgress } from "../api.ts";
import { NS } from "../i18n.ts";

/** The choices made in step 1. */
export interface Target {
  territoryId: number;
  programId: number | null;
  sourceName: string;
}

/** The upload form; `onRead` gets the preview. */
export function UploadStep(props: { onRead: (preview: Preview, target: Target) => void }) {
  const { t } = useTranslation([NS, "translation"]);
  const name = useLocalName();
  const territories = useTerritories();
  const programs = usePrograms({ pageSize: 200 });
  const [territoryId, setTerritoryId] = useState("");
  const [mode, setMode] = useState<"new" | "version">("new");
  const [programId, setProgramId] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const me = useMe();
  // Default: the territory of the user's first role (a planner's own city), else the first one.
  const tid = Number(territoryId || me.data?.grants[0]?.territoryId || territories.data?.items[0]?.id || 0);
  const pid = mode === "version" ? Number(programId || programs.data?.items[0]?.id || 0) : 0;
  const read = async () => {
    const doc = file ?? (text.trim() ? new File([text], "pasted.txt", { type: "text/plain" }) : null);
    if (!doc || !tid) return;
    setBusy(true);
    setError(null);
    try {
      const preview = await previewImport(
        doc,
        { territoryId: tid, programId: pid || undefined },
        setProgress,
      );
      props.onRead(preview, { territoryId: tid, programId: pid || null, sourceName: doc.name });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  return (
    <Stack gap="sm" maw={720}>
      <NativeSelect
        label={t("territory")}
        value={String(tid || "")}
        data={(territories.data?.items ?? []).map((x) => ({
          value: String(x.id),
          label: `${"· ".repeat(Math.max(0, x.path.split("/").length - 3))}${name(x)}`,
        }))}
        onChange={(e) => setTerritoryId(e.currentTarget.value)}
      />
      <Radio.Group
        label={t("target")}
        value={mode}
        onChange={(v) => setMode(v === "version" ? "version" : "new")}
      >
        <Stack gap={4} mt={4}>
          <Radio value="new" label={t("asNew")} />
          <Radio value="version" label={t("asVersion")} disabled={(programs.data?.items.length ?? 0) === 0} />
        </Stack>
      </Radio.Group>
      {mode === "version" && (
        <NativeSelect
          aria-label={t("asVersion")}
          value={String(pid || "")}
          data={(programs.data?.items ?? []).map((p) => ({
            value: String(p.id),
            label: p.title.slice(0, 90),
          }))}
          onChange={(e) => setProgramId(e.currentTarget.value)}
        />
      )}
      <FileInput
        label={t("file")}
        accept=".docx,.pdf,.xlsx,.txt,.csv,.doc,.rtf,.odt"
        value={file}
        onChange={setFile}
        clearable
      />
      <Textarea
        label={t("paste")}
        autosize
        minRows={4}
        maxRows={12}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      {progress && <UploadState progress={progress} />}
      {error !== null && <ErrorState error={error} />}
      <Button
        onClick={() => void read()}
        loading={busy}
        disabled={!tid || (!file && !text.trim())}
        w="fit-content"
      >
        {t("read")}
      </Button>
    </Stack>
  );
}

/** The two steps of a preview: the bytes going up (a bar), then the server reading them. */
function UploadState({ progress }: { progress: UploadProgress }) {
  const { t } = useTranslation([NS, "translation"]);
  const percent = progress.phase === "sending" ? Math.round((progress.fraction ?? 0) * 100) : 100;
  const label = progress.phase === "sending" ? t("uploading", { percent }) : t("reading");
  return (
    <Stack gap={4} role="status" aria-live="polite" data-testid="upload-progress">
      <Progress value={percent} animated={progress.phase === "reading"} aria-label={label} />
      <Text size="sm">{label}</Text>
    </Stack>
  );
}
