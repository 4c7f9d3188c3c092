import { sql } from "drizzle-orm";
import type { DocumentStore } from "@/lib/storage/store";
import type { Db } from "./client";

export type RetentionCandidate = { id: string; ambitoId: string; ultimaChiusura: string };

/**
 * People whose every case was closed more than `years` ago, with no request still open or
 * touched since then, and not anonymised yet. A report only: nothing changes.
 */
export async function retentionCandidates(db: Db, years: number): Promise<RetentionCandidate[]> {
  const result = await db.execute(sql`
    SELECT p.id, p.ambito_id AS "ambitoId", max(c.chiusa_il)::text AS "ultimaChiusura"
    FROM persone p
    JOIN cartelle c ON c.persona_id = p.id
    WHERE p.anonimizzata_il IS NULL
    GROUP BY p.id, p.ambito_id
    HAVING bool_and(c.stato = 'chiusa' AND c.chiusa_il IS NOT NULL)
       AND max(c.chiusa_il) < now() - make_interval(years => ${years})
       AND NOT EXISTS (
         SELECT 1 FROM richieste r
         WHERE r.persona_id = p.id
           AND (r.stato NOT IN ('respinta', 'conclusa', 'revocata', 'rinunciata')
                OR r.aggiornato_il >= now() - make_interval(years => ${years})))
    ORDER BY max(c.chiusa_il)`);
  return (result as unknown as { rows: RetentionCandidate[] }).rows;
}

/**
 * Replaces the personal data of the candidates with placeholders, keeping what statistics need
 * (comune, sex, birth year, measures, amounts, dates). Each person in its own transaction,
 * logged by id. Running it twice changes nothing the second time.
 */
export async function anonymise(
  db: Db,
  candidates: RetentionCandidate[],
  store?: Pick<DocumentStore, "remove">,
): Promise<number> {
  let done = 0;
  for (const c of candidates) {
    const removed: string[] = [];
    await db.transaction(async (tx) => {
      const updated = await tx.execute(sql`
        UPDATE persone SET
          cognome = 'Anonimo', nome = '', codice_fiscale = 'ANON-' || replace(id::text, '-', ''),
          data_nascita = date_trunc('year', data_nascita)::date, luogo_nascita_belfiore = '-',
          cittadinanza = 'Non disponibile', indirizzo = '', telefono = NULL, email = NULL,
          anonimizzata_il = now()
        WHERE id = ${c.id} AND anonimizzata_il IS NULL
        RETURNING id`);
      if ((updated as unknown as { rows: unknown[] }).rows.length === 0) return;
      await tx.execute(sql`UPDATE richieste SET motivazione = '[anonimizzato]',
        esito_motivazione = CASE WHEN esito_motivazione IS NULL THEN NULL ELSE '[anonimizzato]' END,
        forzatura_motivazione = CASE WHEN forzatura_motivazione IS NULL THEN NULL ELSE '[anonimizzato]' END
        WHERE persona_id = ${c.id}`);
      // Issued letters carry the name: the record of their issue stays, their text does not.
      await tx.execute(sql`UPDATE documenti_richiesta SET html = '[anonimizzato]', pdf = ''::bytea,
        sha256 = '' WHERE richiesta_id IN (SELECT id FROM richieste WHERE persona_id = ${c.id})`);
      await tx.execute(sql`UPDATE eventi_richiesta SET nota = '[anonimizzato]'
        WHERE nota IS NOT NULL AND richiesta_id IN (SELECT id FROM richieste WHERE persona_id = ${c.id})`);
      // SIUSS flussi carry the name and codice fiscale: the record of their sending stays.
      await tx.execute(sql`UPDATE flussi_siuss SET xml = '[anonimizzato]', dati = '{}'::jsonb,
        valido = false, errore_validazione = '[anonimizzato]'
        WHERE richiesta_id IN (SELECT id FROM richieste WHERE persona_id = ${c.id})`);
      await tx.execute(sql`UPDATE cartelle SET motivo_chiusura = NULL WHERE persona_id = ${c.id}`);
      await anonymiseCaseFile(tx, c.id);
      // Uploaded documents go altogether: their rows now, their bytes once this commits.
      const docs = await tx.execute(
        sql`DELETE FROM documenti_persona WHERE persona_id = ${c.id} RETURNING chiave`,
      );
      for (const d of (docs as unknown as { rows: { chiave: string }[] }).rows)
        removed.push(d.chiave);
      await tx.execute(
        sql`UPDATE attestazioni_isee SET protocollo_dsu = 'ANON' WHERE persona_id = ${c.id}`,
      );
      await tx.execute(sql`INSERT INTO registro_accessi (ambito_id, azione, entita, entita_id)
        VALUES (${c.ambitoId}, 'anonymise', 'persona', ${c.id})`);
      done++;
    });
    for (const key of removed) await store?.remove(key);
  }
  return done;
}

/** The free text of the cartella sociale; coded answers, dates and statuses stay for statistics. */
async function anonymiseCaseFile(tx: Db, personId: string) {
  const ofCases = sql`(SELECT id FROM cartelle WHERE persona_id = ${personId})`;
  const ofPlans = sql`(SELECT id FROM progetti WHERE cartella_id IN ${ofCases})`;
  const ofEntries = sql`(SELECT id FROM voci_diario WHERE cartella_id IN ${ofCases})`;
  const A = "[anonimizzato]";
  await tx.execute(
    sql`UPDATE eventi_cartella SET motivo = NULL, dettagli = NULL WHERE cartella_id IN ${ofCases}`,
  );
  await tx.execute(sql`UPDATE voci_diario SET testo = ${A} WHERE cartella_id IN ${ofCases}`);
  await tx.execute(sql`UPDATE versioni_voce_diario SET testo = ${A} WHERE voce_id IN ${ofEntries}`);
  await tx.execute(sql`UPDATE valutazioni SET sintesi = NULL WHERE cartella_id IN ${ofCases}`);
  await tx.execute(
    sql`UPDATE progetti SET titolo = ${A}, note = NULL WHERE cartella_id IN ${ofCases}`,
  );
  await tx.execute(
    sql`UPDATE obiettivi_progetto SET descrizione = ${A}, indicatore = NULL WHERE progetto_id IN ${ofPlans}`,
  );
  await tx.execute(
    sql`UPDATE interventi_progetto SET descrizione = ${A} WHERE progetto_id IN ${ofPlans}`,
  );
  await tx.execute(sql`UPDATE verifiche_progetto SET esito = ${A} WHERE progetto_id IN ${ofPlans}`);
  await tx.execute(
    sql`UPDATE appuntamenti SET luogo = NULL, note = NULL WHERE cartella_id IN ${ofCases}`,
  );
  await tx.execute(sql`UPDATE legami SET nome = CASE WHEN nome IS NULL THEN NULL ELSE ${A} END,
    contatto = NULL, note = NULL WHERE persona_id = ${personId}`);
  await tx.execute(sql`UPDATE trasferimenti SET motivo = ${A}, nuovo_indirizzo = NULL,
    note_decisione = NULL WHERE persona_id = ${personId}`);
  await tx.execute(
    sql`UPDATE persone SET famiglia_anagrafe = NULL, componenti_nucleo = NULL WHERE id = ${personId}`,
  );
}
