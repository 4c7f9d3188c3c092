import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { areaEnum } from "./enums";
import { persons } from "./persons";
import { ambiti, comuni } from "./territory";
import { users } from "./users";

export const cases = pgTable(
  "cartelle",
  {
    ambitoId: uuid("ambito_id")
      .notNull()
      .references(() => ambiti.id),
    comuneId: uuid("comune_id")
      .notNull()
      .references(() => comuni.id),
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("persona_id")
      .notNull()
      .references(() => persons.id),
    area: areaEnum("area").notNull(),
    operatoreId: uuid("operatore_id").references(() => users.id),
    apertaIl: timestamp("aperta_il", { withTimezone: true }).notNull().defaultNow(),
    chiusaIl: timestamp("chiusa_il", { withTimezone: true }),
    motivoChiusura: text("motivo_chiusura"),
  },
  (t) => [
    index("cartelle_ambito_comune_idx").on(t.ambitoId, t.comuneId, t.area),
    index("cartelle_ambito_persona_idx").on(t.ambitoId, t.personId),
  ],
);
