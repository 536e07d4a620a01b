import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";

type Territory = typeof territories.$inferSelect;

/**
 * Inserts a territory under the parent with `parentPath` ("/" for the republic); its path is the
 * parent's path and its own id, known only once the row exists — hence the insert, then the update.
 */
export async function insertTerritory(
  tx: Db,
  values: Omit<typeof territories.$inferInsert, "path">,
  parentPath: string,
): Promise<Territory> {
  const [row] = await tx
    .insert(territories)
    .values({ ...values, path: parentPath })
    .returning({ id: territories.id });
  const id = (row as { id: number }).id;
  const [placed] = await tx
    .update(territories)
    .set({ path: `${parentPath}${id}/` })
    .where(eq(territories.id, id))
    .returning();
  return placed as Territory;
}
