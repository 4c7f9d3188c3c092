import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import comuniItaliani from "@/db/data/comuni-istat.json";
import { comuni, persons, registryImports } from "@/db/schema";
import { allows } from "@/lib/auth/policy";
import type { Actor } from "@/lib/auth/roles";
import {
  type AnagrafeRaw,
  type AnagrafeRow,
  maskCodiceFiscale,
  validateAnagrafeRow,
} from "@/lib/domain/anagrafe-csv";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { ImportBatchSchema, ImportStartSchema } from "@/lib/validation/registry-import";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUniqueViolation, isUuid } from "./pg-errors";
import { withActor } from "./scoped";

/** A rejected row as the report keeps it: its line, the masked code, the reason. */
export type ImportRejection = { riga: number; codiceFiscale: string; motivo: string };

export type ImportSummary = {
  id: string;
  comuneId: string;
  comune: string;
  nomeFile: string;
  righeTotali: number;
  righeElaborate: number;
  create: number;
  aggiornate: number;
  invariate: number;
  scartate: number;
  completataIl: Date | null;
};

/** Citizenship is not in the anagrafe's extract: the worker records it later. */
const CITTADINANZA_IGNOTA = "Non indicata";

type Place = { nome: string; belfiore: string };
let placeIndex: Map<string, string> | undefined;

const placeKey = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");

/** A birthplace as written in the file (Belfiore code or comune name) → its Belfiore code. */
function placeCode(place: string): string | null {
  if (!placeIndex) {
    placeIndex = new Map();
    // A name two comuni share (there are a few) is ambiguous: the code must be given.
    for (const c of comuniItaliani as Place[]) {
      const key = placeKey(c.nome);
      const had = placeIndex.get(key);
      placeIndex.set(key, had && had !== c.belfiore ? "" : c.belfiore);
    }
  }
  const v = place.trim().toUpperCase();
  // Foreign states (Z…) and comuni no longer in the list are accepted by their code.
  if (/^[A-Z]\d{3}$/.test(v)) return v;
  return placeIndex.get(placeKey(place)) || null;
}

/** The comuni the actor may import residents into, for the form. */
export async function listImportComuni(db: Db, actor: Actor) {
  return withActor(db, actor, async (tx) =>
    tx
      .select({ id: comuni.id, nome: comuni.nome })
      .from(comuni)
      .where(
        scopeWhere(actor, "registry.import", { ambitoId: comuni.ambitoId, comuneId: comuni.id }),
      )
      .orderBy(asc(comuni.nome)),
  );
}

/** Opens an import of a comune's residents; the rows follow in batches. */
export async function startImport(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  return withActor(db, actor, async (tx) => {
    requirePermission(actor, "registry.import");
    const parsed = ImportStartSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const data = parsed.data;
    const [comune] = await tx
      .select({ id: comuni.id })
      .from(comuni)
      .where(and(eq(comuni.id, data.comuneId), eq(comuni.ambitoId, actor.ambitoId)))
      .limit(1);
    if (
      !comune ||
      !allows(actor, "registry.import", { ambitoId: actor.ambitoId, comuneId: comune.id })
    ) {
      throw new ValidationError({
        comuneId: ["Puoi importare residenti solo nei comuni che segui."],
      });
    }
    const [row] = await tx
      .insert(registryImports)
      .values({
        ambitoId: actor.ambitoId,
        comuneId: data.comuneId,
        nomeFile: data.nomeFile,
        righeTotali: data.righeTotali,
        creatoDa: actor.id,
      })
      .returning({ id: registryImports.id });
    if (!row) throw new Error("insert returned no row");
    await audit(tx, actor, "create", "importazione_anagrafe", row.id);
    return row;
  });
}

async function importInScope(tx: Db, actor: Actor, importId: string) {
  requirePermission(actor, "registry.import");
  if (!isUuid(importId)) throw new NotFoundError("L'importazione");
  const [row] = await tx
    .select({
      id: registryImports.id,
      comuneId: registryImports.comuneId,
      completataIl: registryImports.completataIl,
    })
    .from(registryImports)
    .where(
      and(eq(registryImports.id, importId), scopeWhere(actor, "registry.import", registryImports)),
    )
    .limit(1);
  if (!row) throw new NotFoundError("L'importazione");
  return row;
}

/** Where each codice fiscale already is in the ambito, even in comuni the actor cannot see. */
async function existingByCf(tx: Db, cfs: string[]) {
  if (cfs.length === 0) return new Map<string, { id: string; comuneId: string }>();
  const list = sql.join(
    cfs.map((c) => sql`${c}`),
    sql`, `,
  );
  const result = await tx.execute(
    sql`select u.cf, x.id, x.comune_id from unnest(array[${list}]::text[]) as u(cf)
      cross join lateral zona_persona_per_cf(u.cf) x`,
  );
  const rows = (result as unknown as { rows: { cf: string; id: string; comune_id: string }[] })
    .rows;
  return new Map(rows.map((r) => [r.cf, { id: r.id, comuneId: r.comune_id }]));
}

export type BatchResult = {
  create: number;
  aggiornate: number;
  invariate: number;
  scartate: number;
  righeElaborate: number;
};

/**
 * Processes up to 200 rows in one transaction: new codici fiscali become persons of the
 * import's comune; persons already of that comune get a changed address or family number;
 * a code registered in another comune of the district is rejected (a move is a transfer,
 * never silent). Rejected rows are kept with their line, the masked code and the reason.
 */
export async function importBatch(
  db: Db,
  actor: Actor,
  importId: string,
  input: unknown,
): Promise<BatchResult> {
  return withActor(db, actor, async (tx) => {
    const imp = await importInScope(tx, actor, importId);
    if (imp.completataIl) throw new ConflictError("L'importazione è già conclusa.");
    const parsed = ImportBatchSchema.safeParse(input);
    if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
    const { primaRiga, righe } = parsed.data;

    const rejected: ImportRejection[] = [];
    const valid: { riga: number; row: AnagrafeRow }[] = [];
    const seen = new Set<string>();
    righe.forEach((raw, i) => {
      const riga = raw.riga ?? primaRiga + i;
      const check = validateAnagrafeRow(raw as AnagrafeRaw, placeCode);
      if (!check.ok) {
        rejected.push({
          riga,
          codiceFiscale: maskCodiceFiscale(check.codiceFiscale),
          motivo: check.motivo,
        });
      } else if (seen.has(check.row.codiceFiscale)) {
        rejected.push({
          riga,
          codiceFiscale: maskCodiceFiscale(check.row.codiceFiscale),
          motivo: "Codice fiscale ripetuto nel file.",
        });
      } else {
        seen.add(check.row.codiceFiscale);
        valid.push({ riga, row: check.row });
      }
    });

    const where = await existingByCf(
      tx,
      valid.map((v) => v.row.codiceFiscale),
    );
    const sameComuneIds = [...where.values()]
      .filter((e) => e.comuneId === imp.comuneId)
      .map((e) => e.id);
    const current = sameComuneIds.length
      ? await tx
          .select({
            id: persons.id,
            indirizzo: persons.indirizzo,
            famiglia: persons.famigliaAnagrafe,
            anonimizzataIl: persons.anonimizzataIl,
          })
          .from(persons)
          .where(and(eq(persons.ambitoId, actor.ambitoId), inArray(persons.id, sameComuneIds)))
      : [];
    const byId = new Map(current.map((p) => [p.id, p]));

    const toCreate: AnagrafeRow[] = [];
    const toUpdate: { id: string; row: AnagrafeRow }[] = [];
    let invariate = 0;
    for (const { riga, row } of valid) {
      const found = where.get(row.codiceFiscale);
      if (!found) {
        toCreate.push(row);
        continue;
      }
      const person = found.comuneId === imp.comuneId ? byId.get(found.id) : undefined;
      if (!person) {
        rejected.push({
          riga,
          codiceFiscale: maskCodiceFiscale(row.codiceFiscale),
          motivo:
            "Persona già registrata in un altro comune del distretto: serve un trasferimento.",
        });
      } else if (person.anonimizzataIl) {
        rejected.push({
          riga,
          codiceFiscale: maskCodiceFiscale(row.codiceFiscale),
          motivo: "La scheda della persona è anonimizzata.",
        });
      } else if (person.indirizzo === row.indirizzo && person.famiglia === row.numeroFamiglia) {
        invariate++;
      } else {
        toUpdate.push({ id: person.id, row });
      }
    }

    let create = 0;
    if (toCreate.length) {
      const created = await tx
        .transaction((sp) =>
          sp
            .insert(persons)
            .values(
              toCreate.map((r) => ({
                ambitoId: actor.ambitoId,
                comuneId: imp.comuneId,
                codiceFiscale: r.codiceFiscale,
                cognome: r.cognome,
                nome: r.nome,
                sesso: r.sesso,
                dataNascita: r.dataNascita,
                luogoNascita: r.luogoNascita,
                cittadinanza: CITTADINANZA_IGNOTA,
                indirizzo: r.indirizzo,
                famigliaAnagrafe: r.numeroFamiglia,
                creatoDa: actor.id,
              })),
            )
            .returning({ id: persons.id }),
        )
        .catch((e) => {
          // Another import of the same residents at the same moment: this batch is redone on retry.
          if (isUniqueViolation(e))
            throw new ConflictError(
              "Un'altra importazione sta registrando le stesse persone: riprova tra poco.",
            );
          throw e;
        });
      create = created.length;
      for (const p of created) await audit(tx, actor, "create", "persona", p.id);
    }
    if (toUpdate.length) {
      const values = sql.join(
        toUpdate.map(
          (u) => sql`(${u.id}::uuid, ${u.row.indirizzo}, ${u.row.numeroFamiglia}::text)`,
        ),
        sql`, `,
      );
      await tx.execute(sql`update persone p set indirizzo = v.indirizzo, famiglia_anagrafe = v.famiglia
        from (values ${values}) as v(id, indirizzo, famiglia) where p.id = v.id`);
      for (const u of toUpdate) await audit(tx, actor, "update", "persona", u.id);
    }

    rejected.sort((x, y) => x.riga - y.riga);
    const [after] = await tx
      .update(registryImports)
      .set({
        righeElaborate: sql`${registryImports.righeElaborate} + ${righe.length}`,
        create: sql`${registryImports.create} + ${create}`,
        aggiornate: sql`${registryImports.aggiornate} + ${toUpdate.length}`,
        invariate: sql`${registryImports.invariate} + ${invariate}`,
        scartate: sql`${registryImports.scartate} + ${rejected.length}`,
        scarti: sql`${registryImports.scarti} || ${JSON.stringify(rejected)}::jsonb`,
      })
      .where(eq(registryImports.id, imp.id))
      .returning({ righeElaborate: registryImports.righeElaborate });
    await audit(tx, actor, "update", "importazione_anagrafe", imp.id);
    return {
      create,
      aggiornate: toUpdate.length,
      invariate,
      scartate: rejected.length,
      righeElaborate: after?.righeElaborate ?? 0,
    };
  });
}

/**
 * Closes an import and builds the households of its comune from the family numbers: every
 * two persons sharing one are linked as nucleo (both ways, once), links from a family
 * number no longer shared are removed, and household size and living alone follow.
 */
export async function finishImport(db: Db, actor: Actor, importId: string): Promise<ImportSummary> {
  await withActor(db, actor, async (tx) => {
    const imp = await importInScope(tx, actor, importId);
    if (imp.completataIl) return;
    const scope = and(
      sql`p.ambito_id = ${actor.ambitoId}`,
      sql`p.comune_id = ${imp.comuneId}`,
      sql`p.unita_in is null`,
      sql`p.anonimizzata_il is null`,
    ) as SQL;
    await tx.execute(sql`update legami l set rimosso_il = now()
      from persone a, persone b
      where l.ambito_id = ${actor.ambitoId} and l.tipo = 'nucleo' and l.da_anagrafe is not null
        and l.rimosso_il is null and a.ambito_id = l.ambito_id and a.id = l.persona_id and b.id = l.persona_collegata_id
        and a.comune_id = ${imp.comuneId}
        and (a.famiglia_anagrafe is distinct from l.da_anagrafe or b.famiglia_anagrafe is distinct from l.da_anagrafe)`);
    // The comune's families, read once (row-level security is evaluated per row read).
    const families = sql`select p.id, p.ambito_id, p.famiglia_anagrafe,
        least(count(*) over (partition by p.famiglia_anagrafe), 30)::int as n
      from persone p where ${scope} and p.famiglia_anagrafe is not null`;
    await tx.execute(sql`with m as materialized (${families})
      insert into legami (ambito_id, persona_id, tipo, relazione, persona_collegata_id, da_anagrafe, creato_da)
      select a.ambito_id, a.id, 'nucleo', 'altro_parente', b.id, a.famiglia_anagrafe, ${actor.id}::uuid
      from m a join m b on b.famiglia_anagrafe = a.famiglia_anagrafe and b.id <> a.id
      where not exists (select 1 from legami l where l.ambito_id = a.ambito_id and l.persona_id = a.id
        and l.persona_collegata_id = b.id and l.tipo = 'nucleo' and l.rimosso_il is null)`);
    await tx.execute(sql`with m as materialized (${families})
      update persone q set componenti_nucleo = m.n, vive_solo = (m.n = 1), condizioni_aggiornate_il = now()
      from m where q.id = m.id
        and (q.componenti_nucleo is distinct from m.n or q.vive_solo is distinct from (m.n = 1))`);
    await tx
      .update(registryImports)
      .set({ completataIl: sql`now()` })
      .where(eq(registryImports.id, imp.id));
    await audit(tx, actor, "close", "importazione_anagrafe", imp.id);
  });
  return getImport(db, actor, importId);
}

/** The counters of an import. */
export async function getImport(db: Db, actor: Actor, importId: string): Promise<ImportSummary> {
  return withActor(db, actor, async (tx) => {
    await importInScope(tx, actor, importId);
    const [row] = await tx
      .select({
        id: registryImports.id,
        comuneId: registryImports.comuneId,
        comune: comuni.nome,
        nomeFile: registryImports.nomeFile,
        righeTotali: registryImports.righeTotali,
        righeElaborate: registryImports.righeElaborate,
        create: registryImports.create,
        aggiornate: registryImports.aggiornate,
        invariate: registryImports.invariate,
        scartate: registryImports.scartate,
        completataIl: registryImports.completataIl,
      })
      .from(registryImports)
      .innerJoin(comuni, eq(comuni.id, registryImports.comuneId))
      .where(eq(registryImports.id, importId))
      .limit(1);
    if (!row) throw new NotFoundError("L'importazione");
    return row;
  });
}

/** The rejected rows of an import, by line. Downloading the report is logged. */
export async function getImportReport(
  db: Db,
  actor: Actor,
  importId: string,
): Promise<ImportRejection[]> {
  return withActor(db, actor, async (tx) => {
    await importInScope(tx, actor, importId);
    const [row] = await tx
      .select({ scarti: registryImports.scarti })
      .from(registryImports)
      .where(eq(registryImports.id, importId))
      .limit(1);
    await audit(tx, actor, "download", "importazione_anagrafe", importId);
    return ((row?.scarti ?? []) as ImportRejection[]).toSorted((a, b) => a.riga - b.riga);
  });
}

/** The actor's latest imports, for the page. */
export async function listRecentImports(db: Db, actor: Actor, limit = 5) {
  return withActor(db, actor, async (tx) =>
    tx
      .select({
        id: registryImports.id,
        comune: comuni.nome,
        nomeFile: registryImports.nomeFile,
        creatoIl: registryImports.creatoIl,
        scartate: registryImports.scartate,
        completataIl: registryImports.completataIl,
      })
      .from(registryImports)
      .innerJoin(comuni, eq(comuni.id, registryImports.comuneId))
      .where(scopeWhere(actor, "registry.import", registryImports))
      .orderBy(desc(registryImports.creatoIl))
      .limit(limit),
  );
}
