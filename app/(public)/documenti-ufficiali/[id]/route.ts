import { db } from "@/db/client";
import { DataError } from "@/lib/data/errors";
import { openPortalDocument } from "@/lib/data/portal";
import { portalAmbito } from "@/lib/portal/cached";
import { attachmentDisposition } from "@/lib/storage/file-checks";

/** An official document's download, for anyone: published (not withdrawn) PDFs only. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const ambito = await portalAmbito();
    const doc = await openPortalDocument(db(), ambito.id, id);
    return new Response(Buffer.from(doc.bytes), {
      headers: {
        "Content-Type": doc.tipoMime,
        "Content-Disposition": attachmentDisposition(doc.nomeFile),
        "Content-Length": String(doc.bytes.byteLength),
        "Cache-Control": "public, max-age=300",
        ETag: `"${doc.sha256}"`,
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (e) {
    if (e instanceof DataError && e.status === 404)
      return new Response("Documento non trovato.", { status: 404 });
    throw e;
  }
}
