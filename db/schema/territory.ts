import { integer, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";

export const ambiti = pgTable("ambiti", {
  id: uuid("id").primaryKey().defaultRandom(),
  codice: text("codice").notNull().unique(),
  nome: text("nome").notNull(),
  ente: text("ente").notNull(),
  codiceRegione: text("codice_regione").notNull(),
});

export const comuni = pgTable(
  "comuni",
  {
    ambitoId: uuid("ambito_id")
      .notNull()
      .references(() => ambiti.id),
    id: uuid("id").primaryKey().defaultRandom(),
    nome: text("nome").notNull(),
    istat: text("istat").notNull(),
    belfiore: text("belfiore").notNull(),
    popolazione: integer("popolazione"),
    capofila: integer("capofila").notNull().default(0),
  },
  (t) => [uniqueIndex("comuni_ambito_istat_uq").on(t.ambitoId, t.istat)],
);
