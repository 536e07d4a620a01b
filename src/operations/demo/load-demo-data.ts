/**
 * What the demo holds, as data: territories, bodies with the names the seed plans use, users of
 * every role (logins and passwords are in the README), the plans and how many reports to write.
 */
import type { Role } from "../../domain/access.ts";
import type { NewTerritory } from "../territories/create-territory.ts";

/** A territory of the demo; `parent` is the code of its parent. */
export interface DemoTerritory extends Omit<NewTerritory, "parentId"> {
  parent: string | null;
}

export const DEMO_TERRITORIES: DemoTerritory[] = [
  {
    code: "41700000000000",
    parent: null,
    level: "republic",
    nameKy: "Кыргыз Республикасы",
    nameRu: "Кыргызская Республика",
  },
  {
    code: "41703000000000",
    parent: "41700000000000",
    level: "oblast",
    nameKy: "Жалал-Абад облусу",
    nameRu: "Джалал-Абадская область",
  },
  {
    code: "41703420000000",
    parent: "41703000000000",
    level: "city",
    nameKy: "Таш-Көмүр шаары",
    nameRu: "город Таш-Кумыр",
  },
  {
    code: "41706000000000",
    parent: "41700000000000",
    level: "oblast",
    nameKy: "Ош облусу",
    nameRu: "Ошская область",
  },
  {
    code: "41706259000000",
    parent: "41706000000000",
    level: "district",
    nameKy: "Чоң-Алай району",
    nameRu: "Чон-Алайский район",
  },
];

/** A body of a territory with the other names plans write for it. */
export interface DemoBody {
  key: string;
  territory: string;
  name: string;
  nameRu?: string;
  shortName?: string;
  aliases?: string[];
  partner?: boolean;
}

const TK = "41703420000000";
const CA = "41706259000000";

export const DEMO_BODIES: DemoBody[] = [
  { key: "tk-mayor", territory: TK, name: "Таш-Көмүр шаардык мэриясы", nameRu: "Мэрия города Таш-Кумыр" },
  {
    key: "tk-property",
    territory: TK,
    name: "Муниципалдык менчик департаменти",
    nameRu: "Департамент муниципальной собственности",
    aliases: ["Таш-Көмүр шаардык мэриясынын алдындагы Муниципалдык менчик департаменти"],
  },
  { key: "tk-education", territory: TK, name: "Шаардык билим берүү бөлүмү", shortName: "ШБББ" },
  { key: "tk-police", territory: TK, name: "Шаардык ички иштер бөлүмү", shortName: "ШИИБ" },
  {
    key: "tk-water",
    territory: TK,
    name: "Суу чарба ишканасы",
    aliases: ["“Суу-чарба” чарбалык эсептеги ишканасы"],
  },
  { key: "tk-heat", territory: TK, name: "“Жылуулук менен камсыздоо” ишканасы" },
  { key: "tk-emergency", territory: TK, name: "Таш-Көмүр шаардык өзгөчө кырдаалдар бөлүмү" },
  { key: "tk-social", territory: TK, name: "Социалдык камсыздоо башкармалыгы" },
  {
    key: "tk-health",
    territory: TK,
    name: "Жалпы дарыгерлик практика борбору",
    shortName: "ЖДПБ",
    aliases: ["Таш-Көмүр ЖДПБ"],
  },
  { key: "tk-cement", territory: TK, name: "“Евро Юг Цемент” ЖЧКсы", partner: true },
  {
    key: "ca-admin",
    territory: CA,
    name: "Райондук мамлекеттик администрация",
    nameRu: "Районная государственная администрация",
    shortName: "РМА",
    aliases: ["Чоң-Алай РМА"],
  },
  {
    key: "ca-local",
    territory: CA,
    name: "Жергиликтүү өз алдынча башкаруу органдары",
    nameRu: "Органы местного самоуправления",
    shortName: "ЖӨБО",
  },
  { key: "ca-education", territory: CA, name: "Райондук билим берүү бөлүмү", shortName: "РБББ" },
  {
    key: "ca-aiyl",
    territory: CA,
    name: "Чоң-Алай айыл өкмөтү",
    aliases: ["Чон-Алай айыл өкмөтү", "Чоң-Алай айыл өкмөт"],
  },
  { key: "ca-forest", territory: CA, name: "Чоң-Алай токойчулугу", aliases: ["Чон-Алай токойчулугу"] },
  {
    key: "ca-health",
    territory: CA,
    name: "Жалпы дарыгерлик практика борбору",
    shortName: "ЖДПБ",
    aliases: ["Чон-Алай ЖДПБ", "Чоң-Алай району ЖДПБ"],
  },
];

/** A demo user: login, password, the body they belong to, and one role over a territory. */
export interface DemoUser {
  login: string;
  password: string;
  displayName: string;
  body: string | null;
  role: Role;
  territory: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    login: "admin",
    password: "demo-admin-1",
    displayName: "Администратор",
    body: null,
    role: "admin",
    territory: "41700000000000",
  },
  {
    login: "planner.tk",
    password: "demo-planner-tk",
    displayName: "Айгүл (пландоо, Таш-Көмүр)",
    body: "tk-mayor",
    role: "planner",
    territory: TK,
  },
  {
    login: "executor.tk",
    password: "demo-executor-tk",
    displayName: "Бакыт (мэрия, Таш-Көмүр)",
    body: "tk-mayor",
    role: "executor",
    territory: TK,
  },
  {
    login: "viewer.tk",
    password: "demo-viewer-tk",
    displayName: "Гүлнара (байкоочу, Таш-Көмүр)",
    body: "tk-mayor",
    role: "viewer",
    territory: TK,
  },
  {
    login: "planner.ca",
    password: "demo-planner-ca",
    displayName: "Нурлан (пландоо, Чоң-Алай)",
    body: "ca-admin",
    role: "planner",
    territory: CA,
  },
  {
    login: "executor.ca",
    password: "demo-executor-ca",
    displayName: "Жылдыз (РМА, Чоң-Алай)",
    body: "ca-admin",
    role: "executor",
    territory: CA,
  },
  {
    login: "planner.kg",
    password: "demo-planner-kg",
    displayName: "Эркин (пландоо, Экономика министрлиги)",
    body: null,
    role: "planner",
    territory: "41700000000000",
  },
  {
    login: "planner.osh",
    password: "demo-planner-osh",
    displayName: "Салтанат (пландоо, Ош облусу)",
    body: null,
    role: "planner",
    territory: "41706000000000",
  },
];

/** A seed plan of the demo, who imports and reviews it, and who reports on it. */
export interface DemoPlan {
  file: string;
  territory: string;
  approvalNumber: string;
  approvalDate: string;
  planner: string;
  executor: string;
}

export const DEMO_PLANS: DemoPlan[] = [
  {
    file: "tash-komur-2026.docx",
    territory: TK,
    approvalNumber: "12-3",
    approvalDate: "2025-12-26",
    planner: "planner.tk",
    executor: "executor.tk",
  },
  {
    file: "chong-alai-2025-2030.docx",
    territory: CA,
    approvalNumber: "4-12",
    approvalDate: "2024-12-20",
    planner: "planner.ca",
    executor: "executor.ca",
  },
];

/**
 * The reports of each program: the executor's body reports on the first REPORTED_MEASURES
 * measures it leads, in each of the last REPORTED_QUARTERS past quarters. All are accepted except
 * in the latest past quarter, where the second-to-last is returned and the last left a draft.
 * In the current quarter the next measure it leads has one submitted report awaiting review.
 * Accepted reports say "done" (100%) when the quarter reaches the measure's deadline, and for the
 * first measure from the second reported quarter on; others say "in progress", 25% more each
 * reported quarter (at most 90%). The first report of the first reported quarter has a file.
 */
export const REPORTED_MEASURES = 5;
export const REPORTED_QUARTERS = 4;
