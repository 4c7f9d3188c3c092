import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cases } from "./cases";
import { assessmentKindEnum, goalOutcomeEnum, planStatusEnum } from "./enums";
import { measures } from "./measures";
import { requests } from "./requests";
import { ambitoId } from "./tenant";
import { users } from "./users";

/** A structured needs assessment of a cartella: SINA items for adults, SINBA for minors. */
export const assessments = pgTable(
  "valutazioni",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("cartella_id")
      .notNull()
      .references(() => cases.id),
    tipo: assessmentKindEnum("tipo").notNull(),
    data: date("data").notNull(),
    /** Item code → coded answer, validated by the assessment's zod schema. */
    voci: jsonb("voci").notNull(),
    sintesi: text("sintesi"),
    autoreId: uuid("autore_id").references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("valutazioni_ambito_cartella_idx").on(t.ambitoId, t.caseId, t.data)],
);

/** The individual plan (progetto individualizzato / PAI) of a cartella. */
export const plans = pgTable(
  "progetti",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    caseId: uuid("cartella_id")
      .notNull()
      .references(() => cases.id),
    titolo: text("titolo").notNull(),
    stato: planStatusEnum("stato").notNull().default("attivo"),
    dataInizio: date("data_inizio").notNull(),
    /** The next review: overdue reviews show on the worker's desk. */
    prossimaVerifica: date("prossima_verifica").notNull(),
    valutazioneId: uuid("valutazione_id").references(() => assessments.id),
    note: text("note"),
    autoreId: uuid("autore_id").references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
    aggiornatoIl: timestamp("aggiornato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("progetti_ambito_cartella_idx").on(t.ambitoId, t.caseId),
    index("progetti_ambito_verifica_idx").on(t.ambitoId, t.stato, t.prossimaVerifica),
  ],
);

export const planGoals = pgTable(
  "obiettivi_progetto",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("progetto_id")
      .notNull()
      .references(() => plans.id),
    posizione: integer("posizione").notNull(),
    descrizione: text("descrizione").notNull(),
    indicatore: text("indicatore"),
    scadenza: date("scadenza"),
    esito: goalOutcomeEnum("esito").notNull().default("in_corso"),
  },
  (t) => [index("obiettivi_ambito_progetto_idx").on(t.ambitoId, t.planId, t.posizione)],
);

/** An intervention of the plan: a request (titolo sociale) or a service, or a described action. */
export const planInterventions = pgTable(
  "interventi_progetto",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("progetto_id")
      .notNull()
      .references(() => plans.id),
    requestId: uuid("richiesta_id").references(() => requests.id),
    measureId: uuid("misura_id").references(() => measures.id),
    descrizione: text("descrizione").notNull(),
    dal: date("dal"),
    al: date("al"),
  },
  (t) => [index("interventi_ambito_progetto_idx").on(t.ambitoId, t.planId)],
);

/** The dated reviews (verifiche) of a plan. */
export const planReviews = pgTable(
  "verifiche_progetto",
  {
    ambitoId: ambitoId(),
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("progetto_id")
      .notNull()
      .references(() => plans.id),
    data: date("data").notNull(),
    esito: text("esito").notNull(),
    prossimaVerifica: date("prossima_verifica"),
    autoreId: uuid("autore_id").references(() => users.id),
    creatoIl: timestamp("creato_il", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("verifiche_ambito_progetto_idx").on(t.ambitoId, t.planId, t.data)],
);
