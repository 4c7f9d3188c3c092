import { sql } from "drizzle-orm";
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { areaEnum, caseEventEnum, caseStatusEnum } from "./enums";
import { persons } from "./persons";
import { ambitoId, comuneId } from "./tenant";
import { users } from "./users";

/** The cartella sociale: one per person and target area; never deleted, closed and reopened. */
export const cases = pgTable(
  "cartelle",
  {
    ambitoId: ambitoId(),
    comuneId: comuneId(),
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("persona_id")
      .notNull()
      .references(() => persons.id),
    area: areaEnum("area").notNull(),
    /** The referente: the worker answering for the case (also a member of the équipe). */
    operatoreId: uuid("operatore_id").references(() => users.id),
    stato: caseStatusEnum("stato").notNull().default("aperta"),
    apertaIl: timestamp("aperta_il", { withTimezone: true }).notNull().defaultNow(),
    chiusaIl: timestamp("chiusa_il", { withTimezone: true }),
    motivoChiusura: text("motivo_chiusura"),
    aggiornataIl: timestamp("aggiornata_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("cartelle_ambito_comune_idx").on(t.ambitoId, t.comuneId, t.area),
    index("cartelle_ambito_persona_idx").on(t.ambitoId, t.personId),
    index("cartelle_ambito_operatore_idx").on(t.ambitoId, t.operatoreId, t.stato),
    uniqueIndex("cartelle_persona_area_attiva_uq")
      .on(t.ambitoId, t.personId, t.area)
      .where(sql`${t.stato} <> 'chiusa'`),
  ],
);

/** The status history of a cartella, and its handovers (équipe changes, transfers). */
export const caseEvents = pgTable(
  "eventi_cartella",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("cartella_id")
      .notNull()
      .references(() => cases.id),
    evento: caseEventEnum("evento").notNull(),
    statoDa: caseStatusEnum("stato_da"),
    statoA: caseStatusEnum("stato_a"),
    motivo: text("motivo"),
    dettagli: text("dettagli"),
    autoreId: uuid("autore_id").references(() => users.id),
    il: timestamp("il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("eventi_cartella_ambito_cartella_idx").on(t.ambitoId, t.caseId, t.il)],
);

/** The workers assigned to a cartella (the équipe); `alIl` set = no longer on the team. */
export const caseTeam = pgTable(
  "equipe_cartella",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("cartella_id")
      .notNull()
      .references(() => cases.id),
    userId: uuid("utente_id")
      .notNull()
      .references(() => users.id),
    referente: boolean("referente").notNull().default(false),
    dalIl: timestamp("dal_il", { withTimezone: true }).notNull().defaultNow(),
    alIl: timestamp("al_il", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("equipe_cartella_attiva_uq")
      .on(t.ambitoId, t.caseId, t.userId)
      .where(sql`${t.alIl} is null`),
    index("equipe_ambito_utente_idx").on(t.ambitoId, t.userId),
  ],
);
