import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { measures } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { scopeWhere } from "./authorize";
import { NotFoundError } from "./errors";
import { isUuid } from "./pg-errors";
import { withActor } from "./scoped";

const measureColumns = {
  id: measures.id,
  codice: measures.codice,
  nome: measures.nome,
  descrizione: measures.descrizione,
  tipo: measures.tipo,
  area: measures.area,
  codiceSiuss: measures.codiceSiuss,
  areaUtenza: measures.areaUtenza,
  importoMensile: measures.importoMensile,
  mesiMassimi: measures.mesiMassimi,
  attiva: measures.attiva,
};

export async function listMeasures(db: Db, actor: Actor, opts: { onlyActive?: boolean } = {}) {
  return withActor(db, actor, async (tx) => {
    const scope = scopeWhere(actor, "measure.read", measures);
    return tx
      .select(measureColumns)
      .from(measures)
      .where(opts.onlyActive ? and(scope, eq(measures.attiva, true)) : scope)
      .orderBy(asc(measures.area), asc(measures.nome));
  });
}

export type MeasureRow = Awaited<ReturnType<typeof listMeasures>>[number];

export async function getMeasure(db: Db, actor: Actor, id: string): Promise<MeasureRow> {
  return withActor(db, actor, async (tx) => {
    if (!isUuid(id)) throw new NotFoundError("La misura");
    const [m] = await tx
      .select(measureColumns)
      .from(measures)
      .where(and(eq(measures.id, id), scopeWhere(actor, "measure.read", measures)))
      .limit(1);
    if (!m) throw new NotFoundError("La misura");
    return m;
  });
}
