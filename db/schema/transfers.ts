import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { transferStatusEnum } from "./enums";
import { persons } from "./persons";
import { ambitoId } from "./tenant";
import { comuni } from "./territory";
import { users } from "./users";

/** A person moving to another comune of the district: the workers there accept the case. */
export const transfers = pgTable(
  "trasferimenti",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("persona_id")
      .notNull()
      .references(() => persons.id),
    daComuneId: uuid("da_comune_id")
      .notNull()
      .references(() => comuni.id),
    aComuneId: uuid("a_comune_id")
      .notNull()
      .references(() => comuni.id),
    nuovoIndirizzo: text("nuovo_indirizzo"),
    motivo: text("motivo").notNull(),
    stato: transferStatusEnum("stato").notNull().default("in_attesa"),
    richiestoDa: uuid("richiesto_da").references(() => users.id),
    richiestoIl: timestamp("richiesto_il", { withTimezone: true }).notNull().defaultNow(),
    decisoDa: uuid("deciso_da").references(() => users.id),
    decisoIl: timestamp("deciso_il", { withTimezone: true }),
    /** Who takes over as referente on acceptance. */
    nuovoOperatoreId: uuid("nuovo_operatore_id").references(() => users.id),
    noteDecisione: text("note_decisione"),
  },
  (t) => [
    index("trasferimenti_ambito_a_comune_idx").on(t.ambitoId, t.aComuneId, t.stato),
    index("trasferimenti_ambito_da_comune_idx").on(t.ambitoId, t.daComuneId, t.stato),
    uniqueIndex("trasferimenti_persona_in_attesa_uq")
      .on(t.ambitoId, t.personId)
      .where(sql`${t.stato} = 'in_attesa'`),
    check("trasferimenti_altro_comune", sql`${t.daComuneId} <> ${t.aComuneId}`),
  ],
);
