import { describe, expect, it } from "vitest";
import { en } from "./en.ts";
import { ky } from "./ky.ts";
import { ru } from "./ru.ts";

type Tree = { [key: string]: string | Tree };

/** Every key path, plural suffixes folded into their base key. */
function keys(tree: Tree, prefix = ""): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key.replace(/_(zero|one|two|few|many|other)$/, "");
    if (typeof value === "string") out.add(path);
    else for (const k of keys(value, `${path}.`)) out.add(k);
  }
  return out;
}

/** The plural forms given for each base key. */
function pluralForms(tree: Tree, prefix = ""): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    if (typeof value === "string" && m?.[1] && m[2]) {
      const base = prefix + m[1];
      out.set(base, [...(out.get(base) ?? []), m[2]]);
    } else if (typeof value !== "string")
      for (const [k, v] of pluralForms(value, `${prefix + key}.`)) out.set(k, v);
  }
  return out;
}

describe("UI strings", () => {
  it("ru and en have exactly the keys of ky", () => {
    const base = [...keys(ky)].sort();
    expect([...keys(ru)].sort()).toEqual(base);
    expect([...keys(en)].sort()).toEqual(base);
  });

  it("plural keys carry every form the language needs", () => {
    // ky and en: one / other; ru: one / few / many / other (CLDR, as Intl.PluralRules says)
    const need = { ky: ["one", "other"], ru: ["one", "few", "many", "other"], en: ["one", "other"] };
    for (const [language, tree] of [
      ["ky", ky],
      ["ru", ru],
      ["en", en],
    ] as const) {
      const forms = pluralForms(tree);
      expect(forms.size).toBeGreaterThan(0);
      for (const [key, given] of forms)
        expect([key, [...given].sort()]).toEqual([key, [...need[language]].sort()]);
    }
  });

  it("no string is empty and placeholders match across languages", () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const flat = (tree: Tree, prefix = ""): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) =>
        typeof v === "string" ? [[prefix + k, v]] : flat(v, `${prefix + k}.`),
      );
    const kyMap = new Map(flat(ky));
    for (const tree of [ru, en])
      for (const [key, text] of flat(tree)) {
        expect(text.trim(), key).not.toBe("");
        const twin = kyMap.get(key) ?? kyMap.get(key.replace(/_(few|many)$/, "_other"));
        if (twin !== undefined) expect(placeholders(text), key).toEqual(placeholders(twin));
      }
  });
});
