import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { areaEnum } from "./enums";
import { measures } from "./measures";
import { ambitoId } from "./tenant";
import { comuni } from "./territory";
import { users } from "./users";

export const allocationModeEnum = pgEnum("modalita_assegnazione", ["ordine_arrivo", "graduatoria"]);

/** A call (bando) for a measure: window, term, rules and how the money is allocated. */
export const bandi = pgTable(
  "bandi",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    measureId: uuid("misura_id")
      .notNull()
      .references(() => measures.id),
    titolo: text("titolo").notNull(),
    periodoInizio: date("periodo_inizio").notNull(),
    periodoFine: date("periodo_fine").notNull(),
    apertura: date("apertura").notNull(),
    chiusura: date("chiusura").notNull(),
    modalita: allocationModeEnum("modalita").notNull(),
    termineGiorni: integer("termine_giorni").notNull().default(30),
    importoMensile: numeric("importo_mensile", { precision: 10, scale: 2 }),
    mesi: integer("mesi"),
    regoleAmmissione: jsonb("regole_ammissione").notNull().default(sql`'[]'::jsonb`),
    regolePunteggio: jsonb("regole_punteggio").notNull().default(sql`'[]'::jsonb`),
    compartecipazione: jsonb("compartecipazione"),
    // Tiers: the monthly amount by ISEE band ([{ iseeFino, importoMensile }]), instead of one amount.
    importiFasce: jsonb("importi_fasce"),
    // Vouchers: service hours a month.
    oreMensili: numeric("ore_mensili", { precision: 6, scale: 2 }),
    responsabileId: uuid("responsabile_id").references(() => users.id),
    // Set when the coordinator closes the window before its date.
    chiusoIl: timestamp("chiuso_il", { withTimezone: true }),
    graduatoriaIl: timestamp("graduatoria_il", { withTimezone: true }),
    graduatoriaPubblicataIl: timestamp("graduatoria_pubblicata_il", { withTimezone: true }),
    aggiornatoIl: timestamp("aggiornato_il", { withTimezone: true }).notNull().defaultNow(),
    creatoDa: uuid("creato_da").references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("bandi_ambito_misura_idx").on(t.ambitoId, t.measureId),
    check(
      "bandi_finestra",
      sql`${t.apertura} <= ${t.chiusura} and ${t.periodoInizio} <= ${t.periodoFine}`,
    ),
    check("bandi_termine", sql`${t.termineGiorni} between 1 and 180`),
  ],
);

/**
 * Money of a bando, optionally split by comune and/or area. `impegnato` grows only through a
 * conditional update, and the CHECK makes over-commitment impossible even if code forgot it.
 */
export const budgetLines = pgTable(
  "budget_voci",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    bandoId: uuid("bando_id")
      .notNull()
      .references(() => bandi.id),
    comuneId: uuid("comune_id").references(() => comuni.id),
    area: areaEnum("area"),
    stanziato: numeric("stanziato", { precision: 14, scale: 2 }).notNull(),
    impegnato: numeric("impegnato", { precision: 14, scale: 2 }).notNull().default("0"),
    pagato: numeric("pagato", { precision: 14, scale: 2 }).notNull().default("0"),
  },
  (t) => [
    index("budget_ambito_bando_idx").on(t.ambitoId, t.bandoId, t.comuneId, t.area),
    check(
      "budget_non_negativo",
      sql`${t.stanziato} >= 0 and ${t.impegnato} >= 0 and ${t.pagato} >= 0`,
    ),
    check(
      "budget_mai_oltre",
      sql`${t.impegnato} <= ${t.stanziato} and ${t.pagato} <= ${t.impegnato}`,
    ),
  ],
);

/** What happened to a bando: creation, changes (with before and after), closing, ranking. */
export const bandoEvents = pgTable(
  "eventi_bando",
  {
    ambitoId: ambitoId(),
    id: bigserial("id", { mode: "number" }).primaryKey(),
    bandoId: uuid("bando_id")
      .notNull()
      .references(() => bandi.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("attore_id")
      .notNull()
      .references(() => users.id),
    azione: text("azione").notNull(),
    // { campo: { da, a } } for changes; other details for the rest.
    dettagli: jsonb("dettagli").notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index("eventi_bando_ambito_bando_idx").on(t.ambitoId, t.bandoId, t.at)],
);
