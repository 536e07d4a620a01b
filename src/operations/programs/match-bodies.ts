import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizationAliases, organizations, territories } from "../../db/schema.ts";
import { bodyKey } from "../../domain/body-key.ts";

/** Which responsible strings name a known body, and which do not. */
export interface BodyMatch {
  /** name as written → organization id */
  matched: Map<string, number>;
  /** names no alias of the territory or its ancestors knows, each once, in first-seen order */
  unmatched: string[];
}

// A partner's note written without brackets still means the same body.
const AGREEMENT_NOTE = /\s*(?:макулдашуу\s+боюнча|по\s+согласованию)\s*/giu;

/** The keys a responsible string may be known by: its own, then without an agreement note. */
export function bodyKeysOf(name: string): string[] {
  const keys = [bodyKey(name), bodyKey(name.replace(AGREEMENT_NOTE, " "))];
  return [...new Set(keys.filter((k) => k !== ""))];
}

/** The paths of a territory and every ancestor: "/1/4/17/" → "/1/", "/1/4/", "/1/4/17/". */
export function ancestorPaths(territoryPath: string): string[] {
  const ids = territoryPath.split("/").filter((s) => s !== "");
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join("/")}/`);
}

/**
 * Matches responsible strings to bodies of the territory and its ancestors by alias key; where two
 * territories know the key, the body of the nearer (deeper) territory wins.
 */
export async function matchBodies(
  db: Db,
  territoryPath: string,
  names: readonly string[],
): Promise<BodyMatch> {
  const keys = [...new Set(names.flatMap(bodyKeysOf))];
  const rows =
    keys.length === 0
      ? []
      : await db
          .select({ key: organizationAliases.key, id: organizations.id, path: territories.path })
          .from(organizationAliases)
          .innerJoin(organizations, eq(organizations.id, organizationAliases.organizationId))
          .innerJoin(territories, eq(territories.id, organizations.territoryId))
          .where(
            and(
              inArray(organizationAliases.key, keys),
              inArray(territories.path, ancestorPaths(territoryPath)),
            ),
          );
  const byKey = new Map<string, { id: number; depth: number }>();
  for (const row of rows) {
    const depth = row.path.length;
    const known = byKey.get(row.key);
    if (!known || depth > known.depth || (depth === known.depth && row.id < known.id))
      byKey.set(row.key, { id: row.id, depth });
  }
  const matched = new Map<string, number>();
  const unmatched = new Set<string>();
  for (const name of names) {
    const hit = bodyKeysOf(name)
      .map((k) => byKey.get(k))
      .find((v) => v !== undefined);
    if (hit) matched.set(name, hit.id);
    else unmatched.add(name);
  }
  return { matched, unmatched: [...unmatched] };
}
