import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { diaryKindEnum } from "./enums";
import { ambitoId } from "./tenant";
import { users } from "./users";

/** The diario sociale of a cartella. A riservato entry is seen by its équipe (and author) only. */
export const diaryEntries = pgTable(
  "voci_diario",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("cartella_id")
      .notNull()
      .references(() => cases.id),
    tipo: diaryKindEnum("tipo").notNull(),
    avvenutoIl: timestamp("avvenuto_il", { withTimezone: true }).notNull(),
    testo: text("testo").notNull(),
    riservato: boolean("riservato").notNull().default(false),
    versione: integer("versione").notNull().default(1),
    autoreId: uuid("autore_id")
      .notNull()
      .references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
    modificatoIl: timestamp("modificato_il", { withTimezone: true }),
    modificatoDa: uuid("modificato_da").references(() => users.id),
  },
  (t) => [index("voci_diario_ambito_cartella_idx").on(t.ambitoId, t.caseId, t.avvenutoIl)],
);

/** The previous versions of an edited diary entry: an edit never loses what was written. */
export const diaryEntryVersions = pgTable(
  "versioni_voce_diario",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    entryId: uuid("voce_id")
      .notNull()
      .references(() => diaryEntries.id),
    versione: integer("versione").notNull(),
    tipo: diaryKindEnum("tipo").notNull(),
    avvenutoIl: timestamp("avvenuto_il", { withTimezone: true }).notNull(),
    testo: text("testo").notNull(),
    riservato: boolean("riservato").notNull(),
    autoreId: uuid("autore_id").references(() => users.id),
    scrittaIl: timestamp("scritta_il", { withTimezone: true }).notNull(),
  },
  (t) => [index("versioni_diario_ambito_voce_idx").on(t.ambitoId, t.entryId, t.versione)],
);
