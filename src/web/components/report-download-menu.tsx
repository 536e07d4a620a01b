/** A button opening the choice of format and language of an official report, then its download link. */
import { Button, Popover, SegmentedControl, Stack } from "@mantine/core";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";

/** The words of the menu, in the caller's namespace. */
export interface ReportMenuLabels {
  button: string;
  format: string;
  language: string;
  download: string;
}

/** `href` gets the chosen format and language; `children` are the caller's own choices (a period). */
export function ReportDownloadMenu(props: {
  labels: ReportMenuLabels;
  defaultFormat: "docx" | "xlsx" | "pdf";
  href: (format: string, lang: string) => string;
  width: number;
  children?: ReactNode;
}) {
  const { i18n } = useTranslation();
  const [format, setFormat] = useState<string>(props.defaultFormat);
  const [lang, setLang] = useState(i18n.language === "ru" ? "ru" : "ky");
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button variant="default" size="xs">
          {props.labels.button}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" w={props.width}>
          {props.children}
          <SegmentedControl
            aria-label={props.labels.format}
            data={["docx", "xlsx", "pdf"].map((f) => ({ value: f, label: f.toUpperCase() }))}
            value={format}
            onChange={setFormat}
          />
          <SegmentedControl
            aria-label={props.labels.language}
            data={[
              { value: "ky", label: "Кыргызча" },
              { value: "ru", label: "Русский" },
            ]}
            value={lang}
            onChange={setLang}
          />
          <Button component="a" href={props.href(format, lang)} download>
            {props.labels.download}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
