import { describe, expect, it } from "vitest";
import { isAppError } from "../../domain/errors.ts";
import type { Block, SourceDocument, TableRow } from "../table.ts";
import { interpretDocument } from "./interpret.ts";

const today = new Date("2026-11-21T00:00:00Z");
const row = (...cells: string[]): TableRow => ({ cells });
const doc = (...blocks: Block[]): SourceDocument => ({ format: "test", blocks });
const para = (text: string): Block => ({ kind: "paragraph", text });
const table = (...rows: TableRow[]): Block => ({ kind: "table", rows });
const read = (d: SourceDocument) => interpretDocument(d, "test.docx", { today });

describe("interpretDocument", () => {
  it("maps Russian columns in any order and carries a merged task down", () => {
    const { plan } = read(
      doc(
        para("Приложение 1 к постановлению мэрии города Каракол"),
        para("План мероприятий по реализации Программы развития города Каракол на 2025-2027 годы"),
        table(
          row(
            "№ п/п",
            "Мероприятия",
            "Ответственные исполнители",
            "Срок исполнения",
            "Задачи",
            "Ожидаемый результат",
          ),
          row("1", "2", "3", "4", "5", "6"),
          row(
            "1.",
            "Ремонт дорог",
            "Мэрия, УКС",
            "III квартал 2025 г.",
            "Улучшить дороги",
            "Дороги отремонтированы",
          ),
          {
            cells: ["2.", "Освещение улиц", "Мэрия", "ежегодно", "", "Улицы освещены"],
            merged: [false, false, false, false, true, false],
          },
        ),
        para("Мэр города Каракол                 А.А. Асанов"),
      ),
    );
    expect(plan.language).toBe("ru");
    expect(plan.period).toEqual({ from: 2025, to: 2027 });
    expect(plan.title).toBe(
      "План мероприятий по реализации Программы развития города Каракол на 2025-2027 годы",
    );
    expect(plan.territory).toBe("город Каракол");
    expect(plan.measures).toHaveLength(2);
    const [first, second] = plan.measures;
    expect(first).toMatchObject({
      number: "1",
      task: "Улучшить дороги",
      action: "Ремонт дорог",
      result: "Дороги отремонтированы",
    });
    expect(first?.responsible).toEqual(["Мэрия", "УКС"]);
    expect(first?.deadline).toEqual({
      text: "III квартал 2025 г.",
      from: "2025-07-01",
      to: "2025-09-30",
      repeat: null,
    });
    expect(second?.task).toBe("Улучшить дороги");
    expect(second?.deadline).toEqual({
      text: "ежегодно",
      from: "2025-01-01",
      to: "2027-12-31",
      repeat: "yearly",
    });
    expect(plan.signatories).toEqual([{ position: "Мэр города Каракол", name: "А.А. Асанов" }]);
  });

  it("joins a row broken by a page and starts a new measure for a line with its own deadline", () => {
    const header = row(
      "№",
      "Милдеттер",
      "Чаралар",
      "Мөөнөтү",
      "Күтүлгөн натыйжа",
      "Жооптуу аткаруучулар",
      "Каржылоо булагы",
    );
    const { plan } = read(
      doc(
        para("Ак-Суу айыл аймагынын 2026-жылга карата иш-чаралар планы"),
        table(
          header,
          row("Билим берүү", "", "", "", "", "", ""),
          row(
            "1",
            "Мектептерди оңдоо",
            "Чатырды алмаштыруу",
            "2026-жыл",
            "Чатыр алмаштырылды",
            "Айыл өкмөтү,",
            "ЖБ",
          ),
          { cells: ["", "", "жана терезелерди жаңылоо", "", "", "мектеп", ""], afterPageBreak: true },
          row("", "", "Спорт залын куруу", "2026-жылдын II-кварталы", "Зал курулду", "Айыл өкмөтү", "РБ"),
        ),
      ),
    );
    expect(plan.sections).toEqual([{ id: "s1", code: null, title: "Билим берүү", parent: null }]);
    expect(plan.measures.map((m) => m.action)).toEqual([
      "Чатырды алмаштыруу жана терезелерди жаңылоо",
      "Спорт залын куруу",
    ]);
    expect(plan.measures[0]?.responsible).toEqual(["Айыл өкмөтү", "мектеп"]);
    expect(plan.measures[1]).toMatchObject({ section: "s1", number: null, task: "Мектептерди оңдоо" });
    expect(plan.measures[1]?.deadline.to).toBe("2026-06-30");
    expect(plan.territory).toBe("Ак-Суу айыл аймагы");
  });

  it("reads numbered headings as nested sections when there is no task column", () => {
    const { plan } = read(
      doc(
        table(
          row("№", "Иш-чаралар", "Аткаруу мөөнөтү", "Жооптуу аткаруучулар"),
          row("1. Экономика", "", "", ""),
          row("1.1. Айыл чарба", "", "", ""),
          row("1", "Сугат түйүндөрүн оңдоо", "2025-2026", "Айыл өкмөтү"),
          row("2.", "Социалдык чөйрө", "", ""),
          row("2", "Мектеп куруу", "2026-жыл", "РБББ"),
        ),
      ),
    );
    expect(plan.sections).toEqual([
      { id: "s1", code: "1", title: "Экономика", parent: null },
      { id: "s2", code: "1.1", title: "Айыл чарба", parent: "s1" },
      { id: "s3", code: "2", title: "Социалдык чөйрө", parent: null },
    ]);
    expect(plan.measures.map((m) => [m.section, m.task, m.number])).toEqual([
      ["s2", "", "1"],
      ["s3", "", "2"],
    ]);
    // No title names a year: the period comes from the deadlines.
    expect(plan.period).toEqual({ from: 2025, to: 2026 });
  });

  it("reads a cost column in thousands and sums per funding source under a two-row header", () => {
    const { plan } = read(
      doc(
        table(
          row("№", "Чаралар", "Мөөнөтү", "Жооптуулар", "Болжолдуу наркы (миң сом)", "Анын ичинде", "", ""),
          row("", "", "", "", "", "РБ", "ЖБ", "Донор"),
          row("1", "Көпүрө куруу", "2026-жыл", "Айыл өкмөтү", "1 250,5", "1000", "250,5", ""),
          row("Бардыгы", "", "", "", "1 250,5", "1000", "250,5", ""),
        ),
      ),
    );
    expect(plan.measures).toHaveLength(1);
    const measure = plan.measures[0];
    expect(measure?.cost?.amount).toBe(1_250_500);
    expect(measure?.funding.map((f) => [f.code, f.amount])).toEqual([
      ["republican", 1_000_000],
      ["local", 250_500],
    ]);
  });

  it("refuses a document with no action table", () => {
    let error: unknown;
    try {
      read(doc(para("Жөн гана текст"), table(row("а", "б"), row("в", "г"))));
    } catch (e) {
      error = e;
    }
    expect(isAppError(error, "no_action_table")).toBe(true);
  });
});

describe("interpretDocument: what the PDF and OCR work found", () => {
  it("reads a scanned Kyrgyz header, sources one per line and a body beside a kindergarten", () => {
    const { plan, warnings } = read(
      doc(
        para("Көк-Жар айыл аймагынын 2026-жылга иш-чаралар планы"),
        table(
          // OCR read «мөөнөтү» as «меенету» and «Күтүлүүчү» as «Кутулуучу»
          row(
            "№",
            "Иш-чаралар",
            "Аткаруу меенету",
            "Жооптуу аткаруучулар",
            "Источник финансирования и сумма",
            "Кутулуучу натыйжа",
          ),
          row(
            "1",
            "Бала бакчанын чатырын оңдоо",
            "2026-жылдын III чейреги",
            "Бала бакча, айыл өкмөтү",
            "РБ – 1,2 млн сом\nЖБ – 0,3 млн\nсом",
            "Чатыр оңдолот",
          ),
        ),
      ),
    );
    const m = plan.measures[0];
    expect(m?.deadline).toMatchObject({ from: "2026-07-01", to: "2026-09-30" });
    expect(m?.responsible).toEqual(["Бала бакча", "айыл өкмөтү"]);
    expect(m?.funding.map((f) => [f.code, f.amount])).toEqual([
      ["republican", 1_200_000],
      ["local", 300_000],
    ]);
    expect(m?.cost).toBeNull();
    expect(m?.result).toBe("Чатыр оңдолот");
    expect(warnings).toEqual([]);
  });
});

describe("interpretDocument: what narrow pages do to a table", () => {
  it("reads a row number a page broke in two, a sum wrapped at its thousands and a hyphen at a line's end", () => {
    const { plan } = read(
      doc(
        para("Көк-Жар айыл аймагынын 2026-жылга иш-чаралар планы"),
        table(
          row("№", "Иш-чаралар", "Аткаруу мөөнөтү", "Наркы (миң сом)"),
          row("9", "Көпүрө куруу", "2026-жыл", "300,0"),
          // "10" is printed "1" at the foot of the page and "0" at the top of the next
          row("1", "Мектептин чатырын", "2026-жылдын III-", "2"),
          { cells: ["0", "алмаштыруу", "кварталы", "500,0"], afterPageBreak: true },
        ),
      ),
    );
    expect(plan.measures.map((m) => m.number)).toEqual(["9", "10"]);
    const tenth = plan.measures[1];
    expect(tenth?.action).toBe("Мектептин чатырын алмаштыруу");
    expect(tenth?.deadline).toMatchObject({
      text: "2026-жылдын III-кварталы",
      from: "2026-07-01",
      to: "2026-09-30",
    });
    expect(tenth?.cost?.amount).toBe(2_500_000);
  });

  it("knows header words a narrow column broke inside", () => {
    const { plan } = read(
      doc(
        para("План мероприятий на 2026 год"),
        table(
          row("№", "Мероприя\nтие", "Срок\nиспол\nнения", "Ответстве\nнные"),
          row("1", "Ремонт школы", "2026 г.", "Отдел образования"),
        ),
      ),
    );
    expect(plan.measures[0]).toMatchObject({
      deadline: { from: "2026-01-01" },
      responsible: ["Отдел образования"],
    });
  });
});
