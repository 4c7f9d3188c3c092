import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { requests } from "./requests";
import { ambitoId } from "./tenant";
import { users } from "./users";

/**
 * One SIUSS flusso (PS-PSA-SINA or SINBA) for one benefit, as INPS pulls it through WaaS.
 * `aggiornatoIlMs` is the `since` cursor: strictly increasing per ambito, assigned in commit
 * order (lib/data/siuss.ts takes a per-ambito lock), so a poll never skips a flusso.
 */
export const siussFlows = pgTable(
  "flussi_siuss",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("richiesta_id")
      .notNull()
      .references(() => requests.id),
    tipo: text("tipo").notNull(),
    tipoOperazione: text("tipo_operazione").notNull(),
    idFlusso: text("id_flusso").notNull(),
    aggiornatoIlMs: bigint("aggiornato_il_ms", { mode: "number" }).notNull(),
    /** The mapped beneficiary and benefit, from which the XML (and the period export) is built. */
    dati: jsonb("dati").notNull(),
    xml: text("xml").notNull(),
    valido: boolean("valido").notNull(),
    erroreValidazione: text("errore_validazione"),
    stato: text("stato").notNull().default("pending"),
    codiceEsito: text("codice_esito"),
    esitoDescrizione: text("esito_descrizione"),
    esitoIl: timestamp("esito_il", { withTimezone: true }),
    idAcquisizioneSiuss: text("id_acquisizione_siuss"),
    /** Set when a coordinator issued a corrected flusso in place of this one. */
    sostituitoDa: uuid("sostituito_da"),
    creatoDa: uuid("creato_da").references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("flussi_siuss_id_flusso_uq").on(t.ambitoId, t.idFlusso),
    uniqueIndex("flussi_siuss_ambito_ts_uq").on(t.ambitoId, t.aggiornatoIlMs),
    index("flussi_siuss_ambito_richiesta_idx").on(t.ambitoId, t.requestId),
    check("flussi_siuss_tipo", sql`${t.tipo} in ('PS_PSA_SINA', 'SINBA')`),
    check("flussi_siuss_operazione", sql`${t.tipoOperazione} in ('I', 'C')`),
    check("flussi_siuss_stato", sql`${t.stato} in ('pending', 'acquisito', 'scartato')`),
  ],
);

/** The ambito's SIUSS settings: the codice fiscale of the operator who answers for the flussi. */
export const siussSettings = pgTable("impostazioni_siuss", {
  ambitoId: ambitoId().primaryKey(),
  cfOperatore: text("cf_operatore"),
  aggiornatoDa: uuid("aggiornato_da").references(() => users.id),
  aggiornatoIl: timestamp("aggiornato_il", { withTimezone: true }).notNull().defaultNow(),
});
