import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bandi, budgetLines, comuni, measures } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { BandoCreateSchema } from "@/lib/validation/bando";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

/** Creates a bando with its budget lines; its rules must be readable by the engines. */
export async function createBando(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  requirePermission(actor, "bando.manage");
  const parsed = BandoCreateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const b = parsed.data;
  return withActor(db, actor, async (tx) => {
    const [measure] = await tx
      .select({ id: measures.id })
      .from(measures)
      .where(and(eq(measures.id, b.measureId), eq(measures.ambitoId, actor.ambitoId)));
    if (!measure) throw new ValidationError({ measureId: ["Scegli una misura del catalogo."] });
    const comuneIds = b.budget.flatMap((l) => (l.comuneId ? [l.comuneId] : []));
    if (comuneIds.length) {
      const known = await tx
        .select({ id: comuni.id })
        .from(comuni)
        .where(eq(comuni.ambitoId, actor.ambitoId));
      const ids = new Set(known.map((c) => c.id));
      if (comuneIds.some((id) => !ids.has(id)))
        throw new ValidationError({
          budget: ["Una voce di budget indica un comune che non è dell'ambito."],
        });
    }
    const [row] = await tx
      .insert(bandi)
      .values({
        ambitoId: actor.ambitoId,
        measureId: b.measureId,
        titolo: b.titolo,
        periodoInizio: b.periodoInizio,
        periodoFine: b.periodoFine,
        apertura: b.apertura,
        chiusura: b.chiusura,
        modalita: b.modalita,
        termineGiorni: b.termineGiorni,
        importoMensile: b.importoMensile?.toFixed(2) ?? null,
        mesi: b.mesi ?? null,
        regoleAmmissione: b.regoleAmmissione,
        regolePunteggio: b.regolePunteggio,
        compartecipazione: b.compartecipazione ?? null,
        creatoDa: actor.id,
      })
      .returning({ id: bandi.id });
    if (!row) throw new Error("bando not created");
    await tx.insert(budgetLines).values(
      b.budget.map((l) => ({
        ambitoId: actor.ambitoId,
        bandoId: row.id,
        comuneId: l.comuneId ?? null,
        area: l.area ?? null,
        stanziato: l.stanziato.toFixed(2),
      })),
    );
    await audit(tx, actor, "create", "bando", row.id);
    return row;
  });
}

export async function listBandi(db: Db, actor: Actor) {
  return withActor(db, actor, (tx) =>
    tx
      .select({
        id: bandi.id,
        titolo: bandi.titolo,
        misura: measures.nome,
        apertura: bandi.apertura,
        chiusura: bandi.chiusura,
        modalita: bandi.modalita,
        stanziato: sql<string>`(select coalesce(sum(stanziato), 0)::text from budget_voci v where v.bando_id = ${bandi.id})`,
        impegnato: sql<string>`(select coalesce(sum(impegnato), 0)::text from budget_voci v where v.bando_id = ${bandi.id})`,
      })
      .from(bandi)
      .innerJoin(measures, eq(measures.id, bandi.measureId))
      .where(scopeWhere(actor, "bando.read", bandi))
      .orderBy(desc(bandi.apertura), asc(bandi.titolo)),
  );
}

/** A bando with its rules and, per budget line, allocated, committed, paid and available money. */
export async function getBando(db: Db, actor: Actor, id: string) {
  if (!isUuid(id)) throw new NotFoundError("Il bando");
  return withActor(db, actor, async (tx) => {
    const [b] = await tx
      .select()
      .from(bandi)
      .where(and(eq(bandi.id, id), scopeWhere(actor, "bando.read", bandi)));
    if (!b) throw new NotFoundError("Il bando");
    const budget = await tx
      .select({
        id: budgetLines.id,
        comune: comuni.nome,
        area: budgetLines.area,
        stanziato: budgetLines.stanziato,
        impegnato: budgetLines.impegnato,
        pagato: budgetLines.pagato,
        disponibile: sql<string>`(${budgetLines.stanziato} - ${budgetLines.impegnato})::text`,
      })
      .from(budgetLines)
      .leftJoin(comuni, eq(comuni.id, budgetLines.comuneId))
      .where(eq(budgetLines.bandoId, id))
      .orderBy(asc(comuni.nome), asc(budgetLines.area));
    const { ambitoId: _a, creatoDa: _c, ...rest } = b;
    return { ...rest, budget };
  });
}
