import { describe, expect, it } from "vitest";
import { rowStarts } from "./layout-rows.ts";

/** A line of fixed-width text with each text at its position. */
function line(...texts: [number, string][]): string {
  let out = "";
  for (const [x, text] of texts) out = `${out.padEnd(x)}${text}`;
  return out;
}

// the page's columns: №, task, action, responsible, deadline
const page = [0, 2, 16, 35, 48];

describe("rowStarts", () => {
  it("moves a column left for a row printed left of the page's columns, one space between words", () => {
    const row = [
      line([0, "6"], [2, "Айыл"], [13, "Сугат каналдарын"], [30, "Ак-Жар"], [48, "2026-"]),
      line([2, "чарба"], [13, "тазалоо жана 250"], [30, "айыл"], [48, "жылдын"]),
      line([2, "өндүрүшүн"], [13, "га жаңы жерди"], [30, "өкмөтү"]),
    ];
    expect(rowStarts(row, page)).toEqual([
      [0, 2, 13, 30, 48],
      [0, 2, 13, 30, 48],
      [0, 2, 13, 30, 48],
    ]);
  });

  it("gives each row its own starts: a row at the page's columns keeps them", () => {
    const lines = [
      line([0, "5"], [2, "Жолдор"], [16, "Көпүрөлөрдү оңдоо"], [35, "Айыл өкмөтү"], [48, "жыл сайын"]),
      line([16, "жана суу түтүктөрү"], [35, "Мэрия"]),
      line([0, "6"], [2, "Вода"], [14, "Очистка каналов"], [30, "Айыл окмоту"], [48, "2026 год"]),
      line([2, "села"], [14, "и арыков"], [30, "Ассоциация"]),
      line([30, "водопользователей"]),
    ];
    const starts = rowStarts(lines, page);
    expect(starts.slice(0, 2)).toEqual([page, page]);
    expect(starts.slice(2)).toEqual(new Array(3).fill([0, 2, 14, 30, 48]));
  });

  it("keeps a start whose column's words begin there or right after it", () => {
    const row = [
      line([0, "1"], [2, "Суу"], [16, "Суу түтүгүн"], [35, "Айыл өкмөтү"]),
      line([16, "оңдоо жана куруу"], [36, "ЖЧК"]),
    ];
    expect(rowStarts(row, page)).toEqual([page, page]);
  });

  it("keeps the page's start when the words left of it are the previous column's, printed right of its start", () => {
    // the responsible column is empty; the deadline's words begin 3 right of its start at 35
    const row = [
      line([0, "11"], [3, "Калкты"], [16, "ЕӨРБ аркылуу"], [38, "2026-"]),
      line([3, "суу менен"], [16, "каржыланып"], [38, "жылдын"]),
      line([16, "долбоорунун"], [38, "IV-кварталы"]),
    ];
    expect(rowStarts(row, [0, 2, 16, 35, 44])).toEqual(new Array(3).fill([0, 2, 16, 35, 44]));
  });

  it("keeps the page's start when words begin left of it on one line only", () => {
    const row = [line([0, "3"], [2, "Жол"], [16, "Жолдорду оңдоо"], [31, "Мэрия"], [48, "2026-"])];
    expect(rowStarts(row, page)).toEqual([page]);
  });
});
