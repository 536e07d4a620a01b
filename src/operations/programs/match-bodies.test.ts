import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../../tests/setup/error-code.ts";
import { actorOf, worldWithSmallPlan } from "../../../tests/setup/seed-plan.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { createWorld, ROOT } from "../../../tests/setup/world.ts";
import { auditLog, measureBodies } from "../../db/schema.ts";
import { addOrganizationAlias } from "../territories/add-organization-alias.ts";
import { createOrganization } from "../territories/create-organization.ts";
import { ancestorPaths, bodyKeysOf, matchBodies } from "./match-bodies.ts";

describe("body keys", () => {
  it("lists a territory's path and its ancestors'", () => {
    expect(ancestorPaths("/1/4/17/")).toEqual(["/1/", "/1/4/", "/1/4/17/"]);
  });
  it("knows a partner's note with and without brackets", () => {
    expect(bodyKeysOf("№38 ЖТИ (макулдашуу боюнча)")).toEqual(["№38 жти"]);
    expect(bodyKeysOf("Газпром по согласованию")).toEqual(["газпром по согласованию", "газпром"]);
  });
});

describe.each(testEngines())("matching bodies on %s", (engine) => {
  it("matches names by alias in the territory and its ancestors, the nearer body first", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createWorld(db);
    const oblastBody = await createOrganization(db, ROOT, {
      territoryId: w.territories.jalalAbad.id,
      name: "Облустук саламаттык сактоо башкармалыгы",
      aliases: ["ОССБ"],
    });
    // The same short name at the oblast and in the city: the city's own body wins.
    await createOrganization(db, ROOT, {
      territoryId: w.territories.jalalAbad.id,
      name: "Кадастр (облус)",
      aliases: ["Кадастр"],
    });
    const cityCadastre = await createOrganization(db, ROOT, {
      territoryId: w.territories.tashKomur.id,
      name: "Кадастр",
    });
    const result = await matchBodies(db, w.territories.tashKomur.path, [
      "«Таш-Көмүр шаардык мэриясы»",
      "ОССБ (по согласованию)",
      "Кадастр",
      "РМА",
      "Белгисиз мекеме",
      "Белгисиз мекеме",
    ]);
    expect(Object.fromEntries(result.matched)).toEqual({
      "«Таш-Көмүр шаардык мэриясы»": w.organizations.mayorOffice.id,
      "ОССБ (по согласованию)": oblastBody.id,
      Кадастр: cityCadastre.id,
    });
    // РМА is a body of Chong-Alai: not a territory above Tash-Kömür.
    expect(result.unmatched).toEqual(["РМА", "Белгисиз мекеме"]);
  });

  it("resolves an unmatched name with an alias and links the bodies already saved", async () => {
    const { db } = await freshDatabase(engine);
    const { world: w, saved } = await worldWithSmallPlan(db);
    expect(saved.unmatchedBodies).toEqual(["Кадастр"]);
    const planner = await actorOf(db, "planner-tk");
    const result = await addOrganizationAlias(db, planner, w.organizations.propertyDept.id, "Кадастр");
    expect(result).toMatchObject({ added: true, relinkedBodies: 1 });
    const linked = await db.select().from(measureBodies).where(eq(measureBodies.name, "Кадастр"));
    expect(linked.map((b) => b.organizationId)).toEqual([w.organizations.propertyDept.id]);
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, "add_alias"));
    expect(audit).toMatchObject({ entity: "organization", actor: planner.label });
    expect(
      await errorCodeOf(
        addOrganizationAlias(db, await actorOf(db, "planner-ca"), w.organizations.propertyDept.id, "x"),
      ),
    ).toBe("forbidden");
    expect(
      await errorCodeOf(
        addOrganizationAlias(db, await actorOf(db, "viewer-tk"), w.organizations.propertyDept.id, "x"),
      ),
    ).toBe("forbidden");
    expect(await errorCodeOf(addOrganizationAlias(db, planner, 9999, "x"))).toBe("not_found");
    expect(await errorCodeOf(addOrganizationAlias(db, planner, w.organizations.propertyDept.id, "«»"))).toBe(
      "invalid_input",
    );
  });
});
