/**
 * A Kyrgyz aiyl aimak plan, 2026–2027, with no task column, printed from Word to PDF: columns in
 * an order no seed has (responsible, then funding with a sum per source, then the deadline, the
 * result last), numbered headings two levels deep, rows long enough to break across pages under a
 * repeated header. Every gold value is typed by hand from docs/spec/plan-format.md beside the
 * printed cell; the aiyl aimak and rows are invented.
 */
import type { Fixture, FixtureRow } from "../../../tests/fixtures/plans/gen/fixture.ts";
import { source } from "./source.ts";

const P = { from: "2026-01-01", to: "2027-12-31" }; // the program period, for yearly/ongoing rows
const RB = source("republican", "РБ");
const JB = source("local", "ЖБ");
const SPONSOR = source("sponsor", "Демөөрчү");
const AO = "Көк-Жар айыл өкмөтү";

type Printed = Omit<FixtureRow, "number" | "cost" | "result"> & { result: string };
/** A row whose number is printed as it is gold; these rows state no whole cost. */
const row = (r: Printed): FixtureRow => ({ ...r, cost: null, number: r.no });
const group = (section: string, rows: FixtureRow[]) => ({ kind: "group" as const, section, task: "", rows });
const heading = (text: string) => ({ kind: "heading" as const, text });

export const kokZhar: Fixture = {
  name: "kok-zhar-2026-2027",
  before: [
    "Көк-Жар айылдык кеңешинин 2026-жылдын 12-февралындагы №5 токтомуна тиркеме",
    "Көк-Жар айыл аймагын 2026–2027-жылдары социалдык-экономикалык өнүктүрүүнүн иш-чаралар планы",
  ],
  titleLines: [1],
  columns: [
    "№",
    "Иш-чаралардын аталышы",
    "Жооптуу аткаруучулар",
    "Каржылоо булагы",
    "Аткаруу мөөнөтү",
    "Күтүлгөн натыйжа",
  ],
  items: [
    heading("1. Инфраструктура"),
    heading("1.1. Ичүүчү суу жана жолдор"),
    group("s2", [
      row({
        no: "1",
        action: "Көк-Жар айылында ичүүчү суу түтүгүн 6 км узундукта алмаштыруу",
        resp: `${AO},\n«Таза суу» долбоору (макулдашуу боюнча)`,
        responsible: [AO, "«Таза суу» долбоору (макулдашуу боюнча)"],
        fund: "РБ – 1,2 млн сом; ЖБ – 0,3 млн сом",
        funding: [RB(1_200_000), JB(300_000)],
        deadline: "2026-жылдын III-кварталы",
        from: "2026-07-01",
        to: "2026-09-30",
        repeat: null,
        result: "320 үй чарба таза суу менен камсыз болот",
        targets: [
          { value: 6, unit: "км" },
          { value: 320, unit: "үй чарба" },
        ],
      }),
      row({
        no: "2",
        action:
          "Айылдын борбордук көчөлөрүн асфальттоо, жол боюндагы арыктарды тазалоо жана бетондоо, жөө жүргүнчүлөр үчүн тротуар куруу, көчө белгилерин орнотуу",
        resp: `${AO},\nрайондук жол-эксплуатациялык ишкана`,
        responsible: [AO, "райондук жол-эксплуатациялык ишкана"],
        fund: "РБ – 8,5 млн сом\nЖБ – 1,5 млн сом\nДемөөрчү – 0,5 млн сом",
        funding: [RB(8_500_000), JB(1_500_000), SPONSOR(500_000)],
        deadline: "2026-2027-жылдар",
        from: "2026-01-01",
        to: "2027-12-31",
        repeat: null,
        result:
          "4 км көчө асфальтталат, жаан-чачында көчөлөрдү суу баспай калат, окуучулар мектепке коопсуз жөө барышат, айылдын көркү жакшырат",
        targets: [{ value: 4, unit: "км" }],
      }),
      row({
        no: "3",
        action: "Көчө жарыктандыруусун күн панелдери менен орнотуу",
        resp: AO,
        responsible: [AO],
        fund: "ЖБ – 450,0 миң сом",
        funding: [JB(450_000)],
        deadline: "2026-жыл",
        from: "2026-01-01",
        to: "2026-12-31",
        repeat: null,
        result: "60 чырак орнотулат",
        targets: [{ value: 60, unit: "чырак" }],
      }),
    ]),
    heading("1.2. Турак жай-коммуналдык чарба"),
    group("s3", [
      row({
        no: "4",
        action: "Таштанды чыгаруучу атайын унаа сатып алуу",
        resp: `${AO}, «Тазалык» муниципалдык ишканасы`,
        responsible: [AO, "«Тазалык» муниципалдык ишканасы"],
        fund: "ЖБ – 2,4 млн сом",
        funding: [JB(2_400_000)],
        deadline: "2026-жылдын II-кварталы",
        from: "2026-04-01",
        to: "2026-06-30",
        repeat: null,
        result: "Таштанды жумасына 2 жолу чыгарылат",
        targets: [],
      }),
      row({
        no: "5",
        action: "Көп кабаттуу үйлөрдүн чатырларын оңдоо",
        resp: "Үй ээлеринин шериктештиктери, айыл өкмөтү",
        responsible: ["Үй ээлеринин шериктештиктери", "айыл өкмөтү"],
        fund: "ЖБ – 0,8 млн сом; Демөөрчү – 0,2 млн сом",
        funding: [JB(800_000), SPONSOR(200_000)],
        deadline: "Жыл сайын",
        ...P,
        repeat: "yearly",
        result: "Жыл сайын 5 үйдүн чатыры оңдолот",
        targets: [{ value: 5, unit: "үй" }],
      }),
    ]),
    heading("2. Социалдык чөйрө"),
    group("s4", [
      row({
        no: "6",
        action:
          "Мектептин спорт залын капиталдык оңдоо, жылытуу системасын алмаштыруу, чечинүүчү бөлмөлөрдү жана душ бөлмөлөрүн куруу, спорт шаймандарын сатып алуу",
        resp: "Айылдык мектеп,\nрайондук билим берүү бөлүмү,\nайыл өкмөтү",
        responsible: ["Айылдык мектеп", "райондук билим берүү бөлүмү", "айыл өкмөтү"],
        fund: "РБ – 3,6 млн сом; ЖБ – 0,4 млн сом",
        funding: [RB(3_600_000), JB(400_000)],
        deadline: "2027-жылдын 1-сентябрына чейин",
        from: "2026-01-01",
        to: "2027-09-01",
        repeat: null,
        result:
          "450 окуучу ыңгайлуу шартта дене тарбия сабагын өтөт, кышында зал жылуу болот, айылдык спорт мелдештери залда өткөрүлөт",
        targets: [{ value: 450, unit: "окуучу" }],
      }),
      row({
        no: "7",
        action: "Бала бакчага кошумча топ ачуу",
        resp: "Бала бакча, айыл өкмөтү",
        responsible: ["Бала бакча", "айыл өкмөтү"],
        fund: "ЖБ – 600,0 миң сом",
        funding: [JB(600_000)],
        deadline: "2026-жылдын сентябрь айы",
        from: "2026-09-01",
        to: "2026-09-30",
        repeat: null,
        result: "25 бала мектепке чейинки билим алат",
        targets: [{ value: 25, unit: "бала" }],
      }),
      row({
        no: "8",
        action: "Аз камсыз болгон үй-бүлөлөргө кышкы көмүр таратуу",
        resp: "Социалдык өнүктүрүү бөлүмү, айыл өкмөтү",
        responsible: ["Социалдык өнүктүрүү бөлүмү", "айыл өкмөтү"],
        fund: "ЖБ – 350,0 миң сом; Демөөрчү – 150,0 миң сом",
        funding: [JB(350_000), SPONSOR(150_000)],
        deadline: "Жыл сайын",
        ...P,
        repeat: "yearly",
        result: "70 үй-бүлө көмүр менен камсыз болот",
        targets: [{ value: 70, unit: "үй-бүлө" }],
      }),
      row({
        no: "9",
        action: "Ден соолук боюнча түшүндүрүү иштерин жүргүзүү",
        resp: "Үй-бүлөлүк медицина борбору",
        responsible: ["Үй-бүлөлүк медицина борбору"],
        fund: "Каржылоо талап кылынбайт",
        funding: [source("none", "Каржылоо талап кылынбайт")()],
        deadline: "Туруктуу негизде",
        ...P,
        repeat: "ongoing",
        result: "Калктын ден соолукка көңүл буруусу жогорулайт",
        targets: [],
      }),
    ]),
  ],
  signatures: [["Көк-Жар айыл өкмөтүнүн башчысы", "А.Т. Жумабеков"]],
  gold: {
    title: "Көк-Жар айыл аймагын 2026–2027-жылдары социалдык-экономикалык өнүктүрүүнүн иш-чаралар планы",
    territory: "Көк-Жар айыл аймагы",
    period: { from: 2026, to: 2027 },
    language: "ky",
    sections: [
      { id: "s1", code: "1", title: "Инфраструктура", parent: null },
      { id: "s2", code: "1.1", title: "Ичүүчү суу жана жолдор", parent: "s1" },
      { id: "s3", code: "1.2", title: "Турак жай-коммуналдык чарба", parent: "s1" },
      { id: "s4", code: "2", title: "Социалдык чөйрө", parent: null },
    ],
    signatories: [{ position: "Көк-Жар айыл өкмөтүнүн башчысы", name: "А.Т. Жумабеков" }],
  },
};
