import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { disabilityCodeEnum, iseeKindEnum, sexEnum } from "./enums";
import { ambitoId, comuneId } from "./tenant";
import { users } from "./users";

export const persons = pgTable(
  "persone",
  {
    ambitoId: ambitoId(),
    comuneId: comuneId(),
    id: uuid("id").primaryKey().defaultRandom(),
    codiceFiscale: text("codice_fiscale").notNull(),
    cognome: text("cognome").notNull(),
    nome: text("nome").notNull(),
    sesso: sexEnum("sesso").notNull(),
    dataNascita: date("data_nascita").notNull(),
    luogoNascita: text("luogo_nascita_belfiore").notNull(),
    cittadinanza: text("cittadinanza").notNull(),
    indirizzo: text("indirizzo").notNull(),
    telefono: text("telefono"),
    email: text("email"),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
    creatoDa: uuid("creato_da").references(() => users.id),
    // Facts the bandi rules read; null = not yet recorded (the engine then asks for a check).
    componentiNucleo: integer("componenti_nucleo"),
    viveSolo: boolean("vive_solo"),
    alDomicilio: boolean("al_domicilio"),
    condizioniAggiornateIl: timestamp("condizioni_aggiornate_il", { withTimezone: true }),
    // Set when the retention policy has replaced the personal data with placeholders.
    anonimizzataIl: timestamp("anonimizzata_il", { withTimezone: true }),
    // Set when a coordinator merged this record into another: everything now hangs on unitaIn.
    unitaIn: uuid("unita_in"),
    unitaIl: timestamp("unita_il", { withTimezone: true }),
    unitaMotivo: text("unita_motivo"),
    /** The anagrafe's family number (numero di famiglia), kept by the residents import. */
    famigliaAnagrafe: text("famiglia_anagrafe"),
  },
  (t) => [
    uniqueIndex("persone_ambito_cf_uq").on(t.ambitoId, t.codiceFiscale),
    index("persone_ambito_comune_nome_idx").on(t.ambitoId, t.comuneId, t.cognome, t.nome, t.id),
    index("persone_ambito_nome_idx").on(t.ambitoId, t.cognome, t.nome, t.id),
    index("persone_ambito_famiglia_idx").on(t.ambitoId, t.comuneId, t.famigliaAnagrafe),
    check(
      "persone_nucleo",
      sql`${t.componentiNucleo} is null or ${t.componentiNucleo} between 1 and 30`,
    ),
  ],
);

export const iseeAttestations = pgTable(
  "attestazioni_isee",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("persona_id")
      .notNull()
      .references(() => persons.id),
    tipo: iseeKindEnum("tipo").notNull(),
    valore: numeric("valore", { precision: 12, scale: 2 }).notNull(),
    ise: numeric("ise", { precision: 12, scale: 2 }),
    scalaEquivalenza: numeric("scala_equivalenza", { precision: 5, scale: 2 }),
    protocolloDsu: text("protocollo_dsu").notNull(),
    dataPresentazione: date("data_presentazione").notNull(),
    scadenza: date("scadenza").notNull(),
    annoDsu: integer("anno_dsu").notNull(),
  },
  (t) => [
    index("isee_ambito_persona_idx").on(t.ambitoId, t.personId, t.scadenza),
    index("isee_ambito_scadenza_idx").on(t.ambitoId, t.scadenza),
    check("isee_valore_non_negativo", sql`${t.valore} >= 0`),
    check("isee_protocollo_len", sql`char_length(${t.protocolloDsu}) <= 30`),
  ],
);

/** A disability certification (invalidità civile, L. 104/1992, NPI), coded as SIUSS/SINA does. */
export const disabilityCertifications = pgTable(
  "certificazioni_disabilita",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("persona_id")
      .notNull()
      .references(() => persons.id),
    codice: disabilityCodeEnum("codice").notNull(),
    dataRilascio: date("data_rilascio").notNull(),
    // Date of the next review (revisione), if the certificate has one.
    scadenza: date("scadenza"),
    ente: text("ente").notNull().default(""),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
    creatoDa: uuid("creato_da").references(() => users.id),
  },
  (t) => [
    index("disabilita_ambito_persona_idx").on(t.ambitoId, t.personId),
    check("disabilita_date", sql`${t.scadenza} is null or ${t.scadenza} >= ${t.dataRilascio}`),
  ],
);
