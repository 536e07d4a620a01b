/** Open-data downloads over HTTP, anonymous: IATI, tables of a program and of a territory, the data page. */
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createPortalWorld } from "../../../tests/setup/portal-world.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";

describe.each(testEngines())("open data (%s)", (engine) => {
  it("serves a published program's files with ETag and cache, 304 when unchanged, 404 otherwise", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const { app } = apiFor(db, { dataDir: w.dataDir });
    const res = await app.request(`/public/programs/${w.programId}.iati.xml`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/xml");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
    const etag = res.headers.get("etag") as string;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(await res.text()).toContain('<iati-activities version="2.03"');
    const again = await app.request(`/public/programs/${w.programId}.iati.xml`, {
      headers: { "if-none-match": etag },
    });
    expect(again.status).toBe(304);

    const csv = await app.request(`/public/programs/${w.programId}.csv`);
    // the header and the small plan's six measures
    expect((await csv.text()).trimEnd().split("\r\n")).toHaveLength(7);
    const json = (await (await app.request(`/public/programs/${w.programId}.json`)).json()) as {
      signatories: unknown[];
    };
    expect(json.signatories).toEqual([]); // people's names are not published

    for (const id of [w.draftId, w.unpublishedId, 2_147_483_648])
      expect((await app.request(`/public/programs/${id}.iati.xml`)).status).toBe(404);
  });

  it("puts a territory's published programs in one table and lists every download with its licence", async () => {
    const { db } = await freshDatabase(engine);
    const w = await createPortalWorld(db);
    const { app } = apiFor(db, { dataDir: w.dataDir });
    // The republic's subtree has one published program (the draft and the unpublished one are not
    // there): a header and its six measures, each led by the program's number, title and territory.
    const res = await app.request(
      `/public/territories/${w.world.territories.republic.code}/programs.csv?lang=ru`,
    );
    expect(res.status).toBe(200);
    const text = await res.text();
    const lines = text
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(7);
    expect(lines[0]?.split(";").slice(0, 4)).toEqual(["№ программы", "Программа", "Территория", "Раздел"]);
    expect(lines[1]?.startsWith(`${w.programId};${w.plan.title};`)).toBe(true);
    expect(text).not.toContain("SECRET");
    expect((await app.request("/public/territories/000/programs.json")).status).toBe(404);

    const page = await app.request("/public/data?lang=en");
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>');
    expect(html).toContain(`href="/public/programs/${w.programId}.iati.xml"`);
    expect(html).toContain(`href="/public/territories/${w.world.territories.tashKomur.code}/programs.xlsx"`);
    expect(html).not.toContain("SECRET");
  });
});
