import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { disabilityCertifications, iseeAttestations, persons } from "@/db/schema";
import { addDays, romeDate } from "@/lib/domain/dates";

const today = () => romeDate(new Date());

/** A B2-style bando (domain.md §4) whose window is open today. */
export function b2Bando(measureId: string, over: Record<string, unknown> = {}) {
  return {
    measureId,
    titolo: "Misura B2 — caregiver familiare",
    periodoInizio: addDays(today(), -30),
    periodoFine: addDays(today(), 335),
    apertura: addDays(today(), -10),
    chiusura: addDays(today(), 20),
    modalita: "graduatoria" as const,
    importoMensile: 100,
    mesi: 12,
    budget: [{ stanziato: 2400 }],
    regoleAmmissione: [
      {
        type: "isee",
        kinds: ["sociosanitario"],
        max: 25000,
        minorsKinds: ["ordinario"],
        minorsMax: 40000,
      },
      { type: "isee_valid" },
      { type: "residence" },
      { type: "disability", anyOf: ["l104_art3c3", "indennita_accompagnamento"] },
      { type: "at_home" },
      { type: "declaration", id: "veridicita", text: "Dichiaro che quanto indicato è vero." },
    ],
    regolePunteggio: [
      {
        type: "isee_band",
        bands: [
          { upTo: 10000, points: 20 },
          { upTo: 25000, points: 10 },
        ],
      },
      { type: "lives_alone", points: 5 },
      { type: "assessment", max: 10 },
    ],
    ...over,
  };
}

/** Gives a person what a B2 bando asks: a valid ISEE, a disability, living at home. */
export async function makeEligible(
  db: Db,
  ambitoId: string,
  personId: string,
  isee: number,
  opts: { expired?: boolean; disability?: boolean } = {},
) {
  const filed = opts.expired ? addDays(today(), -500) : addDays(today(), -20);
  await db.insert(iseeAttestations).values({
    ambitoId,
    personId,
    tipo: "sociosanitario",
    valore: isee.toFixed(2),
    protocolloDsu: `INPS-ISEE-${personId.slice(0, 8)}`,
    dataPresentazione: filed,
    scadenza: opts.expired ? addDays(today(), -100) : addDays(today(), 200),
    annoDsu: Number(filed.slice(0, 4)),
  });
  if (opts.disability !== false)
    await db.insert(disabilityCertifications).values({
      ambitoId,
      personId,
      codice: "l104_art3c3",
      dataRilascio: addDays(today(), -400),
    });
  await db
    .update(persons)
    .set({
      alDomicilio: true,
      viveSolo: false,
      componentiNucleo: 2,
      condizioniAggiornateIl: new Date(),
    })
    .where(eq(persons.id, personId));
}
