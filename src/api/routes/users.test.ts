import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, PASSWORD, ROOT } from "../../../tests/setup/world.ts";
import { createUser } from "../../operations/users/create-user.ts";
import { grantRole } from "../../operations/users/grant-role.ts";

type User = { id: number; login: string; active: boolean; displayName: string; roles: { role: string }[] };
type Page = { items: User[]; total: number; page: number; pageSize: number };

describe.each(testEngines())("users API on %s", (engine) => {
  it("lists the users an admin administers, reads, edits, resets and handles errors", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const { chongAlai, tashKomur } = world.territories;
    const adminCa = await createUser(db, ROOT, {
      login: "admin-ca",
      displayName: "Админ ЧА",
      password: PASSWORD,
      organizationId: world.organizations.districtAdmin.id,
    });
    await grantRole(db, ROOT, adminCa.id, "admin", chongAlai.id);
    const api = apiFor(db);
    const admin = await api.as("admin");
    const ca = await api.as("admin-ca");

    // the republic admin sees the users of every organization (the org-less "admin" is only for "/")
    const all = await admin.get<Page>("/api/v1/users?pageSize=3&page=2");
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(6); // planner-tk executor-tk viewer-tk planner-ca executor-ca admin-ca
    expect(all.body.items.map((u) => u.login)).toEqual(["planner-ca", "planner-tk", "viewer-tk"]);
    const own = await ca.get<Page>("/api/v1/users");
    expect(own.body.items.map((u) => u.login)).toEqual(["admin-ca", "executor-ca", "planner-ca"]);
    const found = await admin.get<Page>("/api/v1/users?q=TK");
    expect(found.body.items.map((u) => u.login)).toEqual(["executor-tk", "planner-tk", "viewer-tk"]);
    expect(found.body.items[0]?.roles.map((r) => r.role)).toEqual(["executor"]);
    expect(JSON.stringify(found.body)).not.toContain("passwordHash");

    // reading: an admin over the organization, or the user; a missing user is 404
    const viewerId = world.users["viewer-tk"] as number;
    const viewer = await api.as("viewer-tk");
    const self = await viewer.get<User>(`/api/v1/users/${viewerId}`);
    expect([self.status, self.headers.get("etag"), self.body.login]).toEqual([200, '"1"', "viewer-tk"]);
    expect((await ca.get(`/api/v1/users/${viewerId}`)).status).toBe(403);
    expect((await admin.get("/api/v1/users/99999")).status).toBe(404);

    // editing: If-Match required (400 without, 409 stale, nothing changed); a user edits own name, not active
    expect((await viewer.patch(`/api/v1/users/${viewerId}`, { displayName: "Айгүл" })).status).toBe(400);
    const renamed = await viewer.patch<User>(
      `/api/v1/users/${viewerId}`,
      { displayName: "Айгүл" },
      { "if-match": '"1"' },
    );
    expect([renamed.status, renamed.body.displayName, renamed.headers.get("etag")]).toEqual([
      200,
      "Айгүл",
      '"2"',
    ]);
    const stale = await admin.patch(`/api/v1/users/${viewerId}`, { displayName: "X" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(
      (await viewer.patch(`/api/v1/users/${viewerId}`, { active: false }, { "if-match": '"2"' })).status,
    ).toBe(403);
    expect((await admin.get<User>(`/api/v1/users/${viewerId}`)).body.displayName).toBe("Айгүл");

    // an admin deactivates: the user can no longer sign in
    const off = await admin.patch<User>(
      `/api/v1/users/${viewerId}`,
      { active: false },
      { "if-match": '"2"' },
    );
    expect([off.status, off.body.active]).toEqual([200, false]);
    await expect(api.as("viewer-tk")).rejects.toThrow(/401/);
    expect((await admin.get<Page>("/api/v1/users?active=false")).body.items.map((u) => u.login)).toEqual([
      "viewer-tk",
    ]);

    // creating: 201 with ETag; a taken login 409; an unknown organization 404; another territory's 403
    const body = {
      login: "Aibek",
      displayName: "Айбек",
      password: "password-456",
      organizationId: world.organizations.propertyDept.id,
    };
    const made = await admin.post<User>("/api/v1/users", body);
    expect([made.status, made.body.login, made.headers.get("etag")]).toEqual([201, "aibek", '"1"']);
    expect((await admin.post("/api/v1/users", body)).status).toBe(409);
    expect((await admin.post("/api/v1/users", { ...body, login: "x-1", organizationId: 999 })).status).toBe(
      404,
    );
    expect((await ca.post("/api/v1/users", { ...body, login: "x-2" })).status).toBe(403);
    expect((await admin.post("/api/v1/users", { ...body, login: "x-3", password: "short" })).status).toBe(
      400,
    );

    // roles: grant, idempotent, revoke; an unknown territory 404
    const roles = `/api/v1/users/${made.body.id}/roles`;
    expect((await admin.post(roles, { role: "executor", territoryId: tashKomur.id })).status).toBe(200);
    expect((await admin.post(roles, { role: "executor", territoryId: tashKomur.id })).status).toBe(200);
    expect((await admin.get<User>(`/api/v1/users/${made.body.id}`)).body.roles.map((r) => r.role)).toEqual([
      "executor",
    ]);
    expect((await admin.post(roles, { role: "viewer", territoryId: 999 })).status).toBe(404);
    expect(
      (await admin.post(`${roles}/revoke`, { role: "executor", territoryId: tashKomur.id })).status,
    ).toBe(200);
    expect((await admin.get<User>(`/api/v1/users/${made.body.id}`)).body.roles).toEqual([]);
    expect(
      (await admin.post("/api/v1/users/99999/roles", { role: "viewer", territoryId: tashKomur.id })).status,
    ).toBe(404);

    // passwords: a user changes their own (sessions end), an admin resets; another user may not
    const aibek = await api.as("aibek", "password-456");
    expect(
      (await aibek.post(`/api/v1/users/${world.users["planner-tk"]}/password`, { password: "password-000" }))
        .status,
    ).toBe(403);
    expect(
      (await aibek.post(`/api/v1/users/${made.body.id}/password`, { password: "password-789" })).status,
    ).toBe(204);
    expect((await aibek.get("/api/v1/auth/me")).status).toBe(401);
    await expect(api.as("aibek", "password-456")).rejects.toThrow(/401/);
    await api.as("aibek", "password-789");
    expect((await admin.post("/api/v1/users/99999/password", { password: "password-789" })).status).toBe(404);

    // a user's audit trail: its creation, roles and password, for admins over it
    const trail = await admin.get<{ items: { action: string }[] }>(
      `/api/v1/audit?entity=user&entityId=${made.body.id}`,
    );
    expect(trail.body.items.map((e) => e.action)).toEqual(["set_password", "revoke", "grant", "create"]);
    expect((await ca.get(`/api/v1/audit?entity=user&entityId=${made.body.id}`)).status).toBe(403);
    expect((await admin.get("/api/v1/audit?entity=measure&entityId=99999")).status).toBe(404);
    expect((await admin.get("/api/v1/audit?entityId=1")).status).toBe(400);
    expect((await admin.get("/api/v1/audit?entity=secrets&entityId=1")).status).toBe(400);
  });

  it("adds territories under a parent the admin administers", async () => {
    const { db } = await freshDatabase(engine);
    const world = await createWorld(db);
    const api = apiFor(db);
    const admin = await api.as("admin");
    const body = {
      code: "41703410000100",
      parentId: world.territories.tashKomur.id,
      level: "aiyl_aimak",
      nameKy: "Айыл",
      nameRu: "Село",
    };
    const made = await admin.post<{ id: number; path: string }>("/api/v1/territories", body);
    expect(made.status).toBe(201);
    expect(made.body.path).toBe(`${world.territories.tashKomur.path}${made.body.id}/`);
    expect((await admin.post("/api/v1/territories", body)).status).toBe(409);
    expect((await admin.post("/api/v1/territories", { ...body, code: "x", parentId: 999 })).status).toBe(404);
    expect(
      (await (await api.as("planner-tk")).post("/api/v1/territories", { ...body, code: "y" })).status,
    ).toBe(403);
    expect((await api.anonymous().post("/api/v1/territories", { ...body, code: "z" })).status).toBe(401);
  });
});
