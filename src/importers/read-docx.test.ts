import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { errorCodeOf } from "../../tests/setup/error-code.ts";
import { readDocx } from "./read-docx.ts";
import type { Block, TableBlock } from "./table.ts";

const seed = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/seeds/${name}`));
const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/** A minimal .docx holding `body` as the inside of w:body. */
async function makeDocx(body: string, options: { prefix?: string; mainPart?: string } = {}) {
  const p = options.prefix ?? "w";
  const part = options.mainPart ?? "word/document.xml";
  const zip = new JSZip();
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${part}"/></Relationships>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?><${p}:document xmlns:${p}="${W}"><${p}:body>${body}</${p}:body></${p}:document>`;
  zip.file(part, p === "w" ? xml : xml.replace(/<(\/?)w:/g, `<$1${p}:`).replace(/ w:/g, ` ${p}:`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const para = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const cell = (text: string, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${para(text)}</w:tc>`;
const grid = (n: number) => `<w:tblGrid>${'<w:gridCol w:w="100"/>'.repeat(n)}</w:tblGrid>`;
const tables = (blocks: Block[]) => blocks.filter((b): b is TableBlock => b.kind === "table");

describe("readDocx on the seeds", () => {
  it("reads the chong-alai plan: title, one table with merged task cells, signatures", async () => {
    const doc = await readDocx(seed("chong-alai-2025-2030.docx"), "chong-alai.docx");
    expect(doc.format).toBe("docx");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["paragraph", "table", "paragraph", "paragraph"]);
    expect(doc.blocks[0]).toEqual({
      kind: "paragraph",
      text: "2025-2030-жылдарга Чон-Алай районунун социалдык-экономикалык өнүктүрүү программасын ишке ашыруу боюнча иш- чаралар планы",
    });
    expect(doc.blocks[2]).toEqual({
      kind: "paragraph",
      text: "Акимдин орун басары            Б.Ж.Бакыбеков",
    });
    const [table] = tables(doc.blocks);
    const rows = table?.rows ?? [];
    expect(rows).toHaveLength(84);
    expect(rows.every((r) => r.cells.length === 6 && r.merged?.length === 6)).toBe(true);
    expect(rows[0]).toEqual({
      cells: [
        "№",
        "Милдеттер",
        "Чаралар/аракеттер",
        "Ишке ашыруу мөөнөтү",
        "Күтүлгөн натыйжалар",
        "Жооптуу аткаруучулар",
      ],
      merged: Array(6).fill(false),
      header: true,
    });
    expect(rows[1]?.cells).toEqual(["4.1 Экономикалык өнүгүү", "", "", "", "", ""]);
    // Heading rows span the whole grid: 84 rows = 1 header + 3 headings + 80 measures.
    expect(rows.filter((r) => r.cells.slice(1).every((c) => c === "")).length).toBe(3);
    expect(rows[3]?.cells.slice(0, 4)).toEqual([
      "1",
      "Ири, орто жана чакан бизнести колдоо жана курулуш тармагындагы өнөр жай ишканаларын ишке киргизүү",
      "Чон-Алай айыл аймагына муниципалдык мал сойуучу цехтин курулуш иштерин баштоо сметалык баасы-32,0 млн сом",
      "2025-ж",
    ]);
    // The first task is merged down over the rows of measures 2..5.
    for (const i of [4, 5, 6, 7]) {
      expect(rows[i]?.merged).toEqual([false, true, false, false, false, false]);
      expect(rows[i]?.cells[1]).toBe("");
    }
    expect(rows[3]?.merged?.[1]).toBe(false);
    expect(rows[8]?.cells[1]).toBe("Текстиль өнөр жайын өнүктүрүү");
    expect(rows[8]?.merged?.[1]).toBe(false);
    expect(rows.filter((r) => r.merged?.[1]).length).toBe(55);
  });

  it("reads the tash-komur plan: 7 columns, 13 heading rows, two merged task cells", async () => {
    const doc = await readDocx(seed("tash-komur-2026.docx"), "tash-komur.docx");
    const [table] = tables(doc.blocks);
    const rows = table?.rows ?? [];
    expect(rows).toHaveLength(41);
    expect(rows[0]?.cells[6]).toBe("Каржылоо булагы");
    expect(rows[0]?.header).toBe(true);
    expect(rows.filter((r) => r.header).length).toBe(1);
    expect(rows.filter((r) => r.cells[0] !== "" && r.cells.slice(1).every((c) => c === "")).length).toBe(13);
    expect(rows[4]?.cells[1]).toBe(
      "«GRK Solar Enerqi» ЖЧКсын жана “ОФ Ташкумыр” көмүрдү байытуу заводдун ишке киргизүү",
    );
    expect(rows.flatMap((r, i) => (r.merged?.includes(true) ? [i] : []))).toEqual([7, 28]);
    expect(rows[7]?.cells.slice(0, 2)).toEqual(["", ""]);
    expect(rows[7]?.cells[6]).toBe("Демөөрчү, РБ");
    expect(doc.blocks.at(-1)).toEqual({
      kind: "paragraph",
      text: "Таш-Көмүр шаарынын мэри            К.Б.Бектемиров",
    });
  });
});

describe("readDocx on synthetic documents", () => {
  it("resolves gridSpan, gridBefore/gridAfter, vMerge and header rows on the table grid", async () => {
    const body = `<w:tbl>${grid(4)}
      <w:tr><w:trPr><w:tblHeader/></w:trPr>${cell("№")}${cell("Task")}${cell("Measure")}${cell("Due")}</w:tr>
      <w:tr>${cell("1. Economy", '<w:gridSpan w:val="4"/>')}</w:tr>
      <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${cell("X")}${cell("Y", '<w:gridSpan w:val="2"/>')}</w:tr>
      <w:tr>${cell("1")}${cell("Roads", '<w:vMerge w:val="restart"/>')}${cell("Pave")}${cell("2026")}</w:tr>
      <w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr>${cell("2")}${cell("", "<w:vMerge/>")}${cell("Light")}</w:tr>
      <w:tr>${cell("3")}</w:tr>
    </w:tbl>`;
    const doc = await readDocx(await makeDocx(body), "t.docx");
    const F = false;
    expect(doc.blocks).toEqual([
      {
        kind: "table",
        rows: [
          { cells: ["№", "Task", "Measure", "Due"], merged: [F, F, F, F], header: true },
          { cells: ["1. Economy", "", "", ""], merged: [F, F, F, F] },
          { cells: ["", "X", "Y", ""], merged: [F, F, F, F] },
          { cells: ["1", "Roads", "Pave", "2026"], merged: [F, F, F, F] },
          { cells: ["2", "", "Light", ""], merged: [F, true, F, F] },
          { cells: ["3", "", "", ""], merged: [F, F, F, F] },
        ],
      },
    ]);
  });

  it("widens the grid to the widest row when w:tblGrid is missing or short", async () => {
    const body = `<w:tbl>${grid(1)}<w:tr>${cell("a")}</w:tr><w:tr>${cell("b")}${cell("c", '<w:gridSpan w:val="2"/>')}</w:tr></w:tbl>`;
    const [table] = tables((await readDocx(await makeDocx(body), "t.docx")).blocks);
    expect(table?.rows.map((r) => r.cells)).toEqual([
      ["a", "", ""],
      ["b", "c", ""],
    ]);
  });

  it("keeps body order across paragraphs and two tables, skipping empty paragraphs", async () => {
    const body = `${para("Title")}<w:p/>${para("   ")}<w:tbl>${grid(1)}<w:tr>${cell("t1")}</w:tr></w:tbl>${para("Between")}<w:tbl>${grid(2)}<w:tr>${cell("t2a")}${cell("t2b")}</w:tr></w:tbl>${para("Signed")}<w:sectPr/>`;
    const doc = await readDocx(await makeDocx(body), "t.docx");
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "Title" },
      { kind: "table", rows: [{ cells: ["t1"], merged: [false] }] },
      { kind: "paragraph", text: "Between" },
      { kind: "table", rows: [{ cells: ["t2a", "t2b"], merged: [false, false] }] },
      { kind: "paragraph", text: "Signed" },
    ]);
  });

  it("reads runs exactly: tabs, breaks, insertions kept, deletions and field codes dropped, entities decoded", async () => {
    const body = `<w:p>
      <w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:rPr><w:t>not text</w:t></w:rPr></w:pPr>
      <w:r><w:t>A &amp; B</w:t></w:r>
      <w:r><w:tab/><w:t xml:space="preserve">c </w:t></w:r>
      <w:del w:id="1" w:author="x"><w:r><w:delText>gone</w:delText></w:r></w:del>
      <w:ins w:id="2" w:author="x"><w:r><w:t>new</w:t></w:r></w:ins>
      <w:r><w:br/><w:t>&#1040;&#x04E9;&lt;</w:t><w:cr/><w:t>x</w:t></w:r>
      <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
      <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
      <w:hyperlink r:id="rId9" xmlns:r="r"><w:r><w:t>-link</w:t></w:r></w:hyperlink>
    </w:p>`;
    const doc = await readDocx(await makeDocx(body), "t.docx");
    expect(doc.blocks).toEqual([{ kind: "paragraph", text: "A & B\tc new\nАө<\nx7-link" }]);
  });

  it("joins a cell's paragraphs with new lines and flattens a nested table into them", async () => {
    const nested = `<w:tbl>${grid(2)}<w:tr>${cell("РБ")}${cell("1,5")}</w:tr><w:tr>${cell("")}${cell("ЖБ")}</w:tr></w:tbl>`;
    const body = `<w:tbl>${grid(2)}<w:tr><w:tc>${para("line 1")}<w:p/>${para("line 2")}</w:tc><w:tc>${para("Funding:")}${nested}<w:p/></w:tc></w:tr></w:tbl>`;
    const [table] = tables((await readDocx(await makeDocx(body), "t.docx")).blocks);
    expect(table?.rows).toEqual([
      { cells: ["line 1\nline 2", "Funding:\nРБ\n1,5\nЖБ"], merged: [false, false] },
    ]);
  });

  it("looks inside content controls (w:sdt) around blocks, rows and cells, and drops deleted rows", async () => {
    const sdt = (inner: string) =>
      `<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent>${inner}</w:sdtContent></w:sdt>`;
    const body = `${sdt(para("In a control"))}<w:tbl>${grid(2)}${sdt(`<w:tr>${cell("a")}${sdt(cell("b"))}</w:tr>`)}<w:tr><w:trPr><w:del w:id="3" w:author="x"/></w:trPr>${cell("deleted")}${cell("row")}</w:tr><w:tr>${cell("c")}<w:tc><w:p><w:sdt><w:sdtContent><w:r><w:t>d</w:t></w:r></w:sdtContent></w:sdt></w:p></w:tc></w:tr></w:tbl>`;
    const doc = await readDocx(await makeDocx(body), "t.docx");
    expect(doc.blocks[0]).toEqual({ kind: "paragraph", text: "In a control" });
    expect(tables(doc.blocks)[0]?.rows.map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("reads a run-level content control inside a paragraph", async () => {
    const body = `<w:p><w:r><w:t>Due: </w:t></w:r><w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>2026</w:t></w:r></w:sdtContent></w:sdt></w:p>`;
    expect((await readDocx(await makeDocx(body), "t.docx")).blocks).toEqual([
      { kind: "paragraph", text: "Due: 2026" },
    ]);
  });

  it("reads a document that uses another namespace prefix and another main part name", async () => {
    const body = `${para("Hello")}<w:tbl>${grid(1)}<w:tr>${cell("cell")}</w:tr></w:tbl>`;
    const doc = await readDocx(
      await makeDocx(body, { prefix: "ns0", mainPart: "word/document2.xml" }),
      "t.docx",
    );
    expect(doc.blocks).toEqual([
      { kind: "paragraph", text: "Hello" },
      { kind: "table", rows: [{ cells: ["cell"], merged: [false] }] },
    ]);
  });
});

describe("readDocx errors", () => {
  it("rejects an empty file, a non-zip, a zip without a document and broken XML with AppErrors", async () => {
    expect(await errorCodeOf(readDocx(new Uint8Array(), "a.docx"))).toBe("empty_file");
    expect(await errorCodeOf(readDocx(new TextEncoder().encode("just text"), "a.docx"))).toBe("corrupt_file");
    const noDoc = new JSZip();
    noDoc.file("hello.txt", "hi");
    expect(await errorCodeOf(readDocx(await noDoc.generateAsync({ type: "uint8array" }), "a.docx"))).toBe(
      "corrupt_file",
    );
    const broken = new JSZip();
    broken.file("word/document.xml", "<w:document><w:body><w:p></w:body>");
    expect(await errorCodeOf(readDocx(await broken.generateAsync({ type: "uint8array" }), "a.docx"))).toBe(
      "corrupt_file",
    );
  });

  it("says a truncated seed is damaged", async () => {
    const bytes = seed("tash-komur-2026.docx");
    expect(await errorCodeOf(readDocx(bytes.subarray(0, bytes.length / 2), "a.docx"))).toBe("corrupt_file");
  });
});
