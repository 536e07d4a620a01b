/** Text → Windows-1251 bytes, as an old Windows editor saves a Cyrillic text. */

/** Each character code page 1251 holds, with its byte (from the platform's own decoder, not a typed table). */
const BYTES: ReadonlyMap<string, number> = (() => {
  const decoder = new TextDecoder("windows-1251");
  const map = new Map<string, number>();
  for (let b = 0; b < 256; b++) map.set(decoder.decode(new Uint8Array([b])), b);
  return map;
})();

/** Encodes text in Windows-1251; a character the code page lacks becomes "?", as Windows writes it. */
export function encodeCp1251(text: string): Uint8Array {
  const question = 0x3f;
  return Uint8Array.from([...text].map((ch) => BYTES.get(ch) ?? question));
}
