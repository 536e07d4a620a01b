/**
 * pdf.js 5 calls ArrayBuffer.prototype.transferToFixedLength (Node ≥ 21) when it hands fonts
 * to the main thread; on Node 20 getOperatorList() then stops early and loses the ruling lines.
 * This adds the method where it is missing: a copy of the first `length` bytes.
 */
export function ensureArrayBufferTransfer(): void {
  const proto = ArrayBuffer.prototype as { transferToFixedLength?: (length?: number) => ArrayBuffer };
  if (typeof proto.transferToFixedLength === "function") return;
  Object.defineProperty(ArrayBuffer.prototype, "transferToFixedLength", {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length?: number): ArrayBuffer {
      const size = length ?? this.byteLength;
      const copy = new ArrayBuffer(size);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(size, this.byteLength)));
      return copy;
    },
  });
}
