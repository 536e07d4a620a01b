import { AppError } from "../domain/errors.ts";
import { findTerritory } from "../operations/territories/find-territory.ts";
import { createUser } from "../operations/users/create-user.ts";
import { findUserByLogin } from "../operations/users/find-user.ts";
import { grantRole, revokeRole } from "../operations/users/grant-role.ts";
import { setPassword } from "../operations/users/set-password.ts";
import { parseId, parseRole } from "./parse.ts";
import type { CommandOutput } from "./run.ts";
import { readStdin, type StoreContext } from "./store.ts";

/** The options of `user add`. */
export interface UserAddOptions {
  name?: string | undefined;
  org?: string | undefined;
  password?: string | undefined;
  passwordStdin?: boolean | undefined;
  role?: string | undefined;
  territory?: string | undefined;
}

/** A password from --password or standard input (one trailing line break dropped). */
async function passwordFrom(options: { password?: string | undefined; passwordStdin?: boolean | undefined }) {
  if (options.password !== undefined && options.passwordStdin)
    throw new AppError("invalid_input", "give --password or --password-stdin, not both");
  if (options.password !== undefined) return options.password;
  if (!options.passwordStdin)
    throw new AppError("invalid_input", "a password is needed: --password-stdin (safer) or --password TEXT");
  const text = (await readStdin()).replace(/\r?\n$/, "");
  if (text === "") throw new AppError("invalid_input", "standard input held no password");
  return text;
}

/** `user add LOGIN --name … [--org ID] (--password-stdin | --password …) [--role ROLE --territory CODE]`. */
export async function userAdd(
  store: StoreContext,
  login: string,
  options: UserAddOptions,
): Promise<CommandOutput> {
  const { db } = store.connection;
  if ((options.role === undefined) !== (options.territory === undefined))
    throw new AppError("invalid_input", "--role and --territory go together");
  const role = options.role === undefined ? null : parseRole(options.role);
  const territory =
    options.territory === undefined ? null : await findTerritory(db, { code: options.territory });
  const password = await passwordFrom(options);
  const user = await createUser(db, store.actor, {
    login,
    displayName: options.name ?? login,
    password,
    organizationId: options.org === undefined ? null : parseId(options.org, "--org"),
  });
  if (role && territory) await grantRole(db, store.actor, user.id, role, territory.id);
  const grant = role && territory ? `; ${role} over ${territory.code} (${territory.nameRu})` : "";
  return { stdout: `user ${user.login} added (id ${user.id})${grant}`, exitCode: 0 };
}

/** `user role LOGIN ROLE TERRITORY_CODE [--revoke]`. */
export async function userRole(
  store: StoreContext,
  login: string,
  roleText: string,
  code: string,
  revoke: boolean,
): Promise<CommandOutput> {
  const { db } = store.connection;
  const role = parseRole(roleText);
  const [user, territory] = [await findUserByLogin(db, login), await findTerritory(db, { code })];
  if (revoke) await revokeRole(db, store.actor, user.id, role, territory.id);
  else await grantRole(db, store.actor, user.id, role, territory.id);
  const done = revoke ? "no longer has" : "has";
  return {
    stdout: `${user.login} ${done} the ${role} role over ${territory.code} (${territory.nameRu})`,
    exitCode: 0,
  };
}

/** `user password LOGIN`: the new password from standard input; the user's sessions end. */
export async function userPassword(store: StoreContext, login: string): Promise<CommandOutput> {
  const { db } = store.connection;
  const user = await findUserByLogin(db, login);
  await setPassword(db, store.actor, user.id, await passwordFrom({ passwordStdin: true }));
  return { stdout: `password of ${user.login} changed; their sessions are ended`, exitCode: 0 };
}
