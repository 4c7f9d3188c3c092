import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { bandi, budgetLines } from "./bandi";
import { cases } from "./cases";
import { requestStatusEnum } from "./enums";
import { measures } from "./measures";
import { persons } from "./persons";
import { ambitoId, comuneId } from "./tenant";
import { users } from "./users";

export const requests = pgTable(
  "richieste",
  {
    ambitoId: ambitoId(),
    comuneId: comuneId(),
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("persona_id")
      .notNull()
      .references(() => persons.id),
    measureId: uuid("misura_id")
      .notNull()
      .references(() => measures.id),
    caseId: uuid("cartella_id").references(() => cases.id),
    bandoId: uuid("bando_id").references(() => bandi.id),
    budgetLineId: uuid("budget_voce_id").references(() => budgetLines.id),
    importoImpegnato: numeric("importo_impegnato", { precision: 12, scale: 2 }),
    stato: requestStatusEnum("stato").notNull().default("bozza"),
    protocolloAnno: integer("protocollo_anno"),
    protocolloNumero: integer("protocollo_numero"),
    protocolloData: timestamp("protocollo_data", { withTimezone: true }),
    importoMensile: numeric("importo_mensile", { precision: 10, scale: 2 }),
    mesi: integer("mesi"),
    importoApprovato: numeric("importo_approvato", { precision: 12, scale: 2 }),
    dataInizio: date("data_inizio"),
    motivazione: text("motivazione").notNull().default(""),
    esitoMotivazione: text("esito_motivazione"),
    decisoIl: timestamp("deciso_il", { withTimezone: true }),
    decisoDa: uuid("deciso_da").references(() => users.id),
    responsabileId: uuid("responsabile_id").references(() => users.id),
    // Eligibility at filing, as the engine answered ({ outcome, lines, on }): a snapshot.
    ammissibilita: jsonb("ammissibilita"),
    esitoAmmissibilita: text("esito_ammissibilita"),
    // A coordinator's override of the engine's outcome, with its written reason.
    esitoForzato: text("esito_forzato"),
    forzaturaMotivazione: text("forzatura_motivazione"),
    forzataDa: uuid("forzata_da").references(() => users.id),
    forzataIl: timestamp("forzata_il", { withTimezone: true }),
    dichiarazioni: jsonb("dichiarazioni"),
    valutazione: numeric("valutazione", { precision: 6, scale: 2 }),
    iseeValore: numeric("isee_valore", { precision: 12, scale: 2 }),
    punteggio: numeric("punteggio", { precision: 8, scale: 2 }),
    punteggioDettaglio: jsonb("punteggio_dettaglio"),
    posizioneGraduatoria: integer("posizione_graduatoria"),
    // Services: the user's share of the cost, from the ISEE band, with how it was computed.
    compartecipazione: jsonb("compartecipazione"),
    oreMensili: numeric("ore_mensili", { precision: 6, scale: 2 }),
    dataFine: date("data_fine"),
    // L. 241/1990: term of the procedure, one suspension for integrazione, preavviso di rigetto.
    termineGiorni: integer("termine_giorni"),
    scadenzaTermine: date("scadenza_termine"),
    sospesoDal: date("sospeso_dal"),
    giorniSospensione: integer("giorni_sospensione").notNull().default(0),
    integrazioneUsata: boolean("integrazione_usata").notNull().default(false),
    preavvisoIl: date("preavviso_il"),
    creatoDa: uuid("creato_da")
      .notNull()
      .references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
    aggiornatoIl: timestamp("aggiornato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("richieste_ambito_protocollo_uq").on(
      t.ambitoId,
      t.protocolloAnno,
      t.protocolloNumero,
    ),
    index("richieste_ambito_comune_stato_idx").on(
      t.ambitoId,
      t.comuneId,
      t.stato,
      t.creatoIl,
      t.id,
    ),
    index("richieste_ambito_stato_idx").on(t.ambitoId, t.stato, t.creatoIl, t.id),
    index("richieste_ambito_creato_idx").on(t.ambitoId, t.creatoIl, t.id),
    index("richieste_ambito_persona_idx").on(t.ambitoId, t.personId),
    index("richieste_ambito_bando_idx").on(t.ambitoId, t.bandoId, t.stato, t.posizioneGraduatoria),
    index("richieste_ambito_scadenza_idx").on(t.ambitoId, t.scadenzaTermine),
    check(
      "richieste_importi_non_negativi",
      sql`coalesce(${t.importoMensile}, 0) >= 0 and coalesce(${t.importoApprovato}, 0) >= 0`,
    ),
    check("richieste_mesi", sql`${t.mesi} is null or ${t.mesi} between 1 and 120`),
  ],
);

export const protocolCounters = pgTable(
  "contatori_protocollo",
  {
    ambitoId: ambitoId(),
    anno: integer("anno").notNull(),
    ultimo: integer("ultimo").notNull(),
  },
  (t) => [primaryKey({ columns: [t.ambitoId, t.anno] })],
);

export const requestEvents = pgTable(
  "eventi_richiesta",
  {
    ambitoId: ambitoId(),
    id: bigserial("id", { mode: "number" }).primaryKey(),
    requestId: uuid("richiesta_id")
      .notNull()
      .references(() => requests.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("attore_id")
      .notNull()
      .references(() => users.id),
    azione: text("azione").notNull(),
    daStato: requestStatusEnum("da_stato"),
    aStato: requestStatusEnum("a_stato").notNull(),
    nota: text("nota"),
  },
  (t) => [index("eventi_ambito_richiesta_idx").on(t.ambitoId, t.requestId, t.at)],
);
