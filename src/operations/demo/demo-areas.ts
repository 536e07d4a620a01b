/**
 * Where the demo's generated programs are: districts of the register (СОАТЕ codes) and aiyl aimaks
 * below them, which the register does not list — they get clearly local codes ("LOCAL-…", as the
 * register's header says for a unit whose official code is not confirmed). Two oblasts: Jalal-Abad
 * and Osh, so a national roll-up has two oblast lines with districts and aiyl aimaks under them.
 */
import type { DemoTerritory } from "./load-demo-data.ts";

/** The file of the national register the demo loads first (republic, oblasts, districts). */
export const REGISTER_FILE = "registers/territories-kg.csv";

const aimak = (code: string, parent: string, ky: string, ru: string): DemoTerritory => ({
  code: `LOCAL-${code}`,
  parent,
  level: "aiyl_aimak",
  nameKy: `${ky} айыл аймагы`,
  nameRu: `${ru} айылный аймак`,
});

const SUZAK = "41703220000000";
const NOOKEN = "41703215000000";
const AKSY = "41703211000000";
const ALAI = "41706207000000";
const KARA_SUU = "41706226000000";
const OZGON = "41706255000000";
const CHONG_ALAI = "41706259000000";

/** Aiyl aimaks of the demo, under districts of the register. */
export const DEMO_AIYL_AIMAKS: DemoTerritory[] = [
  aimak("JA-SUZAK-01", SUZAK, "Сузак", "Сузакский"),
  aimak("JA-SUZAK-02", SUZAK, "Благовещенка", "Благовещенский"),
  aimak("JA-NOOKEN-01", NOOKEN, "Масы", "Массинский"),
  aimak("OSH-ALAI-01", ALAI, "Гүлчө", "Гульчинский"),
  aimak("OSH-ALAI-02", ALAI, "Сопу-Коргон", "Сопу-Коргонский"),
  aimak("OSH-CHALAI-01", CHONG_ALAI, "Дароот-Коргон", "Дароот-Коргонский"),
  aimak("OSH-CHALAI-02", CHONG_ALAI, "Кашка-Суу", "Кашка-Суйский"),
];

/** The territories that get a generated program: six districts and every demo aiyl aimak. */
export const GENERATED_PROGRAM_TERRITORIES: string[] = [
  SUZAK,
  NOOKEN,
  AKSY,
  ALAI,
  KARA_SUU,
  OZGON,
  ...DEMO_AIYL_AIMAKS.map((t) => t.code),
];

/** The bodies a generated program names as responsible, by level: the first one leads. */
export function generatedBodies(level: string, nameKy: string): string[] {
  if (level === "aiyl_aimak") return [`${nameKy.replace(/ айыл аймагы$/, "")} айыл өкмөтү`, "Айылдык кеңеш"];
  return ["Райондук мамлекеттик администрация", "Райондук билим берүү бөлүмү"];
}
