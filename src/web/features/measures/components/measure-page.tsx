/** The measure page: every field, targets vs actuals, report history, audit trail, versions. */
import { Anchor, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { isOverdue } from "../../../../domain/measure-progress.ts";
import { QueryState } from "../../../components/states.tsx";
import { useMe } from "../../auth/api.ts";
import { useProgramSummary } from "../../programs/api.ts";
import { useIdParam } from "../../programs/components/program-page.tsx";
import { type Measure, type ReportDetail, useMeasure, useMeasureReports, useReportDetails } from "../api.ts";
import { AuditTrail } from "./audit-trail.tsx";
import { MeasureFields } from "./measure-fields.tsx";
import { MeasureVersions } from "./measure-versions.tsx";
import { ReportTimeline } from "./report-timeline.tsx";
import { TargetsBlock } from "./targets-block.tsx";

/** The measure screen. */
export function MeasurePage() {
  const id = useIdParam();
  const measure = useMeasure(id);
  return <QueryState query={measure}>{(m) => <MeasureView measure={m} />}</QueryState>;
}

function MeasureView({ measure }: { measure: Measure }) {
  const { t } = useTranslation();
  const me = useMe();
  const signedIn = Boolean(me.data);
  const reports = useMeasureReports(measure.id, signedIn);
  const leadAccepted = (reports.data?.items ?? []).filter(
    (r) => r.role === "lead" && r.workflow === "accepted",
  );
  const details = useReportDetails(leadAccepted);
  // GET /reports/{id} has the values but not the body's role and name, which the list item carries.
  const loaded = details.flatMap((d, i): ReportDetail[] => {
    const item = leadAccepted[i];
    return d.data && item ? [{ ...item, ...d.data, role: item.role, period: item.period }] : [];
  });
  const back = signedIn ? `/programs/${measure.programId}` : `/public/programs/${measure.programId}`;
  // "today" is the server's (TODAY pins it in demos), read from the program summary.
  const today = useProgramSummary(measure.programId).data?.today;
  const overdue =
    today !== undefined &&
    isOverdue(
      {
        deadlineTo: measure.deadline.to,
        repeat: measure.deadline.repeat,
        done: measure.state.done,
        status: measure.state.status,
        firstOpenYear: measure.state.firstOpenYear,
      },
      today,
    );
  return (
    <Stack gap="md">
      <Anchor component={Link} to={back} reloadDocument={!signedIn} size="sm">
        ← {t("measure.backToProgram")}
      </Anchor>
      <div>
        <Text size="sm" c="dimmed">
          {t("measure.title")} {measure.number ? `№ ${measure.number}` : ""}
        </Text>
        <Title order={1} className="pre-line page-title">
          {measure.action}
        </Title>
      </div>
      <MeasureFields measure={measure} overdue={overdue} />
      {signedIn && (
        <QueryState query={reports}>
          {(page) => (
            <>
              <TargetsBlock measure={measure} reports={loaded} />
              <ReportTimeline reports={page.items} />
            </>
          )}
        </QueryState>
      )}
      <AuditTrail measureId={measure.id} signedIn={signedIn} />
      <MeasureVersions measure={measure} signedIn={signedIn} />
    </Stack>
  );
}
