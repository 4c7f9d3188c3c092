import { bigint, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { ambitoId } from "./tenant";
import { users } from "./users";

/** A user's TOTP authenticator (RFC 6238). Confirmed once a first code has been checked. */
export const mfaTotp = pgTable("mfa_totp", {
  ambitoId: ambitoId(),
  userId: uuid("utente_id")
    .primaryKey()
    .references(() => users.id),
  secret: text("segreto").notNull(),
  confermatoIl: timestamp("confermato_il", { withTimezone: true }),
  // The last 30-second step accepted: a code is good once only.
  ultimoPasso: bigint("ultimo_passo", { mode: "number" }).notNull().default(0),
  creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
});

/** One-time recovery codes, stored as SHA-256 digests (they are long random strings). */
export const mfaRecoveryCodes = pgTable(
  "mfa_codici_recupero",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("utente_id")
      .notNull()
      .references(() => users.id),
    impronta: text("impronta").notNull(),
    usatoIl: timestamp("usato_il", { withTimezone: true }),
  },
  (t) => [index("mfa_recupero_ambito_utente_idx").on(t.ambitoId, t.userId)],
);
