/** The printable view of a program: header, summary and every measure in one table, then the print dialog. */
import { Button, Group, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryState } from "../../../components/states.tsx";
import { useAllMeasures, useProgram } from "../api.ts";
import { COLUMNS } from "../columns.ts";
import { MeasureTable } from "./measure-table.tsx";
import { ProgramHeader } from "./program-header.tsx";
import { useIdParam } from "./program-page.tsx";
import { ProgressSummary } from "./progress-summary.tsx";

/** The whole action table on paper (print CSS hides the header and the buttons). */
export function PrintPage() {
  const { t } = useTranslation();
  const id = useIdParam();
  const program = useProgram(id);
  const measures = useAllMeasures(id);
  return (
    <QueryState query={program}>
      {(p) => (
        <Stack gap="md">
          <Group className="no-print" gap="xs">
            <Button onClick={() => window.print()} size="xs">
              {t("common.print")}
            </Button>
            <Button component={Link} to={`/programs/${p.id}`} variant="default" size="xs">
              {t("common.back")}
            </Button>
          </Group>
          <ProgramHeader program={p} />
          <ProgressSummary programId={p.id} />
          <QueryState query={measures}>
            {(items) => <MeasureTable program={p} measures={items} columns={[...COLUMNS]} grouped table />}
          </QueryState>
        </Stack>
      )}
    </QueryState>
  );
}
