/**
 * Who may do what where. A role is granted over a territory and everything below it; the
 * territory path ("/1/4/17/") of the thing acted on must start with the path of the grant.
 */
export const ROLES = ["admin", "planner", "executor", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** The things a user may be allowed to do. */
export type Permission =
  | "program.read" // see programs, measures, reports and dashboards, published or not
  | "program.manage" // import, amend, approve, publish programs; edit measures
  | "period.manage" // open and close reporting periods
  | "report.write" // write and submit reports (executors: only for their own organization's measures)
  | "report.review" // accept or return submitted reports
  | "admin.manage"; // territories, organizations, users and roles

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: ["program.read", "program.manage", "period.manage", "report.write", "report.review", "admin.manage"],
  planner: ["program.read", "program.manage", "period.manage", "report.review"],
  executor: ["program.read", "report.write"],
  viewer: ["program.read"],
};

/** A role over a territory subtree. */
export interface RoleGrant {
  role: Role;
  territoryId: number;
  territoryPath: string;
}

/** Who acts: a signed-in user, the CLI (with its OS user), or an anonymous visitor. */
export interface Actor {
  userId: number | null;
  /** What the audit log records as the actor: "user:7 (aida)", "cli:root", "anonymous". */
  label: string;
  organizationId: number | null;
  grants: RoleGrant[];
}

/** The anonymous visitor of the public pages: reads published programs only. */
export const ANONYMOUS: Actor = { userId: null, label: "anonymous", organizationId: null, grants: [] };

/** The command line acts with every permission everywhere; the audit log names the OS user. */
export function cliActor(osUser: string): Actor {
  return {
    userId: null,
    label: `cli:${osUser}`,
    organizationId: null,
    grants: [{ role: "admin", territoryId: 0, territoryPath: "/" }],
  };
}

/** True when one of the actor's grants gives `permission` over the territory at `territoryPath`. */
export function allows(actor: Actor, permission: Permission, territoryPath: string): boolean {
  return actor.grants.some(
    (g) => territoryPath.startsWith(g.territoryPath) && PERMISSIONS[g.role].includes(permission),
  );
}

/** The territory paths under which the actor has `permission` (for filtering lists). */
export function scopesOf(actor: Actor, permission: Permission): string[] {
  return actor.grants.filter((g) => PERMISSIONS[g.role].includes(permission)).map((g) => g.territoryPath);
}
