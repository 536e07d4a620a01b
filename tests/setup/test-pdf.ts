/**
 * Builds small PDFs for the reader's tests: pages with Helvetica text (ASCII), stroked lines,
 * filled boxes and a grey image. Not used by the application.
 */
import { deflateSync } from "node:zlib";

/** One page of a test PDF; coordinates in points, y up from the bottom edge. */
export interface TestPage {
  width?: number;
  height?: number;
  texts?: { x: number; y: number; text: string; size?: number }[];
  lines?: { x1: number; y1: number; x2: number; y2: number }[];
  boxes?: { x: number; y: number; w: number; h: number }[];
  image?: { width: number; height: number; grey: Uint8Array };
}

function escapeText(text: string): string {
  return text.replace(/[\\()]/g, (c) => `\\${c}`);
}

function pageContent(page: TestPage): string {
  const ops: string[] = [];
  if (page.image) ops.push(`q ${page.width ?? 595} 0 0 ${page.height ?? 842} 0 0 cm /Im1 Do Q`);
  for (const l of page.lines ?? []) ops.push(`0.5 w ${l.x1} ${l.y1} m ${l.x2} ${l.y2} l S`);
  for (const b of page.boxes ?? []) ops.push(`${b.x} ${b.y} ${b.w} ${b.h} re f`);
  for (const t of page.texts ?? []) {
    ops.push(`BT /F1 ${t.size ?? 10} Tf ${t.x} ${t.y} Td (${escapeText(t.text)}) Tj ET`);
  }
  return ops.join("\n");
}

/** The bytes of a PDF with the given pages (objects and cross-reference table written out). */
export function buildTestPdf(pages: TestPage[]): Uint8Array {
  const objects: (string | Uint8Array)[][] = [];
  const add = (...parts: (string | Uint8Array)[]) => objects.push(parts) && objects.length;
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  add(""); // pages tree, written once the page ids are known
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const pageIds = pages.map((page) => {
    const content = pageContent(page);
    const contentId = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    let xobject = "";
    if (page.image) {
      const data = deflateSync(page.image.grey);
      const id = add(
        `<< /Type /XObject /Subtype /Image /Width ${page.image.width} /Height ${page.image.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${data.length} >>\nstream\n`,
        data,
        "\nendstream",
      );
      xobject = ` /XObject << /Im1 ${id} 0 R >>`;
    }
    const box = `[0 0 ${page.width ?? 595} ${page.height ?? 842}]`;
    return add(
      `<< /Type /Page /Parent 2 0 R /MediaBox ${box} /Contents ${contentId} 0 R /Resources << /Font << /F1 ${font} 0 R >>${xobject} >> >>`,
    );
  });
  objects[1] = [
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`,
  ];
  const chunks: Uint8Array[] = [];
  let length = 0;
  const write = (part: string | Uint8Array) => {
    const bytes = typeof part === "string" ? Buffer.from(part, "latin1") : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  write("%PDF-1.4\n");
  const offsets = objects.map((parts, i) => {
    const offset = length;
    write(`${i + 1} 0 obj\n`);
    for (const part of parts) write(part);
    write("\nendobj\n");
    return offset;
  });
  const xref = length;
  write(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`);
  for (const offset of offsets) write(`${String(offset).padStart(10, "0")} 00000 n \n`);
  write(`trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(chunks));
}
