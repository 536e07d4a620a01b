/** The published programs, for anyone, signed in or not. */
import { ProgramsPage } from "../../programs/components/programs-page.tsx";

/** The public list of published programs. */
export function PublicListPage() {
  return <ProgramsPage publicOnly />;
}
