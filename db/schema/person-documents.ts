import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { persons } from "./persons";
import { ambitoId } from "./tenant";
import { users } from "./users";

/** Uploaded documents of a person (and optionally of one cartella); bytes live in storage. */
export const personDocuments = pgTable(
  "documenti_persona",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("persona_id")
      .notNull()
      .references(() => persons.id),
    caseId: uuid("cartella_id").references(() => cases.id),
    titolo: text("titolo").notNull(),
    /** The uploaded name, cleaned of any path: shown and used for the download only. */
    nomeFile: text("nome_file").notNull(),
    /** The type detected from the content, never the one the browser declared. */
    tipoMime: text("tipo_mime").notNull(),
    dimensione: bigint("dimensione", { mode: "number" }).notNull(),
    sha256: text("sha256").notNull(),
    /** The storage key: generated, never derived from user input. */
    chiave: text("chiave").notNull().unique(),
    caricatoDa: uuid("caricato_da").references(() => users.id),
    caricatoIl: timestamp("caricato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("documenti_persona_ambito_persona_idx").on(t.ambitoId, t.personId, t.caricatoIl)],
);
