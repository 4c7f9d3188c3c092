import {
  customType,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { DOCUMENT_KINDS } from "@/lib/domain/decision-documents";
import { requests } from "./requests";
import { ambitoId, comuneId } from "./tenant";
import { users } from "./users";

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

export const documentKindEnum = pgEnum("tipo_documento", DOCUMENT_KINDS);

/** The district's editable letter templates, one per kind of decision document. */
export const documentTemplates = pgTable(
  "modelli_documento",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    tipo: documentKindEnum("tipo").notNull(),
    oggetto: text("oggetto").notNull(),
    corpo: text("corpo").notNull(),
    aggiornatoIl: timestamp("aggiornato_il", { withTimezone: true }).notNull().defaultNow(),
    aggiornatoDa: uuid("aggiornato_da").references(() => users.id),
  },
  (t) => [uniqueIndex("modelli_ambito_tipo_uq").on(t.ambitoId, t.tipo)],
);

/** A decision document as issued: the HTML and the PDF are kept as they were sent. */
export const requestDocuments = pgTable(
  "documenti_richiesta",
  {
    ambitoId: ambitoId(),
    comuneId: comuneId(),
    id: uuid("id").primaryKey().defaultRandom(),
    requestId: uuid("richiesta_id")
      .notNull()
      .references(() => requests.id),
    tipo: documentKindEnum("tipo").notNull(),
    oggetto: text("oggetto").notNull(),
    html: text("html").notNull(),
    pdf: bytea("pdf").notNull(),
    sha256: text("sha256").notNull(),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
    creatoDa: uuid("creato_da")
      .notNull()
      .references(() => users.id),
  },
  (t) => [index("documenti_ambito_richiesta_idx").on(t.ambitoId, t.requestId, t.creatoIl)],
);
