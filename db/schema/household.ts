import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { linkKindEnum, relationEnum } from "./enums";
import { persons } from "./persons";
import { ambitoId } from "./tenant";
import { users } from "./users";

/**
 * A person's household (nucleo: members are registered persons) and social network (rete:
 * relatives, caregivers, other services, registered or described by name).
 */
export const personLinks = pgTable(
  "legami",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    personId: uuid("persona_id")
      .notNull()
      .references(() => persons.id),
    tipo: linkKindEnum("tipo").notNull(),
    relazione: relationEnum("relazione").notNull(),
    collegataId: uuid("persona_collegata_id").references(() => persons.id),
    /** Who they are when not a registered person (a neighbour, the CPS, a cooperative). */
    nome: text("nome"),
    contatto: text("contatto"),
    note: text("note"),
    /** Set by the anagrafe import: the link came from the family number. */
    daAnagrafe: text("da_anagrafe"),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
    creatoDa: uuid("creato_da").references(() => users.id),
    rimossoIl: timestamp("rimosso_il", { withTimezone: true }),
  },
  (t) => [
    index("legami_ambito_persona_idx").on(t.ambitoId, t.personId),
    index("legami_ambito_collegata_idx").on(t.ambitoId, t.collegataId),
    check(
      "legami_chi",
      sql`${t.collegataId} is not null or (${t.tipo} = 'rete' and ${t.nome} is not null)`,
    ),
    check("legami_non_se_stessa", sql`${t.collegataId} is distinct from ${t.personId}`),
  ],
);
