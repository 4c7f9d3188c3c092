import { sql } from "drizzle-orm";
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { ambitoId } from "./tenant";
import { users } from "./users";

/**
 * An office of the Ufficio di Piano shown on the public portal, with its reception hours:
 * [{ giorno: 1 (Monday) … 6, dalle: "09:00", alle: "12:00" }], validated by
 * lib/validation/portal.ts. Edited by the administrator; no personal data.
 */
export const portalOffices = pgTable(
  "sedi_ufficio_piano",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    nome: text("nome").notNull(),
    indirizzo: text("indirizzo").notNull(),
    telefono: text("telefono").notNull().default(""),
    email: text("email").notNull().default(""),
    note: text("note").notNull().default(""),
    orari: jsonb("orari").notNull().default(sql`'[]'::jsonb`),
    ordine: integer("ordine").notNull().default(0),
    aggiornatoDa: uuid("aggiornato_da").references(() => users.id),
    aggiornatoIl: timestamp("aggiornato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sedi_ufficio_piano_ambito_idx").on(t.ambitoId, t.ordine)],
);

/**
 * Official documents of the Piano di Zona (the plan, its summary, agreements), published on
 * the portal; bytes live in lib/storage. Withdrawn documents stay, with the date.
 */
export const officialDocuments = pgTable(
  "documenti_ufficiali",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    titolo: text("titolo").notNull(),
    descrizione: text("descrizione").notNull().default(""),
    dataAtto: date("data_atto"),
    nomeFile: text("nome_file").notNull(),
    tipoMime: text("tipo_mime").notNull(),
    dimensione: bigint("dimensione", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    chiave: text("chiave").notNull().unique(),
    caricatoDa: uuid("caricato_da").references(() => users.id),
    caricatoIl: timestamp("caricato_il", { withTimezone: true }).notNull().defaultNow(),
    ritiratoIl: timestamp("ritirato_il", { withTimezone: true }),
    ritiratoDa: uuid("ritirato_da").references(() => users.id),
  },
  (t) => [
    index("documenti_ufficiali_ambito_idx").on(t.ambitoId, t.caricatoIl),
    check("documenti_ufficiali_pdf", sql`${t.tipoMime} = 'application/pdf'`),
  ],
);
