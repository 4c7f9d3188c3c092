import { eq, inArray, sql } from "drizzle-orm";
import type { DisabilityCode } from "@/lib/domain/eligibility";
import { iseeExpiry } from "@/lib/domain/isee";
import type { Db } from "./client";
import * as s from "./schema";

/** INPS equivalence scale by household size (DPCM 159/2013, allegato 1), without additions. */
const SCALA: Record<number, number> = { 1: 1, 2: 1.57, 3: 2.04, 4: 2.46, 5: 2.85 };
const HOUSEHOLDS = [1, 2, 3, 1, 4, 2, 5, 1, 2, 3] as const;
const ADULT_CODES: DisabilityCode[] = [
  "l104_art3c3",
  "invalidita_100_accompagnamento",
  "invalidita_75",
  "indennita_accompagnamento",
  "l104_art3c1",
  "invalidita_100",
];
const ENTI = ["Commissione medica INPS di Pavia", "ASST di Pavia, commissione L. 104/1992"];

type SeededPerson = { id: string; creatoDa: string | null };

/**
 * The facts the bandi rules read, for the demo persons: household and living conditions,
 * ISE and scala for their ISEE, an expired ISEE and ISEE correnti for some, disability
 * certifications for about one in four. Derived from each person's position, not from the
 * seed's random sequence, so that the rest of the demo data stays as it was.
 */
export async function seedPersonFacts(
  tx: Db,
  ambitoId: string,
  people: readonly SeededPerson[],
): Promise<{ isee: number; certifications: number }> {
  const births = new Map(
    (
      await tx
        .select({ id: s.persons.id, dataNascita: s.persons.dataNascita })
        .from(s.persons)
        .where(
          inArray(
            s.persons.id,
            people.map((p) => p.id),
          ),
        )
    ).map((p) => [p.id, p.dataNascita]),
  );
  const isee: (typeof s.iseeAttestations.$inferInsert)[] = [];
  const certifications: (typeof s.disabilityCertifications.$inferInsert)[] = [];

  for (const [i, p] of people.entries()) {
    const born = births.get(p.id) ?? "1950-01-01";
    const minor = born > "2008-11-27";
    const household = minor ? Math.max(3, HOUSEHOLDS[i % 10] ?? 3) : (HOUSEHOLDS[i % 10] ?? 1);
    const scala = SCALA[household] ?? 1;
    // One in ten has not had the conditions recorded yet: the engine then asks for a check.
    if (i % 10 !== 9) {
      const atHome = i % 11 !== 5;
      await tx
        .update(s.persons)
        .set({
          componentiNucleo: household,
          viveSolo: household === 1 && atHome,
          alDomicilio: atHome,
          condizioniAggiornateIl: new Date(Date.UTC(2026, 0, 25) + (i % 60) * 86_400_000),
        })
        .where(eq(s.persons.id, p.id));
    }
    await tx
      .update(s.iseeAttestations)
      .set({
        scalaEquivalenza: scala.toFixed(2),
        ise: sql`round(${s.iseeAttestations.valore} * ${scala}, 2)`,
      })
      .where(eq(s.iseeAttestations.personId, p.id));

    const valore = 4000 + ((i * 2741) % 26000);
    const attestation = (
      tipo: "ordinario" | "corrente",
      filed: string,
      n: number,
    ): typeof s.iseeAttestations.$inferInsert => ({
      ambitoId,
      personId: p.id,
      tipo,
      valore: valore.toFixed(2),
      ise: (valore * scala).toFixed(2),
      scalaEquivalenza: scala.toFixed(2),
      protocolloDsu: `INPS-ISEE-${filed.slice(0, 4)}-${String(200000 + n).padStart(8, "0")}B-00`,
      dataPresentazione: filed,
      scadenza: iseeExpiry(tipo, filed),
      annoDsu: Number(filed.slice(0, 4)),
    });
    // Last year's DSU, now expired.
    if (i % 6 === 0) isee.push(attestation("ordinario", "2025-02-10", i));
    // An ISEE corrente still valid, and one whose six months are over.
    if (i % 9 === 4) isee.push(attestation("corrente", "2026-06-15", 1000 + i));
    if (i % 9 === 7) isee.push(attestation("corrente", "2026-03-02", 1000 + i));

    if (i % 4 === 1) {
      const year = 2019 + (i % 7);
      certifications.push({
        ambitoId,
        personId: p.id,
        codice: minor
          ? "npi"
          : (ADULT_CODES[Math.floor(i / 4) % ADULT_CODES.length] ?? "l104_art3c3"),
        dataRilascio: `${Math.max(year, Number(born.slice(0, 4)) + 1)}-0${1 + (i % 9)}-15`,
        // Some certificates carry a review date: one already passed, others ahead.
        scadenza: i % 36 === 13 ? "2026-05-31" : i % 12 === 5 ? "2028-03-31" : null,
        ente: ENTI[i % ENTI.length] ?? "",
        creatoDa: p.creatoDa,
      });
    }
  }
  if (isee.length) await tx.insert(s.iseeAttestations).values(isee);
  if (certifications.length) await tx.insert(s.disabilityCertifications).values(certifications);
  return { isee: isee.length, certifications: certifications.length };
}
