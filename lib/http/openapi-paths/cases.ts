import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { AREAS } from "@/lib/domain/areas";
import { CASE_EVENTS, CASE_STATUSES, TRANSFER_STATUSES } from "@/lib/domain/case-file";
import { Id } from "@/lib/validation/api";
import { CaseOpenSchema } from "@/lib/validation/case-file";
import { CASE_ACTIONS, CaseStatusChangeSchema, CaseTeamChangeSchema } from "@/lib/validation/cases";
import {
  TransferDecisionSchema,
  TransferListQuery,
  TransferRequestSchema,
} from "@/lib/validation/transfers";
import { errors, idPath, json, problem } from "../openapi-parts";

const when = z.iso.datetime();
const Status = z.enum(CASE_STATUSES);

const CaseSummary = z
  .object({
    id: z.uuid(),
    area: z.enum(AREAS),
    stato: Status,
    apertaIl: when,
    chiusaIl: when.nullable(),
    referente: z.string().nullable(),
  })
  .meta({ id: "CaseSummary" });

const TeamMember = z
  .object({ userId: z.uuid(), nome: z.string(), referente: z.boolean(), dalIl: when })
  .meta({ id: "CaseTeamMember" });

const CaseOverview = z
  .object({
    id: z.uuid(),
    stato: Status,
    apertaIl: when,
    chiusaIl: when.nullable(),
    motivoChiusura: z.string().nullable(),
    aggiornataIl: when,
    history: z.array(
      z.object({
        id: z.uuid(),
        evento: z.enum(CASE_EVENTS),
        statoDa: Status.nullable(),
        statoA: Status.nullable(),
        motivo: z.string().nullable(),
        dettagli: z.string().nullable(),
        autore: z.string().nullable(),
        il: when,
      }),
    ),
    team: z.array(TeamMember),
    candidates: z.array(z.object({ userId: z.uuid(), nome: z.string() })),
    counts: z.object({
      diary: z.number().int().nullable(),
      activePlans: z.number().int().nullable(),
      documents: z.number().int().nullable(),
      upcomingAppointments: z.number().int().nullable(),
    }),
    actions: z.array(z.enum(CASE_ACTIONS)),
    canManage: z.boolean(),
  })
  .meta({ id: "CaseOverview" });

const Transfer = z
  .object({
    id: z.uuid(),
    stato: z.enum(TRANSFER_STATUSES),
    personId: z.uuid(),
    person: z
      .object({ cognome: z.string(), nome: z.string(), dataNascita: z.iso.date() })
      .nullable(),
    aree: z.array(z.enum(AREAS)),
    daComune: z.string(),
    aComune: z.string(),
    motivo: z.string(),
    nuovoIndirizzo: z.string().nullable(),
    richiestoDa: z.string().nullable(),
    richiestoIl: when,
    decisoIl: when.nullable(),
    noteDecisione: z.string().nullable(),
  })
  .meta({ id: "Transfer" });

const conflict = { 409: problem("Non consentito nello stato attuale, o cambiato nel frattempo") };
const invalid = { 422: problem("Dati non validi, con errori per campo") };

/** The presa in carico (cartelle, status, équipe) and transfers between comuni. */
export const CASES_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/persons/{id}/cases": {
    get: {
      summary: "Le cartelle di una persona, una per area (anche chiuse)",
      requestParams: idPath,
      responses: {
        200: { description: "Le cartelle", ...json(z.object({ rows: z.array(CaseSummary) })) },
        ...errors,
      },
    },
    post: {
      summary: "Apre una cartella (presa in carico) in un'area: l'utente ne è referente",
      requestParams: idPath,
      requestBody: json(CaseOpenSchema),
      responses: {
        201: { description: "Aperta", ...json(Id) },
        ...invalid,
        ...conflict,
        ...errors,
      },
    },
  },
  "/api/v1/cases/{id}": {
    get: {
      summary:
        "Panoramica della cartella: storia degli stati, équipe, conteggi (la lettura è registrata)",
      requestParams: idPath,
      responses: { 200: { description: "La cartella", ...json(CaseOverview) }, ...errors },
    },
  },
  "/api/v1/cases/{id}/status": {
    post: {
      summary: "Sospende, riprende, chiude (con motivo) o riapre la cartella",
      requestParams: idPath,
      requestBody: json(CaseStatusChangeSchema),
      responses: {
        200: { description: "Nuovo stato", ...json(z.object({ id: z.uuid(), stato: Status })) },
        ...invalid,
        ...conflict,
        ...errors,
      },
    },
  },
  "/api/v1/cases/{id}/team": {
    post: {
      summary: "Aggiunge o toglie un operatore dall'équipe, o ne nomina il referente",
      requestParams: idPath,
      requestBody: json(CaseTeamChangeSchema),
      responses: {
        200: { description: "L'équipe attuale", ...json(z.object({ team: z.array(TeamMember) })) },
        ...invalid,
        ...conflict,
        ...errors,
      },
    },
  },
  "/api/v1/transfers": {
    get: {
      summary: "Trasferimenti in arrivo nei propri comuni (in) o chiesti dai propri comuni (out)",
      requestParams: { query: TransferListQuery },
      responses: {
        200: {
          description: "In attesa e decisi negli ultimi 30 giorni",
          ...json(z.object({ rows: z.array(Transfer) })),
        },
        ...errors,
      },
    },
    post: {
      summary: "Chiede a un altro comune del distretto di prendere in carico la persona",
      requestBody: json(TransferRequestSchema.extend({ personId: z.uuid() })),
      responses: {
        201: { description: "Chiesto", ...json(Id) },
        ...invalid,
        ...conflict,
        ...errors,
      },
    },
  },
  "/api/v1/transfers/{id}/{action}": {
    post: {
      summary:
        "accept o reject (comune di destinazione), cancel (comune di partenza); l'accettazione sposta persona e cartelle aperte",
      requestParams: {
        path: z.object({ id: z.uuid(), action: z.enum(["accept", "reject", "cancel"]) }),
      },
      requestBody: { ...json(TransferDecisionSchema), required: false },
      responses: {
        200: { description: "Deciso", ...json(Id) },
        ...invalid,
        ...conflict,
        ...errors,
      },
    },
  },
};
