/** What the API answers about users, signing in, roles and the audit trail. */
import { z } from "zod";
import { ROLES } from "../access.ts";

const Role = z.enum(ROLES);

/** A user as the admin screen shows it (never the password hash); ETag is its row version. */
export const UserSchema = z
  .object({
    id: z.number().int(),
    login: z.string(),
    displayName: z.string(),
    organizationId: z.number().int().nullable(),
    organizationName: z.string().nullable(),
    active: z.boolean(),
    locale: z.enum(["ky", "ru", "en"]),
    rowVersion: z.number().int(),
    createdAt: z.iso.datetime(),
    roles: z.array(
      z.object({
        role: Role,
        territoryId: z.number().int(),
        territoryNameKy: z.string(),
        territoryNameRu: z.string(),
      }),
    ),
  })
  .meta({ id: "User" });
export type User = z.infer<typeof UserSchema>;

/** A role over a territory (and the territories below it). */
export const GrantSchema = z.object({ role: Role, territoryId: z.number().int() });
export type Grant = z.infer<typeof GrantSchema>;

/** The signed-in user, their roles and the CSRF token writes must send. */
export const MeSchema = z
  .object({
    userId: z.number().int(),
    organizationId: z.number().int().nullable(),
    grants: z.array(GrantSchema),
    csrfToken: z.string(),
  })
  .meta({ id: "Me" });
export type MeResponse = z.infer<typeof MeSchema>;

/** What signing in answers: who, and the CSRF token for writes. */
export const SignedInSchema = z
  .object({ csrfToken: z.string(), userId: z.number().int() })
  .meta({ id: "SignedIn" });
export type SignedIn = z.infer<typeof SignedInSchema>;

/** A role granted to or taken from a user. */
export const RoleChangeSchema = GrantSchema.extend({ userId: z.number().int() }).meta({ id: "RoleChange" });
export type RoleChange = z.infer<typeof RoleChangeSchema>;

/** An entry of the audit trail: who did what to which thing, with the thing before and after. */
export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.iso.datetime(),
    userId: z.number().int().nullable(),
    actor: z.string(),
    action: z.string(),
    entity: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: "AuditEntry" });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
