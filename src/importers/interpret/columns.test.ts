import { describe, expect, it } from "vitest";
import { mapColumns, roleOfHeader } from "./columns.ts";

describe("roleOfHeader: a funding heading that also says «сумма» is funding", () => {
  it.each([
    ["Источник финансирования и сумма", "funding"],
    ["Источники финансирования, сумма", "funding"],
    ["Каржылоо булагы жана суммасы", "funding"],
    ["Каржылоо булагы", "funding"],
    ["Источник финансирования", "funding"],
    ["Финансирование", "funding"],
    // a sum with no source named stays the cost
    ["Сумма", "cost"],
    ["Сумма финансирования", "cost"],
    ["Наркы (миң сом)", "cost"],
    ["Стоимость, тыс. сом", "cost"],
  ])("%s → %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it("keeps a unit beside the source's name a cost column, as before", () => {
    const map = mapColumns({
      cells: ["№", "Мероприятия", "Срок", "Источник финансирования и сумма", "Финансирование (тыс. сом)"],
    });
    expect(map.roles).toEqual(["number", "action", "deadline", "funding", "cost"]);
    expect(map.multipliers).toEqual([null, null, null, null, 1000]);
  });
});

describe("roleOfHeader: header words as OCR misreads them", () => {
  it.each([
    // ө read as е or о, ү as у, ң as н
    ["Аткаруу меенету", "deadline"],
    ["Аткаруу моонотү", "deadline"],
    ["Аткаруу мөөнөту", "deadline"],
    ["Кутулуучу натыйжа", "result"],
    ["Жыйынтыктоочу керсеткуч", "result"],
    ["Жооптуу аткаруучулар", "responsible"],
    ["Жооп беруучу", "responsible"],
    ["Иш-чаралар", "action"],
    ["Милдеттер", "task"],
  ])("%s → %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it("still knows words that are not columns", () => {
    expect(roleOfHeader("Эскертуу")).toBeNull();
    expect(roleOfHeader("Менен")).toBeNull();
  });
});

describe("roleOfHeader: title words a narrow column broke inside", () => {
  it.each([
    ["Аткар\nуу\nмөөнө\nтү", "deadline"],
    ["Ответстве нные исполните ли", "responsible"],
    ["Источн ик финанс ирован ия", "funding"],
    ["Күтүлүүчү\nнатыйжа", "result"],
  ])("%s → %s", (header, role) => {
    expect(roleOfHeader(header)).toBe(role);
  });

  it("still knows words that are no column once joined", () => {
    expect(roleOfHeader("Эс кертүү")).toBeNull();
  });
});
