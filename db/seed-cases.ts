import { and, asc, eq, inArray, notInArray } from "drizzle-orm";
import type { Db } from "./client";
import * as s from "./schema";

const DAY = 86_400_000;
const PAVIA_WORKER = "as.pavia@pdz-pavia.example";
const ZINASCO_WORKER = "as.zinasco@pdz-pavia.example";

/**
 * The presa in carico beyond opening: a few cartelle suspended and closed (outside Pavia and
 * Cava Manara, whose open cartelle other demos use), a second worker on the Zinasco équipes
 * and one transfer waiting from Pavia to Cava Manara. Chosen by codice fiscale, so every
 * seeded database looks the same.
 */
export async function seedCases(tx: Db, ambitoId: string): Promise<string> {
  const now = Date.now();
  const before = (from: Date, days: number) =>
    new Date(Math.min(from.getTime() + days * DAY, now - DAY));
  const comuni = await tx
    .select({ id: s.comuni.id, nome: s.comuni.nome })
    .from(s.comuni)
    .where(eq(s.comuni.ambitoId, ambitoId));
  const comune = (nome: string) => comuni.find((c) => c.nome === nome)?.id as string;
  const workers = await tx
    .select({ id: s.users.id, email: s.users.email, nome: s.users.nome })
    .from(s.users)
    .where(inArray(s.users.email, [PAVIA_WORKER, ZINASCO_WORKER]));
  const worker = (email: string) => workers.find((w) => w.email === email);

  const elsewhere = await tx
    .select({
      id: s.cases.id,
      comuneId: s.cases.comuneId,
      operatoreId: s.cases.operatoreId,
      apertaIl: s.cases.apertaIl,
    })
    .from(s.cases)
    .innerJoin(s.persons, eq(s.persons.id, s.cases.personId))
    .where(
      and(
        eq(s.cases.ambitoId, ambitoId),
        notInArray(s.cases.comuneId, [comune("Pavia"), comune("Cava Manara")]),
      ),
    )
    .orderBy(asc(s.persons.codiceFiscale), asc(s.cases.area));

  const suspend = elsewhere.slice(0, 3);
  const close = elsewhere.slice(3, 6);
  const CLOSE_REASONS = [
    "Obiettivi del progetto raggiunti: la persona è autonoma con il supporto della famiglia.",
    "Trasferimento fuori distretto: la persona si è trasferita a Milano.",
    "Inserimento stabile in RSA, presa in carico dell'ente gestore.",
  ];
  for (const c of suspend) {
    const il = before(c.apertaIl, 40);
    await tx
      .update(s.cases)
      .set({ stato: "sospesa", aggiornataIl: il })
      .where(eq(s.cases.id, c.id));
    await tx.insert(s.caseEvents).values({
      ambitoId,
      caseId: c.id,
      evento: "sospesa",
      statoDa: "aperta",
      statoA: "sospesa",
      motivo: "Ricovero ospedaliero: interventi sospesi fino alle dimissioni.",
      autoreId: c.operatoreId,
      il,
    });
  }
  for (const [i, c] of close.entries()) {
    const suspended = before(c.apertaIl, 20);
    const closed = before(c.apertaIl, 60);
    const motivo = CLOSE_REASONS[i % CLOSE_REASONS.length] as string;
    await tx
      .update(s.cases)
      .set({ stato: "chiusa", chiusaIl: closed, motivoChiusura: motivo, aggiornataIl: closed })
      .where(eq(s.cases.id, c.id));
    await tx.insert(s.caseEvents).values([
      {
        ambitoId,
        caseId: c.id,
        evento: "sospesa",
        statoDa: "aperta",
        statoA: "sospesa",
        motivo: "In attesa della valutazione multidimensionale.",
        autoreId: c.operatoreId,
        il: suspended,
      },
      {
        ambitoId,
        caseId: c.id,
        evento: "chiusa",
        statoDa: "sospesa",
        statoA: "chiusa",
        motivo,
        autoreId: c.operatoreId,
        il: closed,
      },
    ]);
  }

  const second = worker(ZINASCO_WORKER);
  const zinasco = elsewhere.filter(
    (c) => c.comuneId === comune("Zinasco") && !close.includes(c) && c.operatoreId !== second?.id,
  );
  if (second)
    for (const c of zinasco) {
      const il = before(c.apertaIl, 10);
      await tx.insert(s.caseTeam).values({ ambitoId, caseId: c.id, userId: second.id, dalIl: il });
      await tx.insert(s.caseEvents).values({
        ambitoId,
        caseId: c.id,
        evento: "equipe",
        dettagli: `Entra nell'équipe: ${second.nome}`,
        autoreId: c.operatoreId,
        il,
      });
    }

  const [moving] = await tx
    .select({ personId: s.cases.personId })
    .from(s.cases)
    .innerJoin(s.persons, eq(s.persons.id, s.cases.personId))
    .where(and(eq(s.cases.comuneId, comune("Pavia")), eq(s.cases.stato, "aperta")))
    .orderBy(asc(s.persons.codiceFiscale))
    .limit(1);
  if (moving)
    await tx.insert(s.transfers).values({
      ambitoId,
      personId: moving.personId,
      daComuneId: comune("Pavia"),
      aComuneId: comune("Cava Manara"),
      motivo: "Cambio di residenza a Cava Manara.",
      richiestoDa: worker(PAVIA_WORKER)?.id ?? null,
      richiestoIl: new Date(now - 2 * DAY),
    });
  return `Presa in carico: ${suspend.length} cartelle sospese, ${close.length} chiuse, ${zinasco.length} équipe con due operatori, ${moving ? 1 : 0} trasferimento in attesa.`;
}
