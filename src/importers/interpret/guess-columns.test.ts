import { describe, expect, it } from "vitest";
import type { TableRow } from "../table.ts";
import type { ActionItem } from "./action-rows.ts";
import { mapColumns } from "./columns.ts";
import { guessColumns } from "./guess-columns.ts";

const row = (...cells: string[]): TableRow => ({ cells });
/** The rows under one header, as findActionTable gives them, and the roles after guessing. */
function rolesAfterGuess(header: TableRow, ...rows: TableRow[]) {
  const map = mapColumns(header);
  const items: ActionItem[] = rows.map((r) => ({ kind: "row", row: r, map }));
  const guessed = guessColumns(items)[0];
  return guessed?.kind === "row" ? { roles: guessed.map.roles, guessed: guessed.map.guessed } : null;
}

describe("guessColumns", () => {
  it("reads an unnamed column of deadlines as the deadline column when the table has none", () => {
    expect(
      rolesAfterGuess(
        row("№", "Иш-чаралар", "Жооптуу аткаруучулар", "5"),
        row("1", "Жол оңдоо", "Айыл өкмөтү", "2026-жылдын III-кварталы"),
        row("2", "Көпүрө куруу", "Айыл өкмөтү", "2027-жыл"),
      ),
    ).toEqual({
      roles: ["number", "action", "responsible", "deadline"],
      guessed: [false, false, false, true],
    });
  });

  it("takes no role the table already has, nor one a single cell shows", () => {
    // a second column of deadlines beside the named one stays unread
    expect(
      rolesAfterGuess(
        row("№", "Иш-чаралар", "Мөөнөтү", "Жооптуу", "Графа"),
        row("1", "Жол оңдоо", "2026-жыл", "Айыл өкмөтү", "2026-жыл"),
        row("2", "Көпүрө куруу", "2027-жыл", "Айыл өкмөтү", "2027-жыл"),
      )?.guessed,
    ).toBeUndefined();
    // one funding word in a column of three filled cells is 1 of 3, under 80 %
    expect(
      rolesAfterGuess(
        row("№", "Иш-чаралар", "Мөөнөтү", "Жооптуу", "Графа"),
        row("1", "Жол оңдоо", "2026-жыл", "Айыл өкмөтү", "ЖБ"),
        row("2", "Көпүрө куруу", "2027-жыл", "Айыл өкмөтү", "долбоор даяр"),
        row("3", "Мектеп", "2027-жыл", "Айыл өкмөтү", "сметасы бар"),
      )?.roles[4],
    ).toBe("other");
  });
});
