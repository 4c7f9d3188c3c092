import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { areaEnum } from "./enums";
import { persons } from "./persons";
import { ambitoId, comuneId } from "./tenant";
import { users } from "./users";

export const cases = pgTable(
  "cartelle",
  {
    ambitoId: ambitoId(),
    comuneId: comuneId(),
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
