/** What the API answers about bodies (organizations), their aliases and territories. */
import { z } from "zod";
import { TERRITORY_LEVELS } from "../territory-csv.ts";

/** A body in the list, with the other names plans use for it. */
export const OrganizationSchema = z
  .object({
    id: z.number().int(),
    territoryId: z.number().int(),
    name: z.string(),
    nameRu: z.string().nullable(),
    shortName: z.string().nullable(),
    partner: z.boolean(),
    aliases: z.array(z.string()),
  })
  .meta({ id: "Organization" });
export type Organization = z.infer<typeof OrganizationSchema>;

/** A body as adding it answers: its stored row. */
export const CreatedOrganizationSchema = OrganizationSchema.omit({ aliases: true })
  .extend({ rowVersion: z.number().int() })
  .meta({ id: "CreatedOrganization" });
export type CreatedOrganization = z.infer<typeof CreatedOrganizationSchema>;

/** An alias taught to a body, and how many unmatched measure bodies it linked. */
export const OrganizationAliasSchema = z
  .object({
    organizationId: z.number().int(),
    alias: z.string(),
    key: z.string(),
    added: z.boolean().meta({ description: "false when the body already had this name" }),
    relinkedBodies: z.number().int(),
  })
  .meta({ id: "OrganizationAlias" });
export type OrganizationAlias = z.infer<typeof OrganizationAliasSchema>;

const TerritoryLevel = z.enum(TERRITORY_LEVELS);

/** A territory in the tree: pre-order (by path), each with its parent and depth. */
export const TerritoryNodeSchema = z
  .object({
    id: z.number().int(),
    parentId: z.number().int().nullable(),
    code: z.string(),
    level: TerritoryLevel,
    nameKy: z.string(),
    nameRu: z.string(),
    path: z.string(),
    depth: z.number().int(),
  })
  .meta({ id: "Territory" });
export type TerritoryNode = z.infer<typeof TerritoryNodeSchema>;

/** A territory as adding it answers: its stored row. */
export const CreatedTerritorySchema = TerritoryNodeSchema.omit({ depth: true })
  .extend({
    validFrom: z.iso.date().nullable(),
    validTo: z.iso.date().nullable(),
    successorId: z.number().int().nullable(),
    rowVersion: z.number().int(),
  })
  .meta({ id: "CreatedTerritory" });
export type CreatedTerritory = z.infer<typeof CreatedTerritorySchema>;
