/**
 * Which attachments may be shown on the public portal: pictures a browser shows as they are. SVG
 * is left out on purpose: it may carry script, and the portal serves photos from our own origin.
 */
export const PUBLIC_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/gif"] as const;

/** True when an attachment of this MIME type may be made public (case and parameters ignored). */
export function mayBePublic(mimeType: string): boolean {
  const type = (mimeType.split(";")[0] ?? "").trim().toLowerCase();
  return (PUBLIC_IMAGE_TYPES as readonly string[]).includes(type);
}
