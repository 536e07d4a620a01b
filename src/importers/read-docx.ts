/**
 * Reads a Word .docx into the table model: the body's paragraphs and tables in document order,
 * each table on its column grid with horizontal (gridSpan) and vertical (vMerge) merges resolved.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type JSZip from "jszip";
import { AppError, isAppError } from "../domain/errors.ts";
import type { Block, Reader, SourceDocument, TableBlock, TableRow } from "./table.ts";
import { openOfficeZip, readZipText } from "./zip.ts";

/** One element of fast-xml-parser's ordered output: `{ tag: children, ":@": attributes }`. */
type XmlNode = Record<string, unknown>;

const KIND = "Word (.docx)";
/** Word allows at most 63 columns; clamping spans keeps a hostile file from allocating huge rows. */
const MAX_SPAN = 63;

// Namespace prefixes are dropped so a document using another prefix than "w:" reads the same.
const parser = new XMLParser({
  preserveOrder: true,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreAttributes: false,
  trimValues: false,
  removeNSPrefix: true,
  processEntities: false, // decoded by decodeXml, which also handles numeric character references
});

/** Elements that wrap blocks, rows, cells or runs without meaning anything for the text. */
const WRAPPERS = new Set(["sdt", "sdtContent", "customXml", "ins", "moveTo", "smartTag"]);
/** Elements whose content is not visible text of the paragraph (properties, deletions, field codes, drawings). */
const HIDDEN = new Set([
  "pPr",
  "rPr",
  "del",
  "moveFrom",
  "delText",
  "instrText",
  "sdtPr",
  "sdtEndPr",
  "drawing",
  "pict",
  "object",
  "AlternateContent",
]);

/** Reads a .docx file; throws AppError (empty_file, encrypted_file, corrupt_file, too_large). */
export const readDocx: Reader = async (bytes, fileName) => {
  const zip = await openOfficeZip(bytes, fileName, KIND);
  try {
    const xml = await readZipText(zip, await mainPartPath(zip, fileName), fileName);
    if (xml === undefined) throw new AppError("corrupt_file", `${fileName} has no document body`);
    return documentFromXml(xml, fileName);
  } catch (e) {
    if (isAppError(e)) throw e;
    throw new AppError("corrupt_file", `${fileName} is damaged: its document text cannot be read`);
  }
};

/** Parses the XML of word/document.xml into the table model. */
export function documentFromXml(xml: string, fileName: string): SourceDocument {
  if (XMLValidator.validate(xml) !== true) {
    throw new AppError("corrupt_file", `${fileName} is damaged: its document XML is not well-formed`);
  }
  const root = parser.parse(xml) as XmlNode[];
  const body = find(root, "document").flatMap((d) => find(children(d), "body"))[0];
  if (!body) throw new AppError("corrupt_file", `${fileName} has no document body`);
  const blocks: Block[] = [];
  addBlocks(children(body), blocks);
  return { format: "docx", blocks };
}

/** The main part is named in _rels/.rels; nearly always word/document.xml. */
async function mainPartPath(zip: JSZip, fileName: string): Promise<string> {
  const rels = await readZipText(zip, "_rels/.rels", fileName);
  if (rels !== undefined && XMLValidator.validate(rels) === true) {
    const list = find(parser.parse(rels) as XmlNode[], "Relationships").flatMap((r) => children(r));
    const main = list.find((r) => attr(r, "Type")?.endsWith("/officeDocument"));
    const target = main && attr(main, "Target");
    if (target) return target.replace(/^\//, "");
  }
  return "word/document.xml";
}

function addBlocks(nodes: XmlNode[], blocks: Block[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "p") {
      const text = inlineText(children(node));
      if (text.trim() !== "") blocks.push({ kind: "paragraph", text });
    } else if (tag === "tbl") {
      const table = readTable(node);
      if (table.rows.length > 0) blocks.push(table);
    } else if (WRAPPERS.has(tag)) {
      addBlocks(children(node), blocks);
    }
  }
}

/** Text of runs: w:t as written, w:tab as a tab, w:br/w:cr as a new line; deletions dropped. */
function inlineText(nodes: XmlNode[]): string {
  let out = "";
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "t") out += decodeXml(textOf(node));
    else if (tag === "tab" || tag === "ptab") out += "\t";
    else if (tag === "br" || tag === "cr") out += "\n";
    else if (tag === "noBreakHyphen") out += "-";
    else if (tag !== "#text" && !HIDDEN.has(tag)) out += inlineText(children(node));
  }
  return out;
}

interface RawCell {
  text: string;
  span: number;
  continued: boolean;
}

function readTable(tbl: XmlNode): TableBlock {
  const gridCols = find(children(tbl), "tblGrid").flatMap((g) => find(children(g), "gridCol")).length;
  const raw = collect(children(tbl), "tr")
    .filter((tr) => !rowProps(tr).some((p) => tagOf(p) === "del"))
    .map((tr) => {
      const props = rowProps(tr);
      return {
        before: count(props, "gridBefore", 0),
        after: count(props, "gridAfter", 0),
        header: props.some((p) => tagOf(p) === "tblHeader" && isOn(p)),
        cells: collect(children(tr), "tc").map(readCell),
      };
    });
  const used = raw.map((r) => r.before + r.cells.reduce((n, c) => n + c.span, 0) + r.after);
  const width = used.reduce((a, b) => Math.max(a, b), gridCols);
  const rows = raw.map((r): TableRow => {
    const cells = Array<string>(width).fill("");
    const merged = Array<boolean>(width).fill(false);
    let col = r.before;
    for (const cell of r.cells) {
      if (cell.continued) merged.fill(true, col, col + cell.span);
      else if (col < width) cells[col] = cell.text;
      col += cell.span;
    }
    return r.header ? { cells, merged, header: true } : { cells, merged };
  });
  return { kind: "table", rows };
}

function rowProps(tr: XmlNode): XmlNode[] {
  return find(children(tr), "trPr").flatMap(children);
}

function readCell(tc: XmlNode): RawCell {
  const props = find(children(tc), "tcPr").flatMap(children);
  const vMerge = props.find((p) => tagOf(p) === "vMerge");
  const continued = vMerge !== undefined && attr(vMerge, "val") !== "restart";
  const lines: string[] = [];
  addCellLines(children(tc), lines);
  return { text: lines.join("\n"), span: Math.max(1, count(props, "gridSpan", 1)), continued };
}

/** A cell's non-empty paragraphs, one per line; a table nested in the cell gives its cells as lines. */
function addCellLines(nodes: XmlNode[], lines: string[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "p") {
      const text = inlineText(children(node));
      if (text.trim() !== "") lines.push(text);
    } else if (tag === "tbl") {
      for (const row of readTable(node).rows) lines.push(...row.cells.filter((c) => c.trim() !== ""));
    } else if (WRAPPERS.has(tag)) {
      addCellLines(children(node), lines);
    }
  }
}

/** Elements named `tag` among `nodes`, looking through content controls and other wrappers. */
function collect(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.flatMap((n) =>
    tagOf(n) === tag ? [n] : WRAPPERS.has(tagOf(n)) ? collect(children(n), tag) : [],
  );
}

function count(props: XmlNode[], tag: string, fallback: number): number {
  const node = props.find((p) => tagOf(p) === tag);
  const n = Number.parseInt((node && attr(node, "val")) ?? "", 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, 0), MAX_SPAN) : fallback;
}

function isOn(node: XmlNode): boolean {
  const val = attr(node, "val");
  return val === undefined || !["0", "false", "off"].includes(val);
}

function tagOf(node: XmlNode): string {
  for (const key in node) if (key !== ":@") return key;
  return "";
}

function children(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

function find(nodes: XmlNode[], tag: string): XmlNode[] {
  return nodes.filter((n) => tagOf(n) === tag);
}

function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[":@"] as Record<string, unknown> | undefined;
  const value = attrs?.[`@_${name}`];
  return typeof value === "string" ? decodeXml(value) : undefined;
}

function textOf(node: XmlNode): string {
  return children(node)
    .map((c) => (typeof c["#text"] === "string" ? c["#text"] : ""))
    .join("");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
function decodeXml(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(?:#x([0-9a-fA-F]{1,8})|#(\d{1,8})|(amp|lt|gt|quot|apos));/g, (_, hex, dec, name) => {
    if (name) return ENTITIES[name] ?? "";
    const cp = hex ? Number.parseInt(hex, 16) : Number.parseInt(dec, 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : "\uFFFD";
  });
}
