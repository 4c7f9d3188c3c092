import "server-only";
import { FileRejectedError, ForbiddenError } from "@/lib/data/errors";
import { BadRequest } from "./api";

// Room for the other fields and the multipart boundaries around the file.
const OVERHEAD = 64 * 1024;

/**
 * Reads a multipart/form-data body of at most `maxFileBytes` plus a little, refusing a larger
 * one with 413 as soon as it shows (declared length or bytes received), and a cross-site
 * browser post outright.
 */
export async function readMultipart(req: Request, maxFileBytes: number): Promise<FormData> {
  if (req.headers.get("sec-fetch-site") === "cross-site")
    throw new ForbiddenError("Caricamento da un altro sito non consentito.");
  const type = req.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data"))
    throw new BadRequest("Il corpo deve essere multipart/form-data.");
  const limit = maxFileBytes + OVERHEAD;
  const tooBig = () =>
    new FileRejectedError(
      413,
      `Il file supera la dimensione massima di ${Math.floor(maxFileBytes / 1024 / 1024)} MB.`,
    );
  if (Number(req.headers.get("content-length") ?? 0) > limit) throw tooBig();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body?.getReader();
  if (!reader) throw new BadRequest("Corpo mancante.");
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      throw tooBig();
    }
    chunks.push(value);
  }
  try {
    return await new Response(Buffer.concat(chunks), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    throw new BadRequest("Il corpo multipart non è leggibile.");
  }
}
