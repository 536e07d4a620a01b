import { describe, expect, it } from "vitest";
import { mayBePublic } from "./public-photo.ts";

describe("which attachments may be public", () => {
  it("takes photos in the usual raster formats, whatever the case or parameters", () => {
    for (const type of ["image/jpeg", "image/png", "image/webp", "image/gif", "IMAGE/JPEG", "image/png; x=1"])
      expect([type, mayBePublic(type)]).toEqual([type, true]);
  });

  it("refuses documents, SVG (it may carry script) and unknown types", () => {
    for (const type of ["application/pdf", "text/plain", "image/svg+xml", "application/octet-stream", ""])
      expect([type, mayBePublic(type)]).toEqual([type, false]);
  });
});
