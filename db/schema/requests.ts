import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
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
