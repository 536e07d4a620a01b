import type { Db } from "../../db/connect.ts";
import type { PublicProgramItem, PublicTerritoryNode } from "../../domain/views/public.ts";
import { getPublicTerritory } from "../public/get-public-territory.ts";
import { getPublicTree } from "../public/get-public-tree.ts";

/** What the open-data page lists: territories with published programs, and every such program. */
export interface OpenDataList {
  territories: PublicTerritoryNode[];
  programs: PublicProgramItem[];
}

/** The territories of the portal's tree and the published programs under its roots. */
export async function listOpenData(db: Db): Promise<OpenDataList> {
  const territories = await getPublicTree(db);
  const programs: PublicProgramItem[] = [];
  for (const root of territories.filter((t) => t.depth === 0))
    programs.push(...(await getPublicTerritory(db, root.code)).programs);
  return { territories, programs };
}
