/** Download the XLSX template of the territory's subtree for a year, and upload it filled. */
import { Button, Card, FileInput, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../../../components/states.tsx";
import { templateHref, useImportTemplate } from "../api.ts";
import { NS } from "../i18n.ts";

/** The template's link and the upload of a filled one; a bad cell's error names the cell. */
export function TemplateBox({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation(NS);
  const errorText = useErrorText();
  const upload = useImportTemplate(code);
  return (
    <Card withBorder padding="sm">
      <Stack gap="xs" align="flex-start">
        <Title order={3} size="h5">
          {t("template")}
        </Title>
        <Text size="sm">{t("templateHint")}</Text>
        <Button component="a" href={templateHref(code, year)} download variant="light">
          {t("download", { year })}
        </Button>
        <FileInput
          label={t("upload")}
          accept=".xlsx"
          clearable
          onChange={(file) => file && upload.mutate(file)}
        />
        {upload.error && (
          <Text c="red" size="sm" role="alert">
            {errorText(upload.error)} {upload.error instanceof Error ? upload.error.message : ""}
          </Text>
        )}
        {upload.data && (
          <Text c="green" size="sm" role="status">
            {t("imported", upload.data)}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
