import { readdir } from "node:fs/promises";
import path from "node:path";

/** Tiny but real files, to check uploads by their content. */
export function tinyPdf(note = "Zona"): Uint8Array {
  const body = [
    "%PDF-1.4",
    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
    "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj",
    `% ${note}`,
    "trailer << /Root 1 0 R >>",
    "%%EOF",
    "",
  ].join("\n");
  return new Uint8Array(Buffer.from(body, "latin1"));
}

/** A 1×1 PNG. */
export const PNG_1PX = new Uint8Array(
  Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
    "base64",
  ),
);

/** A zip archive with one text file in it. */
export const ZIP = new Uint8Array(
  Buffer.from(
    "UEsDBAoAAAAAAAAAIQDpWxaVBgAAAAYAAAAHAAAAYS50eHRjaWFvIQpQSwECFAAKAAAAAAAAACEA6VsWlQYAAAAGAAAABwAAAAAAAAAAAAAAAAAAAAAAYS50eHRQSwUGAAAAAAEAAQA1AAAAKwAAAAAA",
    "base64",
  ),
);

export const TEXT = new Uint8Array(Buffer.from("Non sono un PDF, sono del testo.\n"));

/** Every file under a folder, as paths relative to it. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** A store in memory, for tests that are not about where the bytes go. */
export class MemoryStore {
  readonly objects = new Map<string, Uint8Array>();
  async put(key: string, bytes: Uint8Array): Promise<void> {
    if (this.objects.has(key)) throw new Error("exists");
    this.objects.set(key, bytes);
  }
  async get(key: string): Promise<Uint8Array> {
    const bytes = this.objects.get(key);
    if (!bytes) throw new Error("missing");
    return bytes;
  }
  async remove(key: string): Promise<void> {
    this.objects.delete(key);
  }
}
