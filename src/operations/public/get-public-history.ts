import type { Db } from "../../db/connect.ts";
import { ANONYMOUS } from "../../domain/access.ts";
import type { PublicHistory } from "../../domain/views/public.ts";
import { versionDiff } from "../programs/diff-program-versions.ts";
import { listProgramVersions } from "../programs/list-program-versions.ts";
import { loadPublicProgram } from "./public-program-access.ts";

/** Versions shown on one page: a program is amended a few times a year, never hundreds. */
const MAX_VERSIONS = 200;

/**
 * A published program's plan history: every version (newest first) and the diff between `from`
 * and `to` — by default the current version against the one before it (none for a single version).
 */
export async function getPublicHistory(
  db: Db,
  programId: number,
  wanted: { from?: number | undefined; to?: number | undefined },
): Promise<PublicHistory> {
  const program = await loadPublicProgram(db, programId);
  const page = await listProgramVersions(db, ANONYMOUS, programId, { page: 1, pageSize: MAX_VERSIONS });
  const versions = page.items.map(({ createdBy: _, createdAt, ...v }) => ({
    ...v,
    createdAt: createdAt.toISOString(),
  }));
  const to = wanted.to ?? program.currentVersion;
  const from = wanted.from ?? to - 1;
  const diff = from >= 1 && from !== to ? await versionDiff(db, programId, from, to) : null;
  return { program, versions, diff };
}
