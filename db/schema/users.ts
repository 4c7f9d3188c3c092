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
import { ambiti, comuni } from "./territory";

export const users = pgTable(
  "utenti",
  {
    ambitoId: uuid("ambito_id")
      .notNull()
      .references(() => ambiti.id),
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique(),
    nome: text("nome").notNull(),
    ruolo: roleEnum("ruolo").notNull(),
    passwordHash: text("password_hash").notNull(),
    attivo: boolean("attivo").notNull().default(true),
    sessionVersion: integer("session_version").notNull().default(1),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("utenti_ambito_idx").on(t.ambitoId, t.ruolo)],
);

export const userComuni = pgTable(
  "utenti_comuni",
  {
    ambitoId: uuid("ambito_id")
      .notNull()
      .references(() => ambiti.id),
    userId: uuid("utente_id")
      .notNull()
      .references(() => users.id),
    comuneId: uuid("comune_id")
      .notNull()
      .references(() => comuni.id),
  },
  (t) => [primaryKey({ columns: [t.ambitoId, t.userId, t.comuneId] })],
);
