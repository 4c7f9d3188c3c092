import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { RELATIONS } from "@/lib/domain/case-file";
import { AssessmentCreateSchema, AssessmentSummaryOut } from "@/lib/validation/assessment";
import { HouseholdMemberSchema, NetworkContactSchema } from "@/lib/validation/household";
import {
  PlanCreateSchema,
  PlanSummaryOut,
  ReviewRecorded,
  ReviewSchema,
} from "@/lib/validation/plan";
import { errors, idPath, json, problem } from "../openapi-parts";

const Created = z.object({ id: z.uuid() }).meta({ id: "CasePlanCreated" });

const LinkOut = z
  .object({
    id: z.uuid(),
    tipo: z.enum(["nucleo", "rete"]),
    relazione: z.enum(RELATIONS),
    persona: z
      .object({
        id: z.uuid(),
        cognome: z.string(),
        nome: z.string(),
        dataNascita: z.iso.date(),
        eta: z.number().int(),
      })
      .nullable()
      .meta({ description: "Null se non registrata o di un comune non servito" }),
    registrata: z.boolean(),
    nome: z.string().nullable(),
    contatto: z.string().nullable(),
    note: z.string().nullable(),
    daAnagrafe: z.boolean(),
  })
  .meta({ id: "PersonLink" });

const LinksOut = z
  .object({
    nucleo: z.array(LinkOut),
    rete: z.array(LinkOut),
    componentiNucleo: z.number().int().meta({ description: "La persona più i componenti attivi" }),
  })
  .meta({ id: "PersonLinks" });

const LinkCreate = z
  .union([
    HouseholdMemberSchema.extend({ tipo: z.literal("nucleo") }),
    NetworkContactSchema.extend({ tipo: z.literal("rete") }),
  ])
  .meta({ id: "PersonLinkCreate" });

const invalid = problem(
  "Dati non validi, con errori per campo (anche «voci.<voce>», «obiettivi.<n>.<campo>»)",
);
const conflict = problem("Scheda anonimizzata, cartella chiusa o progetto già attivo");

/** Household and network, needs assessment and individual plan (PAI). */
export const PLAN_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/persons/{id}/links": {
    get: {
      summary: "Nucleo familiare e rete sociale della persona (la lettura è registrata)",
      requestParams: idPath,
      responses: { 200: { description: "Nucleo e rete", ...json(LinksOut) }, ...errors },
    },
    post: {
      summary:
        "Aggiunge un componente del nucleo (persona registrata) o un contatto della rete; il nucleo aggiorna componenti e «vive solo»",
      requestParams: idPath,
      requestBody: json(LinkCreate),
      responses: {
        201: { description: "Registrato", ...json(Created) },
        409: conflict,
        422: invalid,
        ...errors,
      },
    },
  },
  "/api/v1/persons/{id}/links/{linkId}": {
    delete: {
      summary:
        "Chiude un legame (resta nello storico); il nucleo aggiorna componenti e «vive solo»",
      requestParams: { path: z.object({ id: z.uuid(), linkId: z.uuid() }) },
      responses: { 204: { description: "Chiuso" }, ...errors },
    },
  },
  "/api/v1/cases/{id}/assessments": {
    get: {
      summary: "Valutazioni del bisogno della cartella, dalla più recente",
      requestParams: idPath,
      responses: {
        200: { description: "Le valutazioni", ...json(z.array(AssessmentSummaryOut)) },
        ...errors,
      },
    },
    post: {
      summary:
        "Registra una valutazione SINA (adulti) o SINBA (minori alla data), voci con i codici INPS",
      requestParams: idPath,
      requestBody: json(AssessmentCreateSchema),
      responses: {
        201: { description: "Registrata", ...json(Created) },
        409: conflict,
        422: invalid,
        ...errors,
      },
    },
  },
  "/api/v1/cases/{id}/plans": {
    get: {
      summary: "Progetti individuali (PAI) della cartella, l'attivo per primo",
      requestParams: idPath,
      responses: {
        200: { description: "I progetti", ...json(z.array(PlanSummaryOut)) },
        ...errors,
      },
    },
    post: {
      summary: "Apre il progetto individuale con obiettivi e interventi (uno attivo per cartella)",
      requestParams: idPath,
      requestBody: json(PlanCreateSchema),
      responses: {
        201: { description: "Aperto", ...json(Created) },
        409: conflict,
        422: invalid,
        ...errors,
      },
    },
  },
  "/api/v1/plans/{id}/reviews": {
    post: {
      summary: "Registra una verifica: sposta la prossima verifica o conclude il progetto",
      requestParams: idPath,
      requestBody: json(ReviewSchema),
      responses: {
        201: { description: "Registrata", ...json(ReviewRecorded) },
        409: conflict,
        422: invalid,
        ...errors,
      },
    },
  },
};
