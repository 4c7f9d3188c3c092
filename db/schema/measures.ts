import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  integer,
  numeric,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { areaEnum, measureKindEnum } from "./enums";
import { ambitoId } from "./tenant";

export const measures = pgTable(
  "misure",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    codice: text("codice").notNull(),
    nome: text("nome").notNull(),
    descrizione: text("descrizione").notNull().default(""),
    tipo: measureKindEnum("tipo").notNull(),
    area: areaEnum("area").notNull(),
    codiceSiuss: text("codice_siuss").notNull(),
    areaUtenza: integer("area_utenza").notNull(),
    // SIUSS: 1 ISEE, 2 other means test, 3 ISEE waived, 4 none; 1 periodic, 2 one-off.
    presenzaProvaMezzi: integer("presenza_prova_mezzi"),
    caratterePrestazione: integer("carattere_prestazione"),
    importoMensile: numeric("importo_mensile", { precision: 10, scale: 2 }),
    mesiMassimi: integer("mesi_massimi"),
    attiva: boolean("attiva").notNull().default(true),
  },
  (t) => [
    uniqueIndex("misure_ambito_codice_uq").on(t.ambitoId, t.codice),
    check("misure_area_utenza", sql`${t.areaUtenza} in (1, 2, 3)`),
    check(
      "misure_prova_mezzi",
      sql`${t.presenzaProvaMezzi} is null or ${t.presenzaProvaMezzi} between 1 and 4`,
    ),
    check(
      "misure_carattere",
      sql`${t.caratterePrestazione} is null or ${t.caratterePrestazione} in (1, 2)`,
    ),
  ],
);
