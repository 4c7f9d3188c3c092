import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { bandi, bandoEvents, budgetLines, comuni, measures, requests, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { AREA_LABELS, type Area } from "@/lib/domain/areas";
import { budgetTotals, budgetTotalsBy, type ImportoFascia } from "@/lib/domain/bando-amounts";
import { hasOpened, windowStatus } from "@/lib/domain/bando-window";
import type { CopaymentParams } from "@/lib/domain/copayment";
import { romeDate } from "@/lib/domain/dates";
import type { EligibilityRule } from "@/lib/domain/eligibility";
import { formatEuro } from "@/lib/domain/format";
import type { ScoringRule } from "@/lib/domain/scoring";
import {
  BandoCreateSchema,
  BandoUpdateSchema,
  bandoConsistencyIssues,
} from "@/lib/validation/bando";
import { fieldErrorsOf } from "@/lib/validation/issues";
import { audit } from "./audit";
import { requirePermission, scopeWhere } from "./authorize";
import { ConflictError, NotFoundError, ValidationError } from "./errors";
import { isUuid } from "./pg-errors";
import { inTurn, withActor } from "./scoped";

const money = (v: number | null | undefined) => (v == null ? null : v.toFixed(2));
const numberOrNull = (v: string | null) => (v == null ? null : Number(v));

async function assertMeasure(tx: Db, actor: Actor, measureId: string) {
  const [m] = await tx
    .select({ id: measures.id })
    .from(measures)
    .where(and(eq(measures.id, measureId), eq(measures.ambitoId, actor.ambitoId)));
  if (!m) throw new ValidationError({ measureId: ["Scegli una misura del catalogo."] });
}

async function assertComuni(tx: Db, actor: Actor, lines: { comuneId?: string | null }[]) {
  const ids = lines.flatMap((l) => (l.comuneId ? [l.comuneId] : []));
  if (ids.length === 0) return;
  const known = await tx
    .select({ id: comuni.id })
    .from(comuni)
    .where(eq(comuni.ambitoId, actor.ambitoId));
  const set = new Set(known.map((c) => c.id));
  if (ids.some((id) => !set.has(id)))
    throw new ValidationError({
      budget: ["Una voce di budget indica un comune che non è dell'ambito."],
    });
}

/** The responsabile del procedimento must be an active coordinator of the ambito. */
async function assertResponsabile(tx: Db, actor: Actor, id: string | null | undefined) {
  if (!id) return;
  const [u] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        eq(users.id, id),
        eq(users.ambitoId, actor.ambitoId),
        eq(users.ruolo, "coordinatore"),
        eq(users.attivo, true),
      ),
    );
  if (!u)
    throw new ValidationError({
      responsabileId: ["Scegli come responsabile un coordinatore attivo dell'ambito."],
    });
}

/** Creates a bando with its budget lines; its rules must be readable by the engines. */
export async function createBando(db: Db, actor: Actor, input: unknown): Promise<{ id: string }> {
  requirePermission(actor, "bando.manage");
  const parsed = BandoCreateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const b = parsed.data;
  return withActor(db, actor, async (tx) => {
    await assertMeasure(tx, actor, b.measureId);
    await assertComuni(tx, actor, b.budget);
    await assertResponsabile(tx, actor, b.responsabileId);
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
        importoMensile: money(b.importoMensile),
        importiFasce: b.importiFasce ?? null,
        mesi: b.mesi ?? null,
        oreMensili: money(b.oreMensili),
        responsabileId: b.responsabileId ?? null,
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
    await tx
      .insert(bandoEvents)
      .values({ ambitoId: actor.ambitoId, bandoId: row.id, actorId: actor.id, azione: "creato" });
    await audit(tx, actor, "create", "bando", row.id);
    return row;
  });
}

/** A budget line as the API reads and writes it. */
type LineValue = { comuneId: string | null; area: Area | null; stanziato: number };

/** The editable fields of a bando, as the API writes them: what a change is compared on. */
type BandoValues = {
  measureId: string;
  titolo: string;
  periodoInizio: string;
  periodoFine: string;
  apertura: string;
  chiusura: string;
  modalita: "ordine_arrivo" | "graduatoria";
  termineGiorni: number;
  importoMensile: number | null;
  importiFasce: ImportoFascia[] | null;
  mesi: number | null;
  oreMensili: number | null;
  responsabileId: string | null;
  regoleAmmissione: EligibilityRule[];
  regolePunteggio: ScoringRule[];
  compartecipazione: CopaymentParams | null;
  budget: LineValue[];
};

/** Equal as JSON values, whatever the order of object keys (jsonb reorders them). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const defined = (o: object) =>
    Object.entries(o).filter(([, v]) => v !== undefined) as [string, unknown][];
  const ea = defined(a);
  const eb = new Map(defined(b));
  return ea.length === eb.size && ea.every(([k, v]) => eb.has(k) && sameValue(v, eb.get(k)));
}

// Changing these after the ranking would make it a different ranking.
const FROZEN_BY_RANKING = ["modalita", "regoleAmmissione", "regolePunteggio"] as const;

function lineName(
  line: { comuneId: string | null; area: Area | null },
  names: Map<string, string>,
) {
  const comune = line.comuneId ? (names.get(line.comuneId) ?? line.comuneId) : "tutti i comuni";
  const area = line.area ? AREA_LABELS[line.area] : "tutte le aree";
  return `«${comune} · ${area}»`;
}

/**
 * Changes a bando. Before its window opens the changes are free; from the opening day every
 * change is logged in the bando's history with its before and after, and in the access log.
 * Mode and rules are frozen once the ranking was made (ConflictError). Budget lines may be
 * added, or their allocation changed but never below what is already committed; a line with
 * commitments may not be removed.
 */
export async function updateBando(
  db: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<{ id: string; changed: string[] }> {
  requirePermission(actor, "bando.manage");
  if (!isUuid(id)) throw new NotFoundError("Il bando");
  const parsed = BandoUpdateSchema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  const patch = parsed.data;
  return withActor(db, actor, async (tx) => {
    const [current] = await tx
      .select()
      .from(bandi)
      .where(and(eq(bandi.id, id), scopeWhere(actor, "bando.manage", bandi)))
      .for("update");
    if (!current) throw new NotFoundError("Il bando");
    // Locked: an approval committing money on a line waits until this change is done.
    const lines = await tx
      .select()
      .from(budgetLines)
      .where(eq(budgetLines.bandoId, id))
      .orderBy(asc(budgetLines.id))
      .for("update");

    const before: BandoValues = {
      measureId: current.measureId,
      titolo: current.titolo,
      periodoInizio: current.periodoInizio,
      periodoFine: current.periodoFine,
      apertura: current.apertura,
      chiusura: current.chiusura,
      modalita: current.modalita,
      termineGiorni: current.termineGiorni,
      importoMensile: numberOrNull(current.importoMensile),
      importiFasce: (current.importiFasce as ImportoFascia[] | null) ?? null,
      mesi: current.mesi,
      oreMensili: numberOrNull(current.oreMensili),
      responsabileId: current.responsabileId,
      regoleAmmissione: current.regoleAmmissione as EligibilityRule[],
      regolePunteggio: current.regolePunteggio as ScoringRule[],
      compartecipazione: (current.compartecipazione as CopaymentParams | null) ?? null,
      budget: sortedLines(
        lines.map((l) => ({ comuneId: l.comuneId, area: l.area, stanziato: Number(l.stanziato) })),
      ),
    };
    const { budget: rawBudget, ...scalarPatch } = patch;
    const after: BandoValues = { ...before };
    for (const [k, v] of Object.entries(scalarPatch))
      if (v !== undefined) (after as Record<string, unknown>)[k] = v;
    const budgetPatch = rawBudget && matchExistingLines(lines, rawBudget);
    if (budgetPatch) after.budget = sortedLines(budgetPatch);

    const issues = bandoConsistencyIssues(after);
    if (issues.length) {
      const fieldErrors: Record<string, string[]> = {};
      for (const i of issues) fieldErrors[i.path] = [...(fieldErrors[i.path] ?? []), i.message];
      throw new ValidationError(fieldErrors);
    }

    const changed = (Object.keys(before) as (keyof BandoValues)[]).filter(
      (k) => !sameValue(before[k], after[k]),
    );
    if (changed.length === 0) return { id, changed };

    const frozen = FROZEN_BY_RANKING.filter((k) => changed.includes(k));
    if (current.graduatoriaIl && frozen.length)
      throw new ConflictError(
        "La graduatoria è già stata formata: la modalità di assegnazione e le regole non si possono più cambiare.",
        { fields: frozen },
      );

    if (changed.includes("measureId")) await assertMeasure(tx, actor, after.measureId);
    if (changed.includes("responsabileId"))
      await assertResponsabile(tx, actor, after.responsabileId);
    if (budgetPatch && changed.includes("budget")) {
      await assertComuni(tx, actor, budgetPatch);
      await applyBudget(tx, actor, id, lines, budgetPatch);
    }

    await tx
      .update(bandi)
      .set({
        measureId: after.measureId,
        titolo: after.titolo,
        periodoInizio: after.periodoInizio,
        periodoFine: after.periodoFine,
        apertura: after.apertura,
        chiusura: after.chiusura,
        modalita: after.modalita,
        termineGiorni: after.termineGiorni,
        importoMensile: money(after.importoMensile),
        importiFasce: after.importiFasce,
        mesi: after.mesi,
        oreMensili: money(after.oreMensili),
        responsabileId: after.responsabileId,
        regoleAmmissione: after.regoleAmmissione,
        regolePunteggio: after.regolePunteggio,
        compartecipazione: after.compartecipazione,
        aggiornatoIl: new Date(),
      })
      .where(eq(bandi.id, id));

    if (hasOpened(current, romeDate(new Date()))) {
      const dettagli = Object.fromEntries(changed.map((k) => [k, { da: before[k], a: after[k] }]));
      await tx.insert(bandoEvents).values({
        ambitoId: actor.ambitoId,
        bandoId: id,
        actorId: actor.id,
        azione: "modificato",
        dettagli,
      });
    }
    await audit(tx, actor, "update", "bando", id);
    return { id, changed };
  });
}

const lineKey = (l: { comuneId?: string | null; area?: string | null }) =>
  `${l.comuneId ?? "*"}|${l.area ?? "*"}`;

/** Lines in a stable order (by comune and area), so that a list is compared as a set. */
function sortedLines(lines: { comuneId?: string | null; area?: Area | null; stanziato: number }[]) {
  return lines
    .map((l) => ({ comuneId: l.comuneId ?? null, area: l.area ?? null, stanziato: l.stanziato }))
    .sort((a, b) => (lineKey(a) < lineKey(b) ? -1 : lineKey(a) > lineKey(b) ? 1 : 0));
}

type LineRow = typeof budgetLines.$inferSelect;
type LinePatch = {
  id?: string;
  comuneId?: string | null;
  area?: Area | null;
  stanziato: number;
};

/**
 * A line given without id, for the comune and area of an existing line not otherwise named,
 * is that line: a client need not know the ids to change an allocation.
 */
function matchExistingLines(lines: LineRow[], patch: LinePatch[]): LinePatch[] {
  const named = new Set(patch.flatMap((p) => (p.id ? [p.id] : [])));
  const free = new Map(lines.filter((l) => !named.has(l.id)).map((l) => [lineKey(l), l.id]));
  return patch.map((p) => {
    if (p.id) return p;
    const id = free.get(lineKey(p));
    if (!id) return p;
    free.delete(lineKey(p));
    return { ...p, id };
  });
}

/** Writes the new list of budget lines, refusing what would take committed money away. */
async function applyBudget(
  tx: Db,
  actor: Actor,
  bandoId: string,
  lines: LineRow[],
  patch: LinePatch[],
) {
  const names = new Map(
    (
      await tx
        .select({ id: comuni.id, nome: comuni.nome })
        .from(comuni)
        .where(eq(comuni.ambitoId, actor.ambitoId))
    ).map((c) => [c.id, c.nome]),
  );
  const byId = new Map(lines.map((l) => [l.id, l]));
  const problems: string[] = [];
  const kept = new Set<string>();
  for (const p of patch) {
    if (!p.id) continue;
    const line = byId.get(p.id);
    if (!line || kept.has(p.id)) {
      problems.push("Una voce di budget non appartiene a questo bando.");
      continue;
    }
    kept.add(p.id);
    const committed = Number(line.impegnato);
    if (Math.round(p.stanziato * 100) < Math.round(committed * 100))
      problems.push(
        `La voce ${lineName(line, names)} ha già ${formatEuro(committed)} impegnati: lo stanziamento non può scendere sotto questa cifra.`,
      );
    const moved = (p.comuneId ?? null) !== line.comuneId || (p.area ?? null) !== line.area;
    if (moved && committed > 0)
      problems.push(`La voce ${lineName(line, names)} ha impegni: non può cambiare comune o area.`);
  }
  const removed = lines.filter((l) => !kept.has(l.id));
  const referenced = removed.length
    ? new Set(
        (
          await tx
            .select({ id: requests.budgetLineId })
            .from(requests)
            .where(
              inArray(
                requests.budgetLineId,
                removed.map((l) => l.id),
              ),
            )
        ).map((r) => r.id),
      )
    : new Set<string | null>();
  for (const l of removed) {
    if (Number(l.impegnato) > 0 || referenced.has(l.id))
      problems.push(
        `La voce ${lineName(l, names)} ha impegni o richieste collegate: non si può togliere.`,
      );
  }
  if (problems.length) throw new ValidationError({ budget: problems });

  if (removed.length)
    await tx.delete(budgetLines).where(
      inArray(
        budgetLines.id,
        removed.map((l) => l.id),
      ),
    );
  for (const p of patch) {
    if (!p.id) continue;
    await tx
      .update(budgetLines)
      .set({
        comuneId: p.comuneId ?? null,
        area: p.area ?? null,
        stanziato: p.stanziato.toFixed(2),
      })
      .where(eq(budgetLines.id, p.id));
  }
  const added = patch.filter((p) => !p.id);
  if (added.length)
    await tx.insert(budgetLines).values(
      added.map((p) => ({
        ambitoId: actor.ambitoId,
        bandoId,
        comuneId: p.comuneId ?? null,
        area: p.area ?? null,
        stanziato: p.stanziato.toFixed(2),
      })),
    );
}

const sumOf = (column: "stanziato" | "impegnato") =>
  sql<string>`(select coalesce(sum(${sql.raw(column)}), 0)::text from budget_voci v where v.bando_id = ${bandi.id})`;

/** The ambito's bandi, newest window first, with their money and where their window stands. */
export async function listBandi(db: Db, actor: Actor) {
  const rows = await withActor(db, actor, (tx) =>
    tx
      .select({
        id: bandi.id,
        titolo: bandi.titolo,
        misura: measures.nome,
        apertura: bandi.apertura,
        chiusura: bandi.chiusura,
        chiusoIl: bandi.chiusoIl,
        modalita: bandi.modalita,
        stanziato: sumOf("stanziato"),
        impegnato: sumOf("impegnato"),
        disponibile: sql<string>`(select coalesce(sum(stanziato - impegnato), 0)::text from budget_voci v where v.bando_id = ${bandi.id})`,
      })
      .from(bandi)
      .innerJoin(measures, eq(measures.id, bandi.measureId))
      .where(scopeWhere(actor, "bando.read", bandi))
      .orderBy(desc(bandi.apertura), asc(bandi.titolo)),
  );
  const today = romeDate(new Date());
  return rows.map((r) => ({ ...r, stato: windowStatus(r, today) }));
}

export type BandoListRow = Awaited<ReturnType<typeof listBandi>>[number];

/**
 * A bando with its rules; per budget line, and in total per comune and per area, allocated,
 * committed, paid and available money; its responsabile and its history.
 */
export async function getBando(db: Db, actor: Actor, id: string) {
  if (!isUuid(id)) throw new NotFoundError("Il bando");
  return withActor(db, actor, async (tx) => {
    const [b] = await tx
      .select()
      .from(bandi)
      .where(and(eq(bandi.id, id), scopeWhere(actor, "bando.read", bandi)));
    if (!b) throw new NotFoundError("Il bando");
    const [misura] = await tx
      .select({ nome: measures.nome, tipo: measures.tipo, area: measures.area })
      .from(measures)
      .where(eq(measures.id, b.measureId));
    const budget = await tx
      .select({
        id: budgetLines.id,
        comuneId: budgetLines.comuneId,
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
      .orderBy(sql`${comuni.nome} nulls last`, sql`${budgetLines.area} nulls last`);
    const eventi = await tx
      .select({
        id: bandoEvents.id,
        at: bandoEvents.at,
        azione: bandoEvents.azione,
        dettagli: bandoEvents.dettagli,
        attore: users.nome,
      })
      .from(bandoEvents)
      .innerJoin(users, eq(users.id, bandoEvents.actorId))
      .where(eq(bandoEvents.bandoId, id))
      .orderBy(desc(bandoEvents.at), desc(bandoEvents.id));
    // Names for the ids in the rules and in the history (comuni, measures, responsabili).
    const userIds = new Set<string>(b.responsabileId ? [b.responsabileId] : []);
    for (const e of eventi) {
      const change = (e.dettagli as Record<string, { da?: unknown; a?: unknown }>).responsabileId;
      for (const v of [change?.da, change?.a])
        if (typeof v === "string" && isUuid(v)) userIds.add(v);
    }
    const [comuniNames, measureNames, userNames] = await inTurn([
      tx
        .select({ id: comuni.id, nome: comuni.nome })
        .from(comuni)
        .where(eq(comuni.ambitoId, actor.ambitoId)),
      tx
        .select({ id: measures.id, nome: measures.nome })
        .from(measures)
        .where(eq(measures.ambitoId, actor.ambitoId)),
      userIds.size
        ? tx
            .select({ id: users.id, nome: users.nome })
            .from(users)
            .where(inArray(users.id, [...userIds]))
        : Promise.resolve([]),
    ]);
    const toRecord = (rows: { id: string; nome: string }[]) =>
      Object.fromEntries(rows.map((r) => [r.id, r.nome]));
    const names = {
      comuni: toRecord(comuniNames),
      misure: toRecord(measureNames),
      utenti: toRecord(userNames),
    };
    const { ambitoId: _a, creatoDa: _c, ...rest } = b;
    return {
      ...rest,
      stato: windowStatus(b, romeDate(new Date())),
      misura: misura?.nome ?? "",
      tipoMisura: misura?.tipo ?? null,
      responsabile: b.responsabileId ? (names.utenti[b.responsabileId] ?? null) : null,
      budget,
      totali: budgetTotals(budget),
      perComune: budgetTotalsBy(budget, (l) => l.comune).map((g) => ({
        comune: g.key,
        ...g.totals,
      })),
      perArea: budgetTotalsBy(budget, (l) => l.area).map((g) => ({ area: g.key, ...g.totals })),
      eventi,
      names,
    };
  });
}

export type BandoDetail = Awaited<ReturnType<typeof getBando>>;

/** The coordinators who may be named responsabile del procedimento of a bando. */
export async function listResponsabili(db: Db, actor: Actor) {
  requirePermission(actor, "bando.manage");
  return withActor(db, actor, (tx) =>
    tx
      .select({ id: users.id, nome: users.nome })
      .from(users)
      .where(
        and(
          eq(users.ambitoId, actor.ambitoId),
          eq(users.ruolo, "coordinatore"),
          eq(users.attivo, true),
        ),
      )
      .orderBy(asc(users.nome)),
  );
}
