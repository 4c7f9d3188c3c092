import { eq } from "drizzle-orm";
import type { DiaryKind } from "@/lib/domain/case-file";
import type { Db } from "./client";
import * as s from "./schema";

type OpenedCase = { id: string; operatoreId: string | null; apertaIl: Date };

const DAY = 86_400_000;
const ENTRIES: { tipo: DiaryKind; giorni: number; testo: string; riservato?: boolean }[] = [
  {
    tipo: "colloquio",
    giorni: 1,
    testo:
      "Primo colloquio in sede. La persona descrive le difficoltà nella gestione della casa e chiede informazioni sui servizi domiciliari.",
  },
  {
    tipo: "telefonata",
    giorni: 6,
    testo: "Telefonata con la figlia per concordare la visita domiciliare.",
  },
  {
    tipo: "visita_domiciliare",
    giorni: 12,
    testo:
      "Visita domiciliare: abitazione al primo piano senza ascensore, bagno non adattato. Concordata la valutazione per l'assistenza domiciliare.",
  },
  {
    tipo: "riunione_equipe",
    giorni: 20,
    riservato: true,
    testo:
      "Riunione d'équipe con il medico di medicina generale: emergono elementi di fragilità familiare da approfondire. Voce riservata all'équipe.",
  },
];

/**
 * A few diary entries on some demo cartelle: ordinary ones, a riservato one, and one
 * entry edited after it was written, with its earlier version kept.
 */
export async function seedDiary(tx: Db, ambitoId: string, opened: OpenedCase[]): Promise<string> {
  const now = Date.now();
  // Every fifth cartella, up to twelve: spread over the comuni and their workers.
  const chosen = opened.filter((c, i) => c.operatoreId && i % 5 === 0).slice(0, 12);
  const entries: (typeof s.diaryEntries.$inferInsert)[] = [];
  for (const [i, c] of chosen.entries()) {
    for (const e of ENTRIES.slice(0, 2 + (i % 3))) {
      const at = Math.min(c.apertaIl.getTime() + e.giorni * DAY + 10 * 3_600_000, now - 3_600_000);
      entries.push({
        ambitoId,
        caseId: c.id,
        tipo: e.tipo,
        avvenutoIl: new Date(at),
        testo: e.testo,
        riservato: e.riservato ?? false,
        autoreId: c.operatoreId as string,
        creatoIl: new Date(at),
      });
    }
  }
  if (!entries.length) return "Diario sociale: nessuna voce.";
  const rows = await tx.insert(s.diaryEntries).values(entries).returning({
    id: s.diaryEntries.id,
    autoreId: s.diaryEntries.autoreId,
    avvenutoIl: s.diaryEntries.avvenutoIl,
  });
  // The first entry was corrected a day later: version 2, with version 1 kept.
  const first = rows[0];
  const original = entries[0];
  if (first && original) {
    const editedAt = new Date(Math.min(first.avvenutoIl.getTime() + DAY, now - 1_800_000));
    await tx.insert(s.diaryEntryVersions).values({
      ambitoId,
      entryId: first.id,
      versione: 1,
      tipo: original.tipo,
      avvenutoIl: first.avvenutoIl,
      testo: "Primo colloquio in sede. La persona chiede informazioni sui servizi.",
      riservato: false,
      autoreId: first.autoreId,
      scrittaIl: first.avvenutoIl,
    });
    await tx
      .update(s.diaryEntries)
      .set({ versione: 2, modificatoIl: editedAt, modificatoDa: first.autoreId })
      .where(eq(s.diaryEntries.id, first.id));
  }
  const riservate = entries.filter((e) => e.riservato).length;
  return `Diario sociale: ${entries.length} voci su ${chosen.length} cartelle (${riservate} riservate, 1 modificata).`;
}
