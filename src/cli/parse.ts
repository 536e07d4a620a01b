import { ROLES, type Role } from "../domain/access.ts";
import { AppError } from "../domain/errors.ts";

/** A role name as typed, checked. */
export function parseRole(text: string): Role {
  if (!(ROLES as readonly string[]).includes(text))
    throw new AppError("invalid_input", `unknown role "${text}"; one of ${ROLES.join(", ")}`);
  return text as Role;
}

/** A positive integer id as typed, checked. */
export function parseId(text: string, what: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0)
    throw new AppError("invalid_input", `${what} must be a number, not "${text}"`);
  return id;
}
