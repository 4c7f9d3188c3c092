import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ambiti, documentTemplates, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import {
  DEFAULT_TEMPLATES,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_KINDS,
  type DocumentKind,
  renderTemplate,
  type TemplateValues,
} from "@/lib/domain/decision-documents";
import { formatDate, formatEuro } from "@/lib/domain/format";
import { DocumentTemplateSchema } from "@/lib/validation/document-template";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission } from "./authorize";
import { NotFoundError, ValidationError } from "./errors";
import { withActor } from "./scoped";

export type DocumentTemplateView = {
  tipo: DocumentKind;
  etichetta: string;
  oggetto: string;
  corpo: string;
  /** False while the ambito uses Zona's default text. */
  personalizzato: boolean;
  aggiornatoIl: Date | null;
  aggiornatoDa: string | null;
};

/** Days given to answer: observations after a preavviso (art. 10-bis), documents for an integrazione. */
export const ANSWER_DAYS: Partial<Record<DocumentKind, number>> = {
  preavviso_rigetto: 10,
  richiesta_integrazione: 30,
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === "string" && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

function kindOrNotFound(kind: string): DocumentKind {
  if (!isDocumentKind(kind)) throw new NotFoundError("Il modello");
  return kind;
}

/** The ambito's template of a kind, or Zona's default; for use inside a transaction. */
export async function templateOf(
  tx: Db,
  ambitoId: string,
  kind: DocumentKind,
): Promise<{ oggetto: string; corpo: string }> {
  const [row] = await tx
    .select({ oggetto: documentTemplates.oggetto, corpo: documentTemplates.corpo })
    .from(documentTemplates)
    .where(and(eq(documentTemplates.ambitoId, ambitoId), eq(documentTemplates.tipo, kind)))
    .limit(1);
  return row ?? DEFAULT_TEMPLATES[kind];
}

async function storedTemplates(tx: Db, actor: Actor) {
  return tx
    .select({
      tipo: documentTemplates.tipo,
      oggetto: documentTemplates.oggetto,
      corpo: documentTemplates.corpo,
      aggiornatoIl: documentTemplates.aggiornatoIl,
      aggiornatoDa: users.nome,
    })
    .from(documentTemplates)
    .leftJoin(users, eq(users.id, documentTemplates.aggiornatoDa))
    .where(eq(documentTemplates.ambitoId, actor.ambitoId));
}

function viewOf(
  kind: DocumentKind,
  stored: Awaited<ReturnType<typeof storedTemplates>>[number] | undefined,
): DocumentTemplateView {
  return {
    tipo: kind,
    etichetta: DOCUMENT_KIND_LABELS[kind],
    oggetto: stored?.oggetto ?? DEFAULT_TEMPLATES[kind].oggetto,
    corpo: stored?.corpo ?? DEFAULT_TEMPLATES[kind].corpo,
    personalizzato: Boolean(stored),
    aggiornatoIl: stored?.aggiornatoIl ?? null,
    aggiornatoDa: stored?.aggiornatoDa ?? null,
  };
}

/** Every kind of decision document with the text the ambito uses for it. */
export async function listDocumentTemplates(db: Db, actor: Actor): Promise<DocumentTemplateView[]> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "document.template.manage");
    const stored = await storedTemplates(tx, actor);
    return DOCUMENT_KINDS.map((kind) =>
      viewOf(
        kind,
        stored.find((s) => s.tipo === kind),
      ),
    );
  });
}

export async function getDocumentTemplate(
  db: Db,
  actor: Actor,
  kind: string,
): Promise<DocumentTemplateView> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "document.template.manage");
    const k = kindOrNotFound(kind);
    const stored = await storedTemplates(tx, actor);
    return viewOf(
      k,
      stored.find((s) => s.tipo === k),
    );
  });
}

function parseTemplate(input: unknown) {
  const parsed = DocumentTemplateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** Saves the ambito's text for a kind; documents already issued keep the text they had. */
export async function updateDocumentTemplate(
  db: Db,
  actor: Actor,
  kind: string,
  input: unknown,
): Promise<DocumentTemplateView> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "document.template.manage");
    const k = kindOrNotFound(kind);
    const data = parseTemplate(input);
    const now = new Date();
    const [row] = await tx
      .insert(documentTemplates)
      .values({
        ambitoId: actor.ambitoId,
        tipo: k,
        oggetto: data.oggetto,
        corpo: data.corpo,
        aggiornatoIl: now,
        aggiornatoDa: actor.id,
      })
      .onConflictDoUpdate({
        target: [documentTemplates.ambitoId, documentTemplates.tipo],
        set: {
          oggetto: data.oggetto,
          corpo: data.corpo,
          aggiornatoIl: now,
          aggiornatoDa: actor.id,
        },
      })
      .returning({ id: documentTemplates.id });
    if (!row) throw new Error("template upsert returned no row");
    await audit(tx, actor, "update", "modello_documento", row.id);
    return {
      tipo: k,
      etichetta: DOCUMENT_KIND_LABELS[k],
      oggetto: data.oggetto,
      corpo: data.corpo,
      personalizzato: true,
      aggiornatoIl: now,
      aggiornatoDa: actor.nome,
    };
  });
}

/** Invented values for the editor's preview: no real person's data ever appears there. */
export function sampleValues(
  kind: DocumentKind,
  ambito: string,
  responsabile: string,
  today: Date,
): TemplateValues {
  return {
    protocollo: "2026/000123",
    data_domanda: formatDate("2026-03-02"),
    data_documento: formatDate(today),
    richiedente: "Maria Esempio",
    comune: "Pavia",
    misura: "Buono sociale caregiver familiare",
    bando: "Bando buoni caregiver 2026",
    importo_mensile: formatEuro(400),
    mesi: "12",
    importo_totale: formatEuro(4800),
    periodo: `dal ${formatDate("2026-04-01")} al ${formatDate("2027-03-31")}`,
    compartecipazione: "nessuna",
    motivazione: "Qui compare la motivazione scritta dal coordinatore nella decisione.",
    responsabile,
    termine_giorni: String(ANSWER_DAYS[kind] ?? "—"),
    ambito,
  };
}

/** The letter as the editor's text would render it, with invented data; nothing is saved. */
export async function previewDocumentTemplate(
  db: Db,
  actor: Actor,
  kind: string,
  input: unknown,
): Promise<{ oggetto: string; paragraphs: string[] }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "document.template.manage");
    const k = kindOrNotFound(kind);
    const data = parseTemplate(input);
    const [a] = await tx
      .select({ nome: ambiti.nome })
      .from(ambiti)
      .where(eq(ambiti.id, actor.ambitoId));
    const values = sampleValues(k, a?.nome ?? "", actor.nome, new Date());
    return {
      oggetto: renderTemplate(data.oggetto, values).join(" "),
      paragraphs: renderTemplate(data.corpo, values),
    };
  });
}
