import { inflateSync } from "node:zlib";

/** A greyscale image, one byte a pixel (0 black … 255 white), rows top down. */
export interface GrayImage {
  width: number;
  height: number;
  pixels: Uint8Array;
  /** Dots per inch where the file says so. */
  dpi?: number;
}

/** Reads a binary PGM (P5, 8 bits), what `pdftoppm -gray` writes. */
export function readPgm(bytes: Uint8Array): GrayImage | undefined {
  const head = Buffer.from(bytes.subarray(0, 64)).toString("latin1");
  const m = head.match(/^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!m || Number(m[3]) !== 255) return undefined;
  const [width, height] = [Number(m[1]), Number(m[2])];
  const start = (m[0] as string).length;
  if (bytes.length < start + width * height) return undefined;
  return { width, height, pixels: bytes.subarray(start, start + width * height) };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Channels per PNG colour type (0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA). */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface PngHeader {
  width: number;
  height: number;
  colorType: number;
  palette?: Uint8Array;
  dpi?: number;
  data: Buffer;
}

function pngChunks(bytes: Uint8Array): PngHeader | undefined {
  if (!PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Buffer[] = [];
  let header: Omit<PngHeader, "data"> | undefined;
  for (let at = 8; at + 8 <= buf.length; ) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString("latin1", at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === "IHDR") {
      // 8-bit, not interlaced: what scanners and pdftoppm write; other kinds go without ruling lines
      if (body[8] !== 8 || body[12] !== 0) return undefined;
      header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), colorType: body[9] ?? 0 };
    } else if (type === "PLTE" && header) header.palette = body;
    else if (type === "pHYs" && header && body[8] === 1)
      header.dpi = Math.round(body.readUInt32BE(0) * 0.0254);
    else if (type === "IDAT") idat.push(body);
    at += 12 + length;
  }
  return header ? { ...header, data: inflateSync(Buffer.concat(idat)) } : undefined;
}

/** Undoes PNG's per-row filters in place; returns the raw rows. */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)] ?? 0;
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const raw = data[y * (stride + 1) + 1 + i] ?? 0;
      const a = i >= bpp ? (out[row + i - bpp] ?? 0) : 0;
      const b = y > 0 ? (out[row - stride + i] ?? 0) : 0;
      const c = i >= bpp && y > 0 ? (out[row - stride + i - bpp] ?? 0) : 0;
      out[row + i] = (raw + predict(filter, a, b, c)) & 0xff;
    }
  }
  return out;
}

function predict(filter: number, a: number, b: number, c: number): number {
  if (filter === 1) return a;
  if (filter === 2) return b;
  if (filter === 3) return (a + b) >> 1;
  if (filter !== 4) return 0;
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** The colour of pixel i: grey repeated, a palette entry, or its own red, green and blue. */
function rgbAt(raw: Uint8Array, i: number, channels: number, palette?: Uint8Array): [number, number, number] {
  const first = raw[i * channels] ?? 0;
  if (palette) return [palette[first * 3] ?? 0, palette[first * 3 + 1] ?? 0, palette[first * 3 + 2] ?? 0];
  if (channels < 3) return [first, first, first];
  return [first, raw[i * channels + 1] ?? 0, raw[i * channels + 2] ?? 0];
}

/** Decodes an 8-bit, non-interlaced PNG to grey; undefined for other PNGs (they are still OCR'd). */
export function readPng(bytes: Uint8Array): GrayImage | undefined {
  const png = pngChunks(bytes);
  const channels = png ? CHANNELS[png.colorType] : undefined;
  if (!png || channels === undefined) return undefined;
  const raw = unfilter(png.data, png.width, png.height, channels);
  const pixels = new Uint8Array(png.width * png.height);
  for (let i = 0; i < pixels.length; i++) {
    const [r, g, b] = rgbAt(raw, i, channels, png.colorType === 3 ? png.palette : undefined);
    pixels[i] = Math.round(0.299 * r + 0.587 * g + 0.114 * b);
  }
  return { width: png.width, height: png.height, pixels, dpi: png.dpi };
}
