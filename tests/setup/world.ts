/**
 * A small world for store and API tests: two oblasts, a city and a district, their bodies, and a
 * user of every role. Passwords are all "password-123".
 */

import type { Db } from "../../src/db/connect.ts";
import { type Actor, cliActor } from "../../src/domain/access.ts";
import { createOrganization } from "../../src/operations/territories/create-organization.ts";
import { createTerritory } from "../../src/operations/territories/create-territory.ts";
import { createUser } from "../../src/operations/users/create-user.ts";
import { grantRole } from "../../src/operations/users/grant-role.ts";

export const PASSWORD = "password-123";
export const ROOT: Actor = cliActor("test");

/** Creates the world and returns the ids tests refer to. */
export async function createWorld(db: Db) {
  const republic = await createTerritory(db, ROOT, {
    code: "41700000000000",
    parentId: null,
    level: "republic",
    nameKy: "Кыргыз Республикасы",
    nameRu: "Кыргызская Республика",
  });
  const jalalAbad = await createTerritory(db, ROOT, {
    code: "41703000000000",
    parentId: republic.id,
    level: "oblast",
    nameKy: "Жалал-Абад облусу",
    nameRu: "Джалал-Абадская область",
  });
  const osh = await createTerritory(db, ROOT, {
    code: "41706000000000",
    parentId: republic.id,
    level: "oblast",
    nameKy: "Ош облусу",
    nameRu: "Ошская область",
  });
  const tashKomur = await createTerritory(db, ROOT, {
    code: "41703420000000",
    parentId: jalalAbad.id,
    level: "city",
    nameKy: "Таш-Көмүр шаары",
    nameRu: "город Таш-Кумыр",
  });
  const chongAlai = await createTerritory(db, ROOT, {
    code: "41706259000000",
    parentId: osh.id,
    level: "district",
    nameKy: "Чоң-Алай району",
    nameRu: "Чон-Алайский район",
  });
  const mayorOffice = await createOrganization(db, ROOT, {
    territoryId: tashKomur.id,
    name: "Таш-Көмүр шаардык мэриясы",
    nameRu: "Мэрия города Таш-Кумыр",
  });
  const propertyDept = await createOrganization(db, ROOT, {
    territoryId: tashKomur.id,
    name: "Муниципалдык менчик департаменти",
    aliases: ["Таш-Көмүр шаардык мэриясынын алдындагы Муниципалдык менчик департаменти"],
  });
  const districtAdmin = await createOrganization(db, ROOT, {
    territoryId: chongAlai.id,
    name: "Райондук мамлекеттик администрация",
    shortName: "РМА",
    nameRu: "Районная государственная администрация",
  });
  const users: Record<string, number> = {};
  const add = async (
    login: string,
    organizationId: number | null,
    role: "admin" | "planner" | "executor" | "viewer",
    territoryId: number,
  ) => {
    const user = await createUser(db, ROOT, {
      login,
      displayName: login,
      password: PASSWORD,
      organizationId,
    });
    await grantRole(db, ROOT, user.id, role, territoryId);
    users[login] = user.id;
  };
  await add("admin", null, "admin", republic.id);
  await add("planner-tk", mayorOffice.id, "planner", tashKomur.id);
  await add("executor-tk", propertyDept.id, "executor", tashKomur.id);
  await add("viewer-tk", mayorOffice.id, "viewer", tashKomur.id);
  await add("planner-ca", districtAdmin.id, "planner", chongAlai.id);
  await add("executor-ca", districtAdmin.id, "executor", chongAlai.id);
  return {
    territories: { republic, jalalAbad, osh, tashKomur, chongAlai },
    organizations: { mayorOffice, propertyDept, districtAdmin },
    users,
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;
