import { fileTypeFromBuffer } from "file-type";

/** What an upload may be, by its content; the type the browser declares is never read. */
export const DOCUMENT_TYPES = {
  "application/pdf": { ext: "pdf", also: [], label: "PDF" },
  "image/jpeg": { ext: "jpg", also: ["jpeg"], label: "immagine JPEG" },
  "image/png": { ext: "png", also: [], label: "immagine PNG" },
  "image/webp": { ext: "webp", also: [], label: "immagine WebP" },
} as const satisfies Record<string, { ext: string; also: string[]; label: string }>;
export type DocumentType = keyof typeof DOCUMENT_TYPES;

export const FILE_NAME_MAX = 120;
const FALLBACK = "documento";

/** The type detected from the first bytes, or null when it is not one we accept. */
export async function detectDocumentType(bytes: Uint8Array): Promise<DocumentType | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !(found.mime in DOCUMENT_TYPES)) return null;
  return found.mime as DocumentType;
}

/** What file-type recognised, for the refusal message ("zip", "txt"…), when anything. */
export async function describeContent(bytes: Uint8Array): Promise<string | null> {
  return (await fileTypeFromBuffer(bytes))?.ext ?? null;
}

function decodeOnce(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Whether an uploaded name carries a path: a separator or a ".." segment, also once or twice
 * %-encoded. A browser sends a bare name; anything else is a traversal attempt and is refused.
 */
export function isPathLike(raw: string): boolean {
  let name = raw;
  for (let i = 0; i < 3; i++) {
    if (/[/\\]/.test(name) || name.trim() === "..") return true;
    const next = decodeOnce(name);
    if (next === name) break;
    name = next;
  }
  return false;
}

/**
 * The uploaded name made safe to show and to offer as a download name: the last path segment
 * only (after decoding %-escapes once), without control or bidirectional characters, without
 * "..", leading dots or characters other systems reserve, at most 120 characters; "documento"
 * when nothing is left. It is never used to build a storage path.
 */
export function cleanFileName(raw: string): string {
  const decoded = decodeOnce(raw.normalize("NFC"));
  const last = decoded.split(/[/\\]/).pop() ?? "";
  const cleaned = last
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\.{2,}/g, ".")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+|[\s.]+$/g, "");
  if (!cleaned) return FALLBACK;
  if (cleaned.length <= FILE_NAME_MAX) return cleaned;
  const dot = cleaned.lastIndexOf(".");
  const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, FILE_NAME_MAX - ext.length).trimEnd() + ext;
}

/** The name's extension, lower case, or null without one. */
export function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : null;
}

/** Whether a (cleaned) name's extension agrees with the detected type; no extension agrees. */
export function extensionMatches(name: string, type: DocumentType): boolean {
  const ext = extensionOf(name);
  if (ext === null) return true;
  const t = DOCUMENT_TYPES[type];
  return ext === t.ext || (t.also as readonly string[]).includes(ext);
}

/** The cleaned name with the type's extension added when it has none. */
export function withExtension(name: string, type: DocumentType): string {
  if (extensionOf(name) !== null) return name;
  const ext = `.${DOCUMENT_TYPES[type].ext}`;
  return (
    (name.length + ext.length > FILE_NAME_MAX ? name.slice(0, FILE_NAME_MAX - ext.length) : name) +
    ext
  );
}

/** Content-Disposition for a download: an ASCII fallback and the exact name (RFC 6266, RFC 5987). */
export function attachmentDisposition(name: string): string {
  const ascii = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%]/g, "_");
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
