import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { appointmentKindEnum, appointmentStatusEnum } from "./enums";
import { ambitoId, comuneId } from "./tenant";
import { users } from "./users";

/** Appointments of a worker, on a cartella (a home visit) or not (an équipe meeting). */
export const appointments = pgTable(
  "appuntamenti",
  {
    ambitoId: ambitoId(),
    comuneId: comuneId(),
    id: uuid("id").primaryKey().defaultRandom(),
    operatoreId: uuid("operatore_id")
      .notNull()
      .references(() => users.id),
    caseId: uuid("cartella_id").references(() => cases.id),
    tipo: appointmentKindEnum("tipo").notNull(),
    stato: appointmentStatusEnum("stato").notNull().default("programmato"),
    inizio: timestamp("inizio", { withTimezone: true }).notNull(),
    fine: timestamp("fine", { withTimezone: true }).notNull(),
    luogo: text("luogo"),
    note: text("note"),
    creatoDa: uuid("creato_da").references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("appuntamenti_ambito_operatore_inizio_idx").on(t.ambitoId, t.operatoreId, t.inizio),
    index("appuntamenti_ambito_cartella_idx").on(t.ambitoId, t.caseId, t.inizio),
    check("appuntamenti_durata", sql`${t.fine} > ${t.inizio}`),
  ],
);
