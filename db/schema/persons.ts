import { sql } from "drizzle-orm";
import {
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
import { iseeKindEnum, sexEnum } from "./enums";
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
    // Set when the retention policy has replaced the personal data with placeholders.
    anonimizzataIl: timestamp("anonimizzata_il", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("persone_ambito_cf_uq").on(t.ambitoId, t.codiceFiscale),
    index("persone_ambito_comune_nome_idx").on(t.ambitoId, t.comuneId, t.cognome, t.nome, t.id),
    index("persone_ambito_nome_idx").on(t.ambitoId, t.cognome, t.nome, t.id),
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
    check("isee_valore_non_negativo", sql`${t.valore} >= 0`),
    check("isee_protocollo_len", sql`char_length(${t.protocolloDsu}) <= 30`),
  ],
);
