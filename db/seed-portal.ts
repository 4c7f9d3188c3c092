import { createHash, randomUUID } from "node:crypto";
import PDFDocument from "pdfkit";
import type { DocumentStore } from "@/lib/storage/store";
import type { Db } from "./client";
import * as s from "./schema";

/**
 * The public portal's demo content: the Ufficio di Piano's offices with reception hours, and
 * the official documents the district's page lists (seed/000_…txt), as short generated PDFs.
 * Addresses, numbers and texts are illustrative.
 */

const OFFICES = [
  {
    nome: "Ufficio di Piano — sede centrale",
    indirizzo: "Piazza del Municipio 2, 27100 Pavia",
    telefono: "0382 000 100",
    email: "ufficiodipiano@pdz-pavia.example",
    note: "Coordinamento del Piano di Zona, bandi per i titoli sociali, segretariato sociale.",
    ordine: 1,
    orari: [
      { giorno: 1, dalle: "09:00", alle: "12:30" },
      { giorno: 3, dalle: "09:00", alle: "12:30" },
      { giorno: 3, dalle: "14:30", alle: "16:30" },
      { giorno: 5, dalle: "09:00", alle: "12:00" },
    ],
  },
  {
    nome: "Sportello sociale di Cava Manara",
    indirizzo: "Via Roma 1, 27051 Cava Manara",
    telefono: "0382 000 200",
    email: "sportello.cavamanara@pdz-pavia.example",
    note: "Informazioni e orientamento per i comuni a ovest del Ticino.",
    ordine: 2,
    orari: [
      { giorno: 2, dalle: "09:00", alle: "12:00" },
      { giorno: 4, dalle: "14:00", alle: "17:00" },
    ],
  },
  {
    nome: "Sportello sociale di San Martino Siccomario",
    indirizzo: "Piazza della Chiesa 1, 27028 San Martino Siccomario",
    telefono: "0382 000 300",
    email: "sportello.sanmartino@pdz-pavia.example",
    note: "Su appuntamento negli altri giorni.",
    ordine: 3,
    orari: [{ giorno: 4, dalle: "09:00", alle: "12:30" }],
  },
];

const DOCUMENTS = [
  {
    titolo: "Piano di Zona 2006-2008",
    descrizione: "Il documento di programmazione triennale sottoscritto dai comuni del distretto.",
    dataAtto: "2005-12-14",
    nomeFile: "piano-di-zona-2006-2008.pdf",
  },
  {
    titolo: "Sintesi del Piano di Zona 2006-2008",
    descrizione: "Gli obiettivi per area e le risorse, in breve.",
    dataAtto: "2005-12-14",
    nomeFile: "sintesi-piano-di-zona-2006-2008.pdf",
  },
  {
    titolo: "Accordo di Programma",
    descrizione: "L'accordo tra i comuni del distretto e l'ASL per l'attuazione del Piano.",
    dataAtto: "2005-12-14",
    nomeFile: "accordo-di-programma.pdf",
  },
  {
    titolo: "Protocollo di intesa con le organizzazioni sindacali",
    descrizione: "Il confronto con i sindacati sulla programmazione sociale del distretto.",
    dataAtto: "2006-02-20",
    nomeFile: "protocollo-intesa-sindacati.pdf",
  },
];

function demoPdf(title: string, body: string, ente: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 60, info: { Title: title, Author: ente } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) =>
    doc.on("end", () => resolve(Buffer.concat(chunks))),
  );
  doc.font("Helvetica").fontSize(10).fillColor("#5c6f82").text(ente);
  doc.moveDown().font("Helvetica-Bold").fontSize(20).fillColor("#003366").text(title);
  doc.moveDown().font("Helvetica").fontSize(11).fillColor("black").text(body);
  doc
    .moveDown(2)
    .fontSize(9)
    .fillColor("#5c6f82")
    .text("Documento dimostrativo generato da Zona: sostituiscilo con l'atto ufficiale.");
  doc.end();
  return done;
}

export async function seedPortal(
  tx: Db,
  ctx: { ambitoId: string; ente: string; adminId: string | null; store: DocumentStore },
): Promise<string> {
  await tx
    .insert(s.portalOffices)
    .values(OFFICES.map((o) => ({ ...o, ambitoId: ctx.ambitoId, aggiornatoDa: ctx.adminId })));
  for (const d of DOCUMENTS) {
    const bytes = await demoPdf(d.titolo, d.descrizione, ctx.ente);
    const chiave = randomUUID();
    await ctx.store.put(chiave, bytes, "application/pdf");
    await tx.insert(s.officialDocuments).values({
      ambitoId: ctx.ambitoId,
      ...d,
      tipoMime: "application/pdf",
      dimensione: bytes.byteLength,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      chiave,
      caricatoDa: ctx.adminId,
    });
  }
  return `Portale: ${OFFICES.length} sedi dell'Ufficio di Piano, ${DOCUMENTS.length} documenti ufficiali.`;
}
