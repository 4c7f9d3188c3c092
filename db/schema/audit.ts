import {
  bigint,
  bigserial,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * Append-only: triggers in the migrations refuse UPDATE, DELETE and TRUNCATE, and chain each
 * row to the previous one of its chain (seq, prev_hash, hash). An ambito has up to 16 chains
 * (`corsia`), so concurrent writers do not queue behind one lock. Ids only, no personal data.
 */
export const auditLog = pgTable(
  "registro_accessi",
  {
    ambitoId: uuid("ambito_id"),
    id: bigserial("id", { mode: "number" }).primaryKey(),
    corsia: smallint("corsia").notNull().default(0),
    seq: bigint("seq", { mode: "number" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("attore_id"),
    azione: text("azione").notNull(),
    entita: text("entita").notNull(),
    entitaId: text("entita_id"),
    ip: text("ip"),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    index("registro_ambito_entita_idx").on(t.ambitoId, t.entita, t.entitaId, t.at),
    index("registro_ambito_corsia_seq_idx").on(t.ambitoId, t.corsia, t.seq),
  ],
);
