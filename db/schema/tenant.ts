import { uuid } from "drizzle-orm/pg-core";
import { ambiti, comuni } from "./territory";

/** Every tenant table carries its ambito, so that many districts can share one database. */
export const ambitoId = () =>
  uuid("ambito_id")
    .notNull()
    .references(() => ambiti.id);

export const comuneId = () =>
  uuid("comune_id")
    .notNull()
    .references(() => comuni.id);
