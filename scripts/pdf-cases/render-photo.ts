/**
 * Writes tests/fixtures/ocr/kok-zhar-2026-2027.photo.png: page 1 of the kok-zhar PDF case as a
 * photo-like scan — 200 dpi, turned 1°, with specks — small enough to commit. Run after render.ts:
 * npx tsx scripts/pdf-cases/render-photo.ts (needs pdftoppm).
 */
import { writeFileSync } from "node:fs";
import { addNoise, drawPage, encodePng, rotate } from "../../tests/fixtures/ocr/make-scan.ts";

const page = rotate(drawPage("tests/fixtures/pdf-cases/kok-zhar-2026-2027.pdf", 1, 200), 1);
// black and white, as a scanner's document mode gives, and specks only: grey noise does not
// compress to a size worth committing (the 300 dpi test adds it to a scan it makes itself)
const bw = { ...page, pixels: page.pixels.map((v) => (v < 160 ? 0 : 255)) };
writeFileSync("tests/fixtures/ocr/kok-zhar-2026-2027.photo.png", encodePng(addNoise(bw, 11, 0, 0.0005)));
