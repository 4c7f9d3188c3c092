import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { and, asc, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { comuni, measures, persons, requests } from "@/db/schema";
import type { Actor } from "@/lib/auth/roles";
import { ageBandOf } from "@/lib/domain/dashboard";
import { romeDate } from "@/lib/domain/dates";
import type { ExportTable } from "@/lib/export/table";
import { t } from "@/lib/i18n";
import { audit } from "./audit";
import { scopeWhere } from "./authorize";
import type { DashboardFilters } from "./dashboard";
import { withActor } from "./scoped";

const MAX_ROWS = 200_000;

function pseudonymKey(): Buffer {
  const secret =
    process.env.AUTH_SECRET ??
    (process.env.NODE_ENV !== "production" ? "zona-development-secret-not-for-production" : null);
  if (!secret) throw new Error("AUTH_SECRET manca: impossibile pseudonimizzare.");
  return Buffer.from(hkdfSync("sha256", secret, "zona", "export-regione-pseudonimo", 32));
}

/** A keyed pseudonym: the same person gets the same one in every export, and no one can reverse it without the server's secret. */
export function pseudonymOf(key: Buffer, ambitoId: string, personId: string): string {
  return createHmac("sha256", key).update(`${ambitoId}:${personId}`).digest("hex").slice(0, 20);
}

type RegionRow = {
  pseudonimo: string;
  fascia: string;
  sesso: string;
  istat: string;
  area: string;
  misura: string;
  stato: string;
  mesePresentazione: string;
  meseDecisione: string | null;
  importoMensile: number | null;
  mesi: number | null;
  importoApprovato: number | null;
};

const H = t.dashboard.region;

/**
 * The statistical export for the Region: one row per request filed in the period, with no
 * name, codice fiscale or birth date — a keyed pseudonym per person, the age band at filing,
 * sex, the comune's ISTAT code, area, measure, status, months and amounts. Coordinators only.
 */
export async function exportForRegion(
  db: Db,
  actor: Actor,
  filters: DashboardFilters,
): Promise<ExportTable<RegionRow>> {
  return withActor(db, actor, async (tx) => {
    const where = and(
      scopeWhere(actor, "stats.export.region", requests),
      gte(requests.creatoIl, sql`${`${filters.dal}-01`}::date`),
      lt(requests.creatoIl, sql`(${`${filters.al}-01`}::date + interval '1 month')`),
      filters.comuneId ? eq(requests.comuneId, filters.comuneId) : undefined,
      filters.area ? eq(measures.area, filters.area) : undefined,
    );
    const rows = await tx
      .select({
        personId: requests.personId,
        anno: sql<number>`extract(year from ${persons.dataNascita})::int`,
        sesso: persons.sesso,
        istat: comuni.istat,
        area: measures.area,
        misura: measures.codice,
        stato: requests.stato,
        depositata: sql<Date>`coalesce(${requests.protocolloData}, ${requests.creatoIl})`,
        decisoIl: requests.decisoIl,
        importoMensile: requests.importoMensile,
        mesi: requests.mesi,
        importoApprovato: requests.importoApprovato,
      })
      .from(requests)
      .innerJoin(persons, eq(persons.id, requests.personId))
      .innerJoin(comuni, eq(comuni.id, requests.comuneId))
      .innerJoin(measures, eq(measures.id, requests.measureId))
      .where(where)
      .orderBy(asc(requests.creatoIl), asc(requests.id))
      .limit(MAX_ROWS);
    await audit(tx, actor, "export", "statistica_regione", null);
    const key = pseudonymKey();
    const month = (d: Date | string | null) => (d ? romeDate(new Date(d)).slice(0, 7) : null);
    const out: RegionRow[] = rows.map((r) => {
      const filed = month(r.depositata) as string;
      return {
        pseudonimo: pseudonymOf(key, actor.ambitoId, r.personId),
        fascia: ageBandOf(r.anno, Number(filed.slice(0, 4))),
        sesso: r.sesso,
        istat: r.istat,
        area: r.area,
        misura: r.misura,
        stato: r.stato,
        mesePresentazione: filed,
        meseDecisione: month(r.decisoIl),
        importoMensile: r.importoMensile === null ? null : Number(r.importoMensile),
        mesi: r.mesi,
        importoApprovato: r.importoApprovato === null ? null : Number(r.importoApprovato),
      };
    });
    return {
      name: `statistica-regione-${filters.dal}-${filters.al}`,
      title: H.title,
      rows: out,
      columns: [
        { header: H.pseudonimo, value: (r) => r.pseudonimo },
        { header: H.fascia, value: (r) => r.fascia },
        { header: H.sesso, value: (r) => r.sesso },
        { header: H.istat, value: (r) => r.istat },
        { header: H.area, value: (r) => r.area },
        { header: H.misura, value: (r) => r.misura },
        { header: H.stato, value: (r) => r.stato },
        { header: H.mesePresentazione, value: (r) => r.mesePresentazione },
        { header: H.meseDecisione, value: (r) => r.meseDecisione },
        { header: H.importoMensile, value: (r) => r.importoMensile, number: true },
        { header: H.mesi, value: (r) => r.mesi, number: true },
        { header: H.importoApprovato, value: (r) => r.importoApprovato, number: true },
      ],
    };
  });
}
