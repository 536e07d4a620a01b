import type { Segment } from "./geometry.ts";

/** The pdf.js operator codes this module needs (pdf.js `OPS`). */
export interface DrawCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  stroke: number;
  closeStroke: number;
  fill: number;
  eoFill: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
}

/** An operator list as pdf.js returns it. */
export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

type Matrix = [number, number, number, number, number, number];
type Point = [number, number];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** A filled rectangle at most this thick is a drawn line (Word draws borders so). */
const MAX_RULE_THICKNESS = 2.5;
/** Path pieces shorter than this are glyph-like decorations, not borders. */
const MIN_RULE_LENGTH = 2;
/** pdf.js path data codes (DrawOPS). */
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): Point {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function asMatrix(value: unknown): Matrix | undefined {
  if (!value || typeof (value as ArrayLike<number>).length !== "number") return undefined;
  const a = Array.from(value as ArrayLike<number>);
  return a.length === 6 && a.every(Number.isFinite) ? (a as Matrix) : undefined;
}

/** Splits pdf.js path data into subpaths of points (device space); curves make a subpath unusable. */
function subpaths(data: ArrayLike<number>, ctm: Matrix): { points: Point[]; closed: boolean }[] {
  const out: { points: Point[]; closed: boolean; curved: boolean }[] = [];
  let current: { points: Point[]; closed: boolean; curved: boolean } | undefined;
  let i = 0;
  while (i < data.length) {
    const code = data[i];
    if (code === MOVE || code === LINE) {
      const p = apply(ctm, data[i + 1] ?? 0, data[i + 2] ?? 0);
      if (code === MOVE || !current) {
        current = { points: [p], closed: false, curved: false };
        out.push(current);
      } else current.points.push(p);
      i += 3;
    } else if (code === CURVE || code === QUAD) {
      if (current) current.curved = true;
      i += code === CURVE ? 7 : 5;
    } else if (code === CLOSE) {
      if (current) current.closed = true;
      current = undefined;
      i += 1;
    } else break;
  }
  return out.filter((s) => !s.curved);
}

function edge(a: Point, b: Point): Segment | undefined {
  const [dx, dy] = [Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1])];
  if (dy < 0.5 && dx >= MIN_RULE_LENGTH) {
    return { dir: "h", at: (a[1] + b[1]) / 2, from: Math.min(a[0], b[0]), to: Math.max(a[0], b[0]) };
  }
  if (dx < 0.5 && dy >= MIN_RULE_LENGTH) {
    return { dir: "v", at: (a[0] + b[0]) / 2, from: Math.min(a[1], b[1]), to: Math.max(a[1], b[1]) };
  }
  return undefined;
}

function strokedEdges(points: Point[], closed: boolean): Segment[] {
  const ends = closed && points.length > 2 ? [...points, points[0] as Point] : points;
  const out: Segment[] = [];
  for (let k = 1; k < ends.length; k++) {
    const s = edge(ends[k - 1] as Point, ends[k] as Point);
    if (s) out.push(s);
  }
  return out;
}

/** A filled thin axis-aligned box becomes the line through its middle. */
function filledRule(points: Point[]): Segment | undefined {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const near = (v: number, a: number, b: number) => Math.abs(v - a) < 0.5 || Math.abs(v - b) < 0.5;
  const axisAligned = points.every((p) => near(p[0], x0, x1) && near(p[1], y0, y1));
  if (!axisAligned || points.length < 3) return undefined;
  const [w, h] = [x1 - x0, y1 - y0];
  if (h <= MAX_RULE_THICKNESS && w >= MIN_RULE_LENGTH && w > h)
    return { dir: "h", at: (y0 + y1) / 2, from: x0, to: x1 };
  if (w <= MAX_RULE_THICKNESS && h >= MIN_RULE_LENGTH && h > w)
    return { dir: "v", at: (x0 + x1) / 2, from: y0, to: y1 };
  return undefined;
}

/** The horizontal and vertical lines a page draws (strokes, and thin filled boxes). */
export function findRulingLines(list: OperatorList, codes: DrawCodes): Segment[] {
  const closing = [codes.closeStroke, codes.closeFillStroke, codes.closeEOFillStroke];
  const bothWays = [codes.fillStroke, codes.eoFillStroke, codes.closeFillStroke, codes.closeEOFillStroke];
  const strokes = new Set([codes.stroke, codes.closeStroke, ...bothWays]);
  const fills = new Set([codes.fill, codes.eoFill, ...bothWays]);
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  const out: Segment[] = [];
  list.fnArray.forEach((fn, i) => {
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === codes.save) stack.push(ctm);
    else if (fn === codes.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === codes.transform) ctm = multiply(asMatrix(args) ?? IDENTITY, ctm);
    else if (fn === codes.paintFormXObjectBegin) {
      stack.push(ctm);
      ctm = multiply(asMatrix(args?.[0]) ?? IDENTITY, ctm);
    } else if (fn === codes.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === codes.constructPath && Array.isArray(args)) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || !(strokes.has(paint) || fills.has(paint))) return;
      for (const sub of subpaths(data, ctm)) {
        if (strokes.has(paint)) out.push(...strokedEdges(sub.points, sub.closed || closing.includes(paint)));
        if (fills.has(paint)) {
          const rule = filledRule(sub.points);
          if (rule) out.push(rule);
        }
      }
    }
  });
  return out;
}
