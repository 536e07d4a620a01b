import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { territories } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import type { TerritoryLevel } from "../../domain/territory-csv.ts";
import type { CreatedTerritory } from "../../domain/views.ts";
import { write } from "../shared/write.ts";
import { insertTerritory } from "./insert-territory.ts";

/** What a new territory needs; `parentId` null only for the republic. */
export interface NewTerritory {
  code: string;
  parentId: number | null;
  level: TerritoryLevel;
  nameKy: string;
  nameRu: string;
  validFrom?: string | null;
}

/** Adds a territory under its parent; its path is the parent's path and its own id. */
export async function createTerritory(db: Db, actor: Actor, input: NewTerritory): Promise<CreatedTerritory> {
  return write(db, actor, async (tx, audit) => {
    let parentPath = "/";
    if (input.parentId !== null) {
      const [parent] = await tx.select().from(territories).where(eq(territories.id, input.parentId));
      if (!parent) throw new AppError("not_found", `territory ${input.parentId} not found`);
      parentPath = parent.path;
    }
    if (!allows(actor, "admin.manage", parentPath))
      throw new AppError("forbidden", "adding a territory needs the admin role over its parent");
    const [taken] = await tx
      .select({ id: territories.id })
      .from(territories)
      .where(eq(territories.code, input.code));
    if (taken) throw new AppError("conflict", `territory code ${input.code} is taken`);
    const territory = await insertTerritory(tx, { ...input, validFrom: input.validFrom ?? null }, parentPath);
    await audit({ action: "create", entity: "territory", entityId: territory.id, after: territory });
    return territory;
  });
}
