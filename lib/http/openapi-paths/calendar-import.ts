import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { APPOINTMENT_KINDS, APPOINTMENT_STATUSES } from "@/lib/domain/case-file";
import { errors, idPath, json, problem } from "@/lib/http/openapi-parts";
import {
  AppointmentSchema,
  AppointmentStatusSchema,
  WeekQuerySchema,
} from "@/lib/validation/appointments";
import { ImportBatchSchema, ImportStartSchema } from "@/lib/validation/registry-import";

const Created = z.object({ id: z.uuid() }).meta({ id: "Creato" });

const AppointmentItem = z
  .object({
    id: z.uuid(),
    tipo: z.enum(APPOINTMENT_KINDS),
    stato: z.enum(APPOINTMENT_STATUSES),
    inizio: z.iso.datetime(),
    fine: z.iso.datetime(),
    luogo: z.string().nullable(),
    note: z.string().nullable(),
    operatoreId: z.uuid(),
    operatore: z.string(),
    caseId: z.uuid().nullable(),
    persona: z
      .string()
      .nullable()
      .meta({ description: "Solo se chi legge può vedere la cartella" }),
  })
  .meta({ id: "Appuntamento" });

const Week = z
  .object({ monday: z.iso.date(), operatoreId: z.uuid(), items: z.array(AppointmentItem) })
  .meta({ id: "SettimanaAppuntamenti" });

const ImportSummary = z
  .object({
    id: z.uuid(),
    comuneId: z.uuid(),
    comune: z.string(),
    nomeFile: z.string(),
    righeTotali: z.number().int(),
    righeElaborate: z.number().int(),
    create: z.number().int(),
    aggiornate: z.number().int(),
    invariate: z.number().int(),
    scartate: z.number().int(),
    completataIl: z.iso.datetime().nullable(),
  })
  .meta({ id: "ImportazioneAnagrafe" });

const BatchResult = z
  .object({
    create: z.number().int(),
    aggiornate: z.number().int(),
    invariate: z.number().int(),
    scartate: z.number().int(),
    righeElaborate: z.number().int(),
  })
  .meta({ id: "EsitoBloccoImportazione" });

/** Calendar (appointments, week view) and the residents' import from the anagrafe. */
export const CALENDAR_IMPORT_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/appointments": {
    get: {
      summary:
        "La settimana di un operatore (lunedì–domenica, ora di Roma); la propria se non indicato",
      requestParams: { query: WeekQuerySchema },
      responses: {
        200: { description: "Gli appuntamenti della settimana", ...json(Week) },
        ...errors,
      },
    },
    post: {
      summary:
        "Fissa un appuntamento (data e orari di Roma); rifiutato se l'operatore è già impegnato",
      requestBody: json(AppointmentSchema),
      responses: {
        201: { description: "Fissato", ...json(Created) },
        422: problem("Dati non validi o sovrapposizione, con errori per campo"),
        ...errors,
      },
    },
  },
  "/api/v1/appointments/{id}": {
    patch: {
      summary:
        "Sposta o modifica un appuntamento programmato, o ne cambia solo lo stato (svolto, annullato)",
      requestParams: idPath,
      requestBody: json(z.union([AppointmentStatusSchema, AppointmentSchema])),
      responses: {
        200: { description: "Aggiornato", ...json(z.object({ id: z.uuid() })) },
        409: problem("Appuntamento già svolto o annullato"),
        422: problem("Dati non validi o sovrapposizione, con errori per campo"),
        ...errors,
      },
    },
  },
  "/api/v1/imports": {
    post: {
      summary: "Apre un'importazione dei residenti di un comune dall'anagrafe",
      requestBody: json(ImportStartSchema),
      responses: {
        201: { description: "Aperta", ...json(Created) },
        422: problem("Dati non validi o comune non consentito"),
        ...errors,
      },
    },
  },
  "/api/v1/imports/{id}": {
    get: {
      summary: "I contatori di un'importazione",
      requestParams: idPath,
      responses: { 200: { description: "L'importazione", ...json(ImportSummary) }, ...errors },
    },
  },
  "/api/v1/imports/{id}/rows": {
    post: {
      summary: "Elabora un blocco di al massimo 200 righe, in una transazione",
      requestParams: idPath,
      requestBody: json(ImportBatchSchema),
      responses: {
        200: { description: "Esito del blocco e righe elaborate finora", ...json(BatchResult) },
        409: problem("Importazione già conclusa"),
        422: problem("Blocco non valido"),
        ...errors,
      },
    },
  },
  "/api/v1/imports/{id}/finish": {
    post: {
      summary: "Conclude l'importazione e costruisce i nuclei dal numero di famiglia",
      requestParams: idPath,
      responses: { 200: { description: "Il riepilogo", ...json(ImportSummary) }, ...errors },
    },
  },
  "/api/v1/imports/{id}/report.csv": {
    get: {
      summary: "Le righe scartate: riga;codice_fiscale (mascherato);motivo",
      requestParams: idPath,
      responses: {
        200: {
          description: "CSV con BOM, separatore ;",
          content: { "text/csv": { schema: z.string() } },
        },
        ...errors,
      },
    },
  },
};
