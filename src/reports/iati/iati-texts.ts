/**
 * The Kyrgyz and Russian words of an IATI activity that the plan does not give: a program's title
 * exists in its own language only, so the other language gets a title made of the territory's name
 * and years; the description says the same in both.
 */
import type { IatiActivity } from "./iati-activity.ts";

type Lang = "ky" | "ru";
type Words = Pick<IatiActivity, "territory" | "periodFrom" | "periodTo" | "measures">;

/** The title in the language the program was not written in. */
export function otherTitleOf(a: Words, lang: Lang): string {
  const one = a.periodFrom === a.periodTo;
  const years = one ? `${a.periodFrom}` : `${a.periodFrom}–${a.periodTo}`;
  return lang === "ky"
    ? `${a.territory.nameKy}: социалдык-экономикалык өнүгүү программасы, ${years}-${one ? "жыл" : "жылдар"}`
    : `${a.territory.nameRu}: программа социально-экономического развития на ${years} ${one ? "год" : "годы"}`;
}

/** What the program is, in one sentence, and how many measures it has. */
export function descriptionOf(a: Words, lang: Lang): string {
  return lang === "ky"
    ? `${otherTitleOf(a, "ky")}. Иш-чаралардын саны: ${a.measures}.`
    : `${otherTitleOf(a, "ru")}. Число мероприятий: ${a.measures}.`;
}
