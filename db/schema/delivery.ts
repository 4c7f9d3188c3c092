import { sql } from "drizzle-orm";
import {
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { requests } from "./requests";
import { ambitoId, comuneId } from "./tenant";
import { users } from "./users";

/**
 * The payment schedule of a benefit in erogazione: one instalment a month (buoni) or the
 * service hours of the month (voucher). A liquidazione marks an instalment as paid.
 */
export const instalments = pgTable(
  "rate_erogazione",
  {
    ambitoId: ambitoId(),
    comuneId: comuneId(),
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("richiesta_id")
      .notNull()
      .references(() => requests.id),
    progressivo: integer("progressivo").notNull(),
    // First day of the month the instalment is for.
    competenza: date("competenza").notNull(),
    importo: numeric("importo", { precision: 10, scale: 2 }).notNull(),
    ore: numeric("ore", { precision: 6, scale: 2 }),
    liquidataIl: timestamp("liquidata_il", { withTimezone: true }),
    liquidataDa: uuid("liquidata_da").references(() => users.id),
    // The payment order (mandato) or other reference.
    riferimento: text("riferimento"),
  },
  (t) => [
    uniqueIndex("rate_richiesta_progressivo_uq").on(t.ambitoId, t.requestId, t.progressivo),
    index("rate_ambito_da_liquidare_idx").on(t.ambitoId, t.competenza),
    check("rate_importo", sql`${t.importo} >= 0 and coalesce(${t.ore}, 0) >= 0`),
  ],
);
