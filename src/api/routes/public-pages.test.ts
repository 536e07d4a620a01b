/** The citizens' portal pages over HTTP, on both engines: what they show, what they never show, caching. */
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { apiFor } from "../../../tests/setup/api-client.ts";
import { createPortalWorld, type PortalWorld } from "../../../tests/setup/portal-world.ts";
import { freshDatabase, testEngines } from "../../../tests/setup/test-db.ts";
import { users } from "../../db/schema.ts";

/** What a page is sent as: status, headers, the HTML (unzipped) and the bytes on the wire. */
async function fetchPage(
  app: ReturnType<typeof apiFor>["app"],
  path: string,
  headers: Record<string, string> = {},
) {
  const res = await app.request(path, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const gzipped = res.headers.get("content-encoding") === "gzip";
  const html = new TextDecoder().decode(gzipped ? gunzipSync(bytes) : bytes);
  return { status: res.status, headers: res.headers, html, transferred: bytes.length };
}

describe.each(testEngines())("public portal pages (%s)", (engine) => {
  let w: PortalWorld;
  let app: ReturnType<typeof apiFor>["app"];
  const setup = async () => {
    const { db } = await freshDatabase(engine);
    w = await createPortalWorld(db);
    app = apiFor(db, { dataDir: w.dataDir }).app;
    return db;
  };

  it("shows a published program: measures escaped, accepted reports only, public photos, money by source", async () => {
    const db = await setup();
    const page = await fetchPage(app, `/public/programs/${w.programId}`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.html).toContain(w.plan.title);
    // document text is never HTML
    expect(page.html).toContain(
      "Калкты &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;маалымдоо&quot;",
    );
    expect(page.html).not.toContain('<script>alert("x")');
    expect(page.html).toContain("Келишим &lt;b&gt;түзүлдү&lt;/b&gt; &amp; башталды");
    // 1 accepted report of 40 % over 6 measures: 40 / 6 = 6.666… → 6.7 %
    expect(page.html).toContain("6.7 %");
    // the republican budget of measure 2 (2 000 000) planned; the accepted report's 100 000 spent
    expect(page.html).toContain("2\u00a0000\u00a0000");
    expect(page.html).toContain("100\u00a0000");
    expect(page.html).toContain(`/public/photos/${w.publicPhoto}`);
    // never: unaccepted reports, their money, private photos, people's names
    for (const secret of ["SECRET", `/public/photos/${w.privatePhoto}`, ">555<", "А.Б.Осмонов"])
      expect(page.html).not.toContain(secret);
    const people = await db.select({ login: users.login, name: users.displayName }).from(users);
    for (const p of people) {
      expect(page.html).not.toContain(p.login);
      expect(page.html).not.toContain(p.name);
    }
  });

  it("answers each page under 50 KB transferred, with an ETag, a short public cache and 304", async () => {
    await setup();
    const paths = [
      "/public",
      `/public/territories/${w.world.territories.tashKomur.code}`,
      `/public/programs/${w.programId}`,
      `/public/programs/${w.programId}/measures/${w.measureIds[0]}`,
      `/public/programs/${w.programId}/history`,
    ];
    for (const path of paths) {
      const page = await fetchPage(app, path, { "accept-encoding": "gzip" });
      expect(page.status, path).toBe(200);
      expect(page.transferred, path).toBeLessThan(50 * 1024);
      expect(page.headers.get("cache-control")).toBe("public, max-age=60");
      const etag = page.headers.get("etag") as string;
      expect(etag).toMatch(/^W\/".+"$/);
      const again = await fetchPage(app, path, { "if-none-match": etag });
      expect(again.status, path).toBe(304);
      expect(again.html).toBe("");
    }
  });

  it("tells search engines what each page is, asks for no icon, and lets them read the portal only", async () => {
    await setup();
    const description = (html: string) => /<meta name="description" content="([^"]*)">/.exec(html)?.[1];
    const program = await fetchPage(app, `/public/programs/${w.programId}`);
    // the small plan runs 2025–2027; one accepted report of 40 % over 6 measures is 6.7 %
    expect(description(program.html)).toBe("Таш-Көмүр шаары · Мезгил: 2025–2027 · Аткарылышы: 6.7 %");
    const territory = await fetchPage(app, `/public/territories/${w.world.territories.tashKomur.code}`);
    expect(description(territory.html)).toBe("Таш-Көмүр шаары · Программалар: 1");
    const tree = await fetchPage(app, "/public?lang=en");
    expect(description(tree.html)).toMatch(/^Development programs of local governments: /);
    expect(program.html).toContain('<link rel="icon" href="data:,">');
    const robots = await app.request("/robots.txt");
    expect(robots.status).toBe(200);
    expect(robots.headers.get("content-type")).toContain("text/plain");
    expect(await robots.text()).toBe("User-agent: *\nAllow: /public\nDisallow: /\n");
  });

  it("reads and sets no cookie: a request with a session cookie gets the same page", async () => {
    const api = apiFor(await setup(), { dataDir: w.dataDir });
    const planner = await api.as("planner-tk");
    const path = `/public/programs/${w.programId}`;
    const anonymous = await fetchPage(api.app, path);
    const signed = await planner.get(path);
    expect(signed.status).toBe(200);
    expect(signed.body).toBe(anonymous.html);
    expect(signed.headers.get("set-cookie")).toBeNull();
    expect(anonymous.headers.get("set-cookie")).toBeNull();
  });

  it("is 404 for drafts, unpublished programs, foreign measures and anything unknown", async () => {
    await setup();
    const other = (await fetchPage(app, `/public/programs/${w.draftId}`)).html;
    for (const path of [
      `/public/programs/${w.draftId}`,
      `/public/programs/${w.unpublishedId}`,
      `/public/programs/${w.programId}/measures/999999`,
      "/public/programs/999999",
      "/public/territories/no-such-code",
      "/public/no-such-page",
      `/public/photos/${w.privatePhoto}`,
    ]) {
      const page = await fetchPage(app, path);
      expect(page.status, path).toBe(404);
      expect(page.html, path).toContain("Барак табылган жок");
    }
    expect(other).not.toContain("SECRET");
    const tree = await fetchPage(app, "/public");
    // one published approved program in Tash-Kömür, none elsewhere
    expect(tree.html).toContain("Таш-Көмүр");
    expect(tree.html).toMatch(/\(1 жарыяланган программа\)/);
    expect(tree.html).not.toContain("Чоң-Алай");
  });

  it("serves a public photo's bytes, and speaks Russian and English by ?lang=", async () => {
    await setup();
    const photo = await app.request(`/public/photos/${w.publicPhoto}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/jpeg");
    expect(await photo.text()).toBe("JPEG kopuro.jpg");
    const ru = await fetchPage(app, `/public/programs/${w.programId}?lang=ru`);
    expect(ru.html).toContain('<html lang="ru">');
    expect(ru.html).toContain("Вопросы и ответы");
    const en = await fetchPage(app, `/public/programs/${w.programId}?lang=en`);
    expect(en.html).toContain("Questions and answers");
    expect(en.html).toContain(`href="/public/programs/${w.programId}/history?lang=en"`);
  });
});
