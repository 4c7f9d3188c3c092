import { bigserial, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Append-only: a trigger in the migrations refuses UPDATE and DELETE. Ids only, no personal data.
export const auditLog = pgTable(
  "registro_accessi",
  {
    ambitoId: uuid("ambito_id"),
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("attore_id"),
    azione: text("azione").notNull(),
    entita: text("entita").notNull(),
    entitaId: text("entita_id"),
    ip: text("ip"),
  },
  (t) => [index("registro_ambito_entita_idx").on(t.ambitoId, t.entita, t.entitaId, t.at)],
);
