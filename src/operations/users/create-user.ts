import { hash } from "@node-rs/argon2";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/connect.ts";
import { organizations, users } from "../../db/schema.ts";
import { type Actor, allows } from "../../domain/access.ts";
import { AppError } from "../../domain/errors.ts";
import { write } from "../shared/write.ts";
import { checkPassword, requireAdminOver } from "./user-rules.ts";

/** Adds a user of an organization; the organization's territory decides who may add them. */
export async function createUser(
  db: Db,
  actor: Actor,
  input: {
    login: string;
    displayName: string;
    password: string;
    organizationId: number | null;
    locale?: "ky" | "ru" | "en";
  },
) {
  checkPassword(input.password);
  const login = input.login.trim().toLowerCase();
  if (!/^[a-z0-9._@-]{3,64}$/.test(login))
    throw new AppError("invalid_input", "a login has 3–64 latin letters, digits or . _ @ -");
  if (input.organizationId !== null) {
    const [org] = await db.select().from(organizations).where(eq(organizations.id, input.organizationId));
    if (!org) throw new AppError("not_found", `organization ${input.organizationId} not found`);
    await requireAdminOver(db, actor, org.territoryId);
  } else if (!allows(actor, "admin.manage", "/")) {
    throw new AppError("forbidden", "only a republic-wide admin adds users without an organization");
  }
  const passwordHash = await hash(input.password);
  return write(db, actor, async (tx, audit) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.login, login));
    if (existing) throw new AppError("conflict", `login "${login}" is taken`);
    const [user] = await tx
      .insert(users)
      .values({
        login,
        displayName: input.displayName,
        organizationId: input.organizationId,
        passwordHash,
        locale: input.locale ?? "ky",
      })
      .returning({
        id: users.id,
        login: users.login,
        displayName: users.displayName,
        organizationId: users.organizationId,
      });
    await audit({ action: "create", entity: "user", entityId: user?.id ?? null, after: user });
    return user as NonNullable<typeof user>;
  });
}
