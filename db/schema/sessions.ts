import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ambitoId } from "./tenant";
import { users } from "./users";

/** Server-side sessions: the cookie only names one, so logout and expiry are real. */
export const sessions = pgTable(
  "sessioni",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("utente_id")
      .notNull()
      .references(() => users.id),
    creataIl: timestamp("creata_il", { withTimezone: true }).notNull().defaultNow(),
    ultimoUso: timestamp("ultimo_uso", { withTimezone: true }).notNull().defaultNow(),
    chiusaIl: timestamp("chiusa_il", { withTimezone: true }),
    motivoChiusura: text("motivo_chiusura"),
  },
  (t) => [index("sessioni_ambito_utente_idx").on(t.ambitoId, t.userId, t.chiusaIl)],
);

/**
 * Failed logins per key ("conto:<email>|<ip>" and "ip:<ip>"), before anyone is known:
 * not a tenant table. A pair key, not the account alone, so an attacker cannot lock a worker out.
 */
export const loginThrottle = pgTable("tentativi_accesso", {
  chiave: text("chiave").primaryKey(),
  fallimenti: integer("fallimenti").notNull().default(0),
  ultimoFallimento: timestamp("ultimo_fallimento", { withTimezone: true }).notNull().defaultNow(),
  bloccatoFino: timestamp("bloccato_fino", { withTimezone: true }),
});
