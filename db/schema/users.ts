import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { roleEnum } from "./enums";
import { ambitoId, comuneId } from "./tenant";

export const users = pgTable(
  "utenti",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique(),
    nome: text("nome").notNull(),
    ruolo: roleEnum("ruolo").notNull(),
    passwordHash: text("password_hash").notNull(),
    attivo: boolean("attivo").notNull().default(true),
    sessionVersion: integer("session_version").notNull().default(1),
    /** Set by an administrator's reset: the password is temporary and must be replaced. */
    mustChangePassword: boolean("deve_cambiare_password").notNull().default(false),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("utenti_ambito_idx").on(t.ambitoId, t.ruolo)],
);

export const userComuni = pgTable(
  "utenti_comuni",
  {
    ambitoId: ambitoId(),
    userId: uuid("utente_id")
      .notNull()
      .references(() => users.id),
    comuneId: comuneId(),
  },
  (t) => [primaryKey({ columns: [t.ambitoId, t.userId, t.comuneId] })],
);
