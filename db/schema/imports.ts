import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ambitoId, comuneId } from "./tenant";
import { users } from "./users";

/** A CSV import of residents from a comune's anagrafe, with its report of rejected rows. */
export const registryImports = pgTable(
  "importazioni_anagrafe",
  {
    ambitoId: ambitoId(),
    comuneId: comuneId(),
    id: uuid("id").primaryKey().defaultRandom(),
    nomeFile: text("nome_file").notNull(),
    righeTotali: integer("righe_totali").notNull(),
    righeElaborate: integer("righe_elaborate").notNull().default(0),
    create: integer("create").notNull().default(0),
    aggiornate: integer("aggiornate").notNull().default(0),
    invariate: integer("invariate").notNull().default(0),
    scartate: integer("scartate").notNull().default(0),
    /** Rejected rows: [{ riga, codiceFiscale?, motivo }], ids and codes only. */
    scarti: jsonb("scarti").notNull().default([]),
    creatoDa: uuid("creato_da").references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
    completataIl: timestamp("completata_il", { withTimezone: true }),
  },
  (t) => [index("importazioni_ambito_comune_idx").on(t.ambitoId, t.comuneId, t.creatoIl)],
);
