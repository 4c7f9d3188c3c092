import { aliasedTable, and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import {
  ambiti,
  bandi,
  comuni,
  measures,
  persons,
  requestDocuments,
  requests,
  users,
} from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { buildDecisionLetter } from "@/lib/documents/decision-letter";
import { COPAYMENT_BASIS_LABELS } from "@/lib/domain/copayment";
import {
  DOCUMENT_KIND_LABELS,
  type DocumentKind,
  renderTemplate,
  type TemplateValues,
} from "@/lib/domain/decision-documents";
import { formatDate, formatEuro } from "@/lib/domain/format";
import { formatProtocol } from "@/lib/domain/request-workflow";
import { audit } from "./audit";
import { scopeWhere } from "./authorize";
import { ANSWER_DAYS, templateOf } from "./document-templates";
import { NotFoundError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

const MISSING = "—";

// richieste.compartecipazione as the bando's co-payment band computed it at filing.
const StoredCopayment = z.object({
  tariff: z.number(),
  basis: z.enum(["exempt", "floor", "linear", "ceiling", "no_isee"]),
  isee: z.number().nullable(),
});

function copaymentText(stored: unknown): string {
  const parsed = StoredCopayment.safeParse(stored);
  if (!parsed.success) return "nessuna";
  const { tariff, basis, isee } = parsed.data;
  const how = `${COPAYMENT_BASIS_LABELS[basis]}${isee == null ? "" : `; ISEE ${formatEuro(isee)}`}`;
  if (basis === "exempt" || tariff === 0) return `nessuna (${how})`;
  return `${formatEuro(tariff)} per unità di servizio (${how})`;
}

function periodText(dataInizio: string | null, dataFine: string | null): string {
  if (dataInizio && dataFine) return `dal ${formatDate(dataInizio)} al ${formatDate(dataFine)}`;
  if (dataInizio) return `dal ${formatDate(dataInizio)}`;
  return "da definire";
}

function totalOf(approvato: string | null, mensile: string | null, mesi: number | null) {
  if (approvato) return formatEuro(approvato);
  if (mensile && mesi) return formatEuro((Number(mensile) * mesi).toFixed(2));
  return MISSING;
}

/**
 * Issues a decision document for a request: fills the ambito's template (or the default) with
 * the request's data, builds the printable HTML and the PDF, and stores them for good.
 *
 * Runs inside the caller's transaction, as part of a transition: `tx` is already inside
 * withActor, and the caller has checked that the actor may make the decision. The row-level
 * security still limits the request to what the actor may reach.
 */
export async function issueDecisionDocument(
  tx: Db,
  actor: Actor,
  requestId: string,
  kind: DocumentKind,
  nota: string | null,
): Promise<{ id: string }> {
  if (!isUuid(requestId)) throw new NotFoundError("La richiesta");
  const responsabile = aliasedTable(users, "responsabile");
  const [r] = await tx
    .select({
      ambitoId: requests.ambitoId,
      comuneId: requests.comuneId,
      anno: requests.protocolloAnno,
      numero: requests.protocolloNumero,
      protocolloData: requests.protocolloData,
      creatoIl: requests.creatoIl,
      importoMensile: requests.importoMensile,
      mesi: requests.mesi,
      importoApprovato: requests.importoApprovato,
      dataInizio: requests.dataInizio,
      dataFine: requests.dataFine,
      compartecipazione: requests.compartecipazione,
      cognome: persons.cognome,
      nome: persons.nome,
      comune: comuni.nome,
      misura: measures.nome,
      bando: bandi.titolo,
      responsabile: responsabile.nome,
      ambito: ambiti.nome,
      ente: ambiti.ente,
    })
    .from(requests)
    .innerJoin(persons, eq(persons.id, requests.personId))
    .innerJoin(comuni, eq(comuni.id, requests.comuneId))
    .innerJoin(measures, eq(measures.id, requests.measureId))
    .innerJoin(ambiti, eq(ambiti.id, requests.ambitoId))
    .leftJoin(bandi, eq(bandi.id, requests.bandoId))
    .leftJoin(responsabile, eq(responsabile.id, requests.responsabileId))
    .where(and(eq(requests.id, requestId), eq(requests.ambitoId, actor.ambitoId)))
    .limit(1);
  if (!r) throw new NotFoundError("La richiesta");

  const now = new Date();
  const protocollo = r.anno && r.numero ? formatProtocol(r.anno, r.numero) : MISSING;
  const values: TemplateValues = {
    protocollo,
    data_domanda: formatDate(r.protocolloData ?? r.creatoIl),
    data_documento: formatDate(now),
    richiedente: `${r.nome} ${r.cognome}`,
    comune: r.comune,
    misura: r.misura,
    bando: r.bando ?? MISSING,
    importo_mensile: formatEuro(r.importoMensile),
    mesi: r.mesi ? String(r.mesi) : MISSING,
    importo_totale: totalOf(r.importoApprovato, r.importoMensile, r.mesi),
    periodo: periodText(r.dataInizio, r.dataFine),
    compartecipazione: copaymentText(r.compartecipazione),
    motivazione: nota?.trim() || MISSING,
    responsabile: r.responsabile ?? actor.nome,
    termine_giorni: String(ANSWER_DAYS[kind] ?? MISSING),
    ambito: r.ambito,
  };
  const template = await templateOf(tx, r.ambitoId, kind);
  const oggetto = renderTemplate(template.oggetto, values).join(" ");
  const letter = await buildDecisionLetter({
    kind,
    oggetto,
    paragraphs: renderTemplate(template.corpo, values),
    header: { ente: r.ente, ambito: r.ambito, data: now, protocollo },
  });
  const [row] = await tx
    .insert(requestDocuments)
    .values({
      ambitoId: r.ambitoId,
      comuneId: r.comuneId,
      requestId,
      tipo: kind,
      oggetto,
      html: letter.html,
      pdf: letter.pdf,
      sha256: letter.sha256,
      creatoIl: now,
      creatoDa: actor.id,
    })
    .returning({ id: requestDocuments.id });
  if (!row) throw new Error("document insert returned no row");
  await audit(tx, actor, "create", "documento_richiesta", row.id);
  return { id: row.id };
}

export type RequestDocumentRow = {
  id: string;
  tipo: DocumentKind;
  etichetta: string;
  oggetto: string;
  creatoIl: Date;
};

/** The documents issued for a request, oldest first; the files themselves are not read. */
export async function listRequestDocuments(
  db: Db,
  actor: Actor,
  requestId: string,
): Promise<RequestDocumentRow[]> {
  return withActor(db, actor, async (tx) => {
    if (!isUuid(requestId)) throw new NotFoundError("La richiesta");
    const [r] = await tx
      .select({ id: requests.id })
      .from(requests)
      .where(and(eq(requests.id, requestId), scopeWhere(actor, "request.read", requests)))
      .limit(1);
    if (!r) throw new NotFoundError("La richiesta");
    const rows = await tx
      .select({
        id: requestDocuments.id,
        tipo: requestDocuments.tipo,
        oggetto: requestDocuments.oggetto,
        creatoIl: requestDocuments.creatoIl,
      })
      .from(requestDocuments)
      .where(
        and(
          eq(requestDocuments.requestId, requestId),
          scopeWhere(actor, "request.read", requestDocuments),
        ),
      )
      .orderBy(asc(requestDocuments.creatoIl), asc(requestDocuments.id));
    return rows.map((d) => ({ ...d, etichetta: DOCUMENT_KIND_LABELS[d.tipo] }));
  });
}

export type DocumentFormat = "pdf" | "html";

export type RequestDocumentFile = {
  /** No personal data: the kind and the protocol number, e.g. "concessione-2026-000123.pdf". */
  filename: string;
  contentType: string;
  body: Buffer | string;
  sha256: string;
};

const FILE_STEM: Record<DocumentKind, string> = {
  approvazione: "provvedimento-concessione",
  rigetto: "provvedimento-rigetto",
  preavviso_rigetto: "preavviso-rigetto",
  richiesta_integrazione: "richiesta-integrazione",
};

export function documentFileName(
  kind: DocumentKind,
  anno: number | null,
  numero: number | null,
  format: DocumentFormat,
): string {
  const protocol =
    anno && numero ? formatProtocol(anno, numero).replace("/", "-") : "senza-protocollo";
  return `${FILE_STEM[kind]}-${protocol}.${format}`;
}

/**
 * One issued document as a file, PDF or printable HTML. A document of a request the actor
 * may not read does not exist for them. Downloads and views are logged against the request,
 * so they show in the person's access log.
 */
export async function getRequestDocument(
  db: Db,
  actor: Actor,
  requestId: string,
  docId: string,
  format: DocumentFormat,
): Promise<RequestDocumentFile> {
  return withActor(db, actor, async (tx) => {
    if (!isUuid(requestId) || !isUuid(docId)) throw new NotFoundError("Il documento");
    const [d] = await tx
      .select({
        tipo: requestDocuments.tipo,
        sha256: requestDocuments.sha256,
        anno: requests.protocolloAnno,
        numero: requests.protocolloNumero,
        ...(format === "pdf" ? { pdf: requestDocuments.pdf } : { html: requestDocuments.html }),
      })
      .from(requestDocuments)
      .innerJoin(requests, eq(requests.id, requestDocuments.requestId))
      .where(
        and(
          eq(requestDocuments.id, docId),
          eq(requestDocuments.requestId, requestId),
          scopeWhere(actor, "request.read", requestDocuments),
        ),
      )
      .limit(1);
    if (!d) throw new NotFoundError("Il documento");
    await audit(tx, actor, format === "pdf" ? "download" : "view", "richiesta", requestId);
    const filename = documentFileName(d.tipo, d.anno, d.numero, format);
    if (format === "pdf" && "pdf" in d && d.pdf)
      return { filename, contentType: "application/pdf", body: d.pdf, sha256: d.sha256 };
    if ("html" in d && typeof d.html === "string")
      return { filename, contentType: "text/html; charset=utf-8", body: d.html, sha256: d.sha256 };
    throw new Error("document row without its file");
  });
}
