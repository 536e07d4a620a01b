import type { GrayImage } from "./gray-image.ts";

/**
 * The image smoothed: each pixel the mean of the 3×3 around it. A page scanned below the
 * resolution it is read at was enlarged, and its paper grain and specks with it: they become
 * blots of a few pixels that tesseract reads as letters («о», «ү») and that break thin strokes.
 * Averaging each pixel with its neighbours wipes the grain while strokes, several pixels wide
 * once enlarged, keep their shape. (A 1-2-1 Gaussian, which smooths less, did about as well.)
 */
export function smoothed(image: GrayImage): GrayImage {
  const { width: w, height: h, pixels } = image;
  const across = new Uint16Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const [left, right] = [x > 0 ? i - 1 : i, x + 1 < w ? i + 1 : i];
      across[i] = (pixels[left] ?? 0) + (pixels[i] ?? 0) + (pixels[right] ?? 0);
    }
  }
  const out = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const [up, down] = [y > 0 ? i - w : i, y + 1 < h ? i + w : i];
      out[i] = Math.round(((across[up] ?? 0) + (across[i] ?? 0) + (across[down] ?? 0)) / 9);
    }
  }
  return { ...image, pixels: out };
}

/** The image as a binary PGM (P5), which tesseract reads. */
export function pgmBytes(image: GrayImage): Buffer {
  const head = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, "latin1");
  return Buffer.concat([
    head,
    Buffer.from(image.pixels.buffer, image.pixels.byteOffset, image.pixels.length),
  ]);
}
