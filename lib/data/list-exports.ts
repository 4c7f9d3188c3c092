import "server-only";
import type { Db } from "@/db/client";
import { type Actor, ROLE_LABELS } from "@/lib/auth/roles";
import { AREA_LABELS, MEASURE_KIND_LABELS } from "@/lib/domain/areas";
import { romeDate } from "@/lib/domain/dates";
import { STATUS_LABELS } from "@/lib/domain/request-workflow";
import type { ExportTable } from "@/lib/export/table";
import { t } from "@/lib/i18n";
import {
  firstValues,
  PersonListParams,
  personQueryOf,
  RequestListParams,
  requestQueryOf,
} from "@/lib/validation/list-params";
import { audit } from "./audit";
import { listBandi } from "./bandi";
import { listMeasures } from "./measures";
import type { Page } from "./paging";
import { listPersons } from "./persons";
import { listRequests } from "./requests";
import { withActor } from "./scoped";
import { listTransfers } from "./transfers";
import { listUsers } from "./users";

/** At most this many rows in one file; narrow the filters for more. */
export const MAX_EXPORT_ROWS = 50_000;

const L = t.listExports;
const day = (d: Date | string | null) => (d ? romeDate(new Date(d)) : null);
const amount = (v: string | null) => (v === null ? null : Number(v));

/** Every page of a keyset-paged list, following its cursor. */
async function allPages<R>(fetch: (after: string | undefined) => Promise<Page<R>>): Promise<R[]> {
  const out: R[] = [];
  let after: string | undefined;
  do {
    const page = await fetch(after);
    out.push(...page.rows);
    after = page.nextCursor ?? undefined;
  } while (after && out.length < MAX_EXPORT_ROWS);
  return out.slice(0, MAX_EXPORT_ROWS);
}

type Builder = (
  db: Db,
  actor: Actor,
  q: Record<string, string | undefined>,
) => Promise<ExportTable>;

const stamp = () => romeDate(new Date());

/** The staff lists that export, each with the list's own filters and the reader's scope. */
export const LIST_EXPORTS = {
  richieste: async (db, actor, q) => {
    const query = requestQueryOf(RequestListParams.parse(q));
    const rows = await allPages((after) =>
      listRequests(db, actor, { ...query, after, before: undefined, limit: 100 }),
    );
    return {
      name: `richieste-${stamp()}`,
      title: L.richieste.title,
      rows,
      columns: [
        { header: L.richieste.protocollo, value: (r) => r.protocollo },
        { header: L.richieste.stato, value: (r) => STATUS_LABELS[r.stato] },
        { header: L.richieste.data, value: (r) => day(r.creatoIl) },
        { header: L.richieste.persona, value: (r) => r.persona },
        { header: L.richieste.comune, value: (r) => r.comune },
        { header: L.richieste.misura, value: (r) => r.misura },
        { header: L.richieste.area, value: (r) => AREA_LABELS[r.area] },
        {
          header: L.richieste.importoMensile,
          value: (r) => amount(r.importoMensile),
          number: true,
        },
        { header: L.richieste.mesi, value: (r) => r.mesi, number: true },
        { header: L.richieste.scadenza, value: (r) => r.scadenza },
        { header: L.richieste.ritardo, value: (r) => (r.inRitardo ? L.utenti.yes : L.utenti.no) },
      ],
    } satisfies ExportTable<(typeof rows)[number]> as ExportTable;
  },
  persone: async (db, actor, q) => {
    const query = personQueryOf(PersonListParams.parse(q));
    const rows = await allPages((after) =>
      listPersons(db, actor, { ...query, after, before: undefined, limit: 100 }),
    );
    return {
      name: `persone-${stamp()}`,
      title: L.persone.title,
      rows,
      columns: [
        { header: L.persone.cognome, value: (r) => r.cognome },
        { header: L.persone.nome, value: (r) => r.nome },
        { header: L.persone.nascita, value: (r) => r.dataNascita },
        { header: L.persone.comune, value: (r) => r.comune },
        { header: L.persone.creata, value: (r) => day(r.creatoIl) },
      ],
    } satisfies ExportTable<(typeof rows)[number]> as ExportTable;
  },
  bandi: async (db, actor) => {
    const rows = await listBandi(db, actor);
    return {
      name: `bandi-${stamp()}`,
      title: L.bandi.title,
      rows,
      columns: [
        { header: L.bandi.titolo, value: (r) => r.titolo },
        { header: L.bandi.misura, value: (r) => r.misura },
        { header: L.bandi.apertura, value: (r) => r.apertura },
        { header: L.bandi.chiusura, value: (r) => r.chiusura },
        { header: L.bandi.stato, value: (r) => r.stato },
        { header: L.bandi.modalita, value: (r) => r.modalita },
        { header: L.bandi.stanziato, value: (r) => amount(r.stanziato), number: true },
        { header: L.bandi.impegnato, value: (r) => amount(r.impegnato), number: true },
        { header: L.bandi.disponibile, value: (r) => amount(r.disponibile), number: true },
      ],
    } satisfies ExportTable<(typeof rows)[number]> as ExportTable;
  },
  trasferimenti: async (db, actor) => {
    const [inbound, outbound] = await Promise.all([
      listTransfers(db, actor, { direction: "in" }),
      listTransfers(db, actor, { direction: "out" }),
    ]);
    const rows = [
      ...inbound.map((r) => ({ ...r, dir: L.trasferimenti.in })),
      ...outbound.map((r) => ({ ...r, dir: L.trasferimenti.out })),
    ];
    return {
      name: `trasferimenti-${stamp()}`,
      title: L.trasferimenti.title,
      rows,
      columns: [
        { header: L.trasferimenti.direzione, value: (r) => r.dir },
        { header: L.trasferimenti.stato, value: (r) => r.stato },
        {
          header: L.trasferimenti.persona,
          value: (r) => (r.person ? `${r.person.cognome} ${r.person.nome}` : null),
        },
        { header: L.trasferimenti.da, value: (r) => r.daComune },
        { header: L.trasferimenti.a, value: (r) => r.aComune },
        { header: L.trasferimenti.richiestoIl, value: (r) => day(r.richiestoIl) },
        { header: L.trasferimenti.decisoIl, value: (r) => day(r.decisoIl) },
      ],
    } satisfies ExportTable<(typeof rows)[number]> as ExportTable;
  },
  utenti: async (db, actor) => {
    const rows = await listUsers(db, actor);
    return {
      name: `utenti-${stamp()}`,
      title: L.utenti.title,
      rows,
      columns: [
        { header: L.utenti.nome, value: (r) => r.nome },
        { header: L.utenti.email, value: (r) => r.email },
        { header: L.utenti.ruolo, value: (r) => ROLE_LABELS[r.ruolo] },
        { header: L.utenti.attivo, value: (r) => (r.attivo ? L.utenti.yes : L.utenti.no) },
      ],
    } satisfies ExportTable<(typeof rows)[number]> as ExportTable;
  },
  misure: async (db, actor) => {
    const rows = await listMeasures(db, actor);
    return {
      name: `misure-${stamp()}`,
      title: L.misure.title,
      rows,
      columns: [
        { header: L.misure.codice, value: (r) => r.codice },
        { header: L.misure.nome, value: (r) => r.nome },
        { header: L.misure.tipo, value: (r) => MEASURE_KIND_LABELS[r.tipo] },
        { header: L.misure.area, value: (r) => AREA_LABELS[r.area] },
        { header: L.misure.codiceSiuss, value: (r) => r.codiceSiuss },
        { header: L.misure.importoMensile, value: (r) => amount(r.importoMensile), number: true },
        { header: L.misure.attiva, value: (r) => (r.attiva ? L.utenti.yes : L.utenti.no) },
      ],
    } satisfies ExportTable<(typeof rows)[number]> as ExportTable;
  },
} satisfies Record<string, Builder>;

export type ListExportName = keyof typeof LIST_EXPORTS;

export function isListExport(v: unknown): v is ListExportName {
  return typeof v === "string" && Object.hasOwn(LIST_EXPORTS, v);
}

/**
 * A staff list as a file: the same rows, filters and scope as the page (each list function
 * authorizes its reader), all pages up to MAX_EXPORT_ROWS; the export is logged.
 */
export async function exportList(
  db: Db,
  actor: Actor,
  list: ListExportName,
  raw: Record<string, string | string[] | undefined>,
): Promise<ExportTable> {
  const table = await LIST_EXPORTS[list](db, actor, firstValues(raw));
  await withActor(db, actor, (tx) => audit(tx, actor, "export", `elenco_${list}`, null));
  return table;
}
