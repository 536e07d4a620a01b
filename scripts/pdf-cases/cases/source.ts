/** A gold funding item typed by hand: its code and printed name, with the sum when the cell states one. */
import type { Funding } from "../../../src/domain/plan.ts";

/** A maker of one source's items: `RB(1_200_000)` for «РБ – 1,2 млн сом», `RB()` for a bare «РБ». */
export const source =
  (code: Funding["code"], text: string) =>
  (amount?: number): Funding =>
    amount === undefined ? { code, text } : { code, text, amount };
