import {
  bigint,
  date,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { areaEnum, requestStatusEnum, sexEnum } from "./enums";

/*
 * Rollups for the dashboards (cruscotto): summary tables kept up to date by triggers on the
 * base tables (migration 0016), so that no dashboard reads scan the requests. Keyed by
 * ambito first, then comune and area; `zona_rebuild_rollups()` recomputes them from scratch.
 * No foreign keys: they are derived data, and bulk loads must not pay for them.
 */

/** Open cartelle (aperta or sospesa) per comune, area and referente. */
export const rollupCaseload = pgTable(
  "cruscotto_cartelle",
  {
    ambitoId: uuid("ambito_id").notNull(),
    comuneId: uuid("comune_id").notNull(),
    area: areaEnum("area").notNull(),
    operatoreId: uuid("operatore_id"),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("cruscotto_cartelle_uq")
      .on(t.ambitoId, t.comuneId, t.area, t.operatoreId)
      .nullsNotDistinct(),
  ],
);

/** People with an open cartella, per comune, area, sex and year of birth (age band at read). */
export const rollupPeople = pgTable(
  "cruscotto_persone",
  {
    ambitoId: uuid("ambito_id").notNull(),
    comuneId: uuid("comune_id").notNull(),
    area: areaEnum("area").notNull(),
    sesso: sexEnum("sesso").notNull(),
    annoNascita: smallint("anno_nascita").notNull(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("cruscotto_persone_uq").on(t.ambitoId, t.comuneId, t.area, t.sesso, t.annoNascita),
  ],
);

/** Requests by current status, per comune, area, bando and month of filing (Rome time). */
export const rollupRequests = pgTable(
  "cruscotto_richieste",
  {
    ambitoId: uuid("ambito_id").notNull(),
    comuneId: uuid("comune_id").notNull(),
    area: areaEnum("area").notNull(),
    bandoId: uuid("bando_id"),
    mese: date("mese").notNull(),
    stato: requestStatusEnum("stato").notNull(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("cruscotto_richieste_uq")
      .on(t.ambitoId, t.mese, t.comuneId, t.area, t.bandoId, t.stato)
      .nullsNotDistinct(),
  ],
);

/** Decisions (approvata / respinta) per month of decision, with a histogram of days taken. */
export const rollupDecisions = pgTable(
  "cruscotto_decisioni",
  {
    ambitoId: uuid("ambito_id").notNull(),
    comuneId: uuid("comune_id").notNull(),
    area: areaEnum("area").notNull(),
    mese: date("mese").notNull(),
    esito: text("esito").notNull(),
    giorni: integer("giorni").notNull(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    unique("cruscotto_decisioni_uq").on(t.ambitoId, t.mese, t.comuneId, t.area, t.esito, t.giorni),
  ],
);

/** Open requests with a running term, by the first day they are overdue (L. 241/1990). */
export const rollupTerms = pgTable(
  "cruscotto_scadenze",
  {
    ambitoId: uuid("ambito_id").notNull(),
    comuneId: uuid("comune_id").notNull(),
    area: areaEnum("area").notNull(),
    scadutaDal: date("scaduta_dal").notNull(),
    n: bigint("n", { mode: "number" }).notNull().default(0),
  },
  (t) => [unique("cruscotto_scadenze_uq").on(t.ambitoId, t.scadutaDal, t.comuneId, t.area)],
);

/**
 * Money per bando, comune and area: allocated from the budget lines (comune and area may be
 * unset there), committed from the requests, paid from the liquidated instalments.
 */
export const rollupBudget = pgTable(
  "cruscotto_budget",
  {
    ambitoId: uuid("ambito_id").notNull(),
    bandoId: uuid("bando_id").notNull(),
    comuneId: uuid("comune_id"),
    area: areaEnum("area"),
    stanziato: numeric("stanziato", { precision: 16, scale: 2 }).notNull().default("0"),
    impegnato: numeric("impegnato", { precision: 16, scale: 2 }).notNull().default("0"),
    pagato: numeric("pagato", { precision: 16, scale: 2 }).notNull().default("0"),
  },
  (t) => [
    unique("cruscotto_budget_uq").on(t.ambitoId, t.bandoId, t.comuneId, t.area).nullsNotDistinct(),
  ],
);
