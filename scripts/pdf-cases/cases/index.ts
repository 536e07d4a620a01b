/** The PDF cases: each hand-made fixture with the column layout it is printed in. */
import type { DocxLayout } from "../../../tests/fixtures/plans/gen/docx.ts";
import type { Fixture } from "../../../tests/fixtures/plans/gen/fixture.ts";
import { kokZhar } from "./kok-zhar.ts";
import { togusBulak } from "./togus-bulak.ts";

/** A fixture and how its table is laid out in the .docx. */
export interface PdfCase {
  fixture: Fixture;
  layout: DocxLayout;
}

export const PDF_CASES: PdfCase[] = [
  {
    // responsible before the deadline, the funding cell with a sum per source, then the result
    fixture: togusBulak,
    layout: {
      cells: (r) => [r.no, r.action, r.resp, r.deadline, r.fund, r.result],
      taskColumn: 1,
      widths: [500, 2200, 3200, 2600, 1500, 2300, 2600],
    },
  },
  {
    // no task column: responsible, funding with sums, deadline, result
    fixture: kokZhar,
    layout: {
      cells: (r) => [r.no, r.action, r.resp, r.fund, r.deadline, r.result],
      widths: [500, 4000, 2700, 2500, 1800, 3400],
    },
  },
];
