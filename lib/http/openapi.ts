import { z } from "zod";
import { createDocument } from "zod-openapi";
import {
  Id,
  Measure,
  Person,
  PersonPage,
  PersonSearch,
  Problem,
  RequestCreated,
  RequestDetail,
  RequestPage,
  RequestTransitioned,
} from "@/lib/validation/api";
import { BandoCreateSchema } from "@/lib/validation/bando";
import { InstalmentList, PaymentRecorded, PaymentSchema } from "@/lib/validation/delivery";
import { PersonListQuery, RequestListQuery } from "@/lib/validation/list-params";
import { PersonCreateSchema } from "@/lib/validation/person";
import {
  DisabilityCertificationCreateSchema,
  DisabilityCertificationResponse,
  IseeAttestationCreateSchema,
  IseeAttestationResponse,
  LivingConditionsResponse,
  LivingConditionsSchema,
} from "@/lib/validation/person-facts";
import { RequestCreateSchema, RequestTransitionSchema } from "@/lib/validation/request";

const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});
const errors = {
  400: problem("Corpo o parametri non leggibili"),
  401: problem("Non autenticato"),
  403: problem("Ruolo non autorizzato"),
  404: problem("Non esiste o non è accessibile"),
};
const idPath = { path: z.object({ id: z.uuid() }) };

let cached: ReturnType<typeof createDocument> | undefined;

/** The OpenAPI 3.1 document, generated from the same zod schemas the API validates with. */
export function openApiDocument() {
  cached ??= createDocument({
    openapi: "3.1.0",
    info: {
      title: "Zona API",
      version: "1.0.0",
      description:
        "API dei servizi sociali del Piano di Zona. Autenticazione con il cookie di sessione di Auth.js; errori in application/problem+json (RFC 9457).",
    },
    components: {
      securitySchemes: {
        sessionCookie: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
      },
    },
    security: [{ sessionCookie: [] }],
    paths: {
      "/api/v1/persons": {
        get: {
          summary: "Persone visibili all'utente, a pagine (keyset)",
          requestParams: { query: PersonListQuery },
          responses: { 200: { description: "Una pagina", ...json(PersonPage) }, ...errors },
        },
        post: {
          summary: "Registra una persona",
          requestBody: json(PersonCreateSchema),
          responses: {
            201: { description: "Creata", ...json(Id) },
            409: problem("Codice fiscale già registrato nel distretto"),
            422: problem("Dati non validi, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/persons/search": {
        post: {
          summary: "Cerca per codice fiscale o nome (il testo non va mai nell'URL)",
          requestBody: json(PersonSearch),
          responses: { 200: { description: "Risultati" }, ...errors },
        },
      },
      "/api/v1/persons/{id}": {
        get: {
          summary: "Scheda di una persona (l'accesso è registrato)",
          requestParams: idPath,
          responses: { 200: { description: "La persona", ...json(Person) }, ...errors },
        },
      },
      "/api/v1/persons/{id}/isee": {
        get: {
          summary: "Attestazioni ISEE di una persona, con scadenza e validità (accesso registrato)",
          requestParams: idPath,
          responses: {
            200: {
              description: "Le attestazioni, dalla più recente",
              ...json(z.object({ rows: z.array(IseeAttestationResponse) })),
            },
            ...errors,
          },
        },
        post: {
          summary: "Registra un'attestazione ISEE; la scadenza è calcolata (DPCM 159/2013)",
          requestParams: idPath,
          requestBody: json(IseeAttestationCreateSchema),
          responses: {
            201: {
              description: "Registrata",
              ...json(z.object({ id: z.uuid(), scadenza: z.iso.date() })),
            },
            422: problem("Dati non validi, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/persons/{id}/disabilities": {
        get: {
          summary: "Certificazioni di disabilità di una persona (codici SINA)",
          requestParams: idPath,
          responses: {
            200: {
              description: "Le certificazioni",
              ...json(z.object({ rows: z.array(DisabilityCertificationResponse) })),
            },
            ...errors,
          },
        },
        post: {
          summary: "Registra una certificazione di disabilità",
          requestParams: idPath,
          requestBody: json(DisabilityCertificationCreateSchema),
          responses: {
            201: { description: "Registrata", ...json(Id) },
            422: problem("Dati non validi, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/persons/{id}/disabilities/{certId}": {
        delete: {
          summary: "Elimina una certificazione registrata per errore (l'eliminazione è registrata)",
          requestParams: { path: z.object({ id: z.uuid(), certId: z.uuid() }) },
          responses: { 204: { description: "Eliminata" }, ...errors },
        },
      },
      "/api/v1/persons/{id}/conditions": {
        put: {
          summary: "Imposta nucleo familiare, vive solo e al domicilio (null = non noto)",
          requestParams: idPath,
          requestBody: json(LivingConditionsSchema),
          responses: {
            200: { description: "Le condizioni salvate", ...json(LivingConditionsResponse) },
            422: problem("Dati non validi o contraddittori, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/requests": {
        get: {
          summary: "Richieste visibili all'utente, filtrate e ordinate, a pagine (keyset)",
          requestParams: { query: RequestListQuery },
          responses: { 200: { description: "Una pagina", ...json(RequestPage) }, ...errors },
        },
        post: {
          summary: "Presenta una richiesta: riceve subito numero e data di protocollo",
          requestBody: json(RequestCreateSchema),
          responses: {
            201: { description: "Protocollata", ...json(RequestCreated) },
            422: problem("Dati non validi, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/requests/{id}": {
        get: {
          summary: "Una richiesta con la sua storia e le azioni possibili",
          requestParams: idPath,
          responses: { 200: { description: "La richiesta", ...json(RequestDetail) }, ...errors },
        },
      },
      "/api/v1/requests/{id}/transitions": {
        post: {
          summary: "Esegue un passaggio del procedimento (approva, respingi, …)",
          requestParams: idPath,
          requestBody: json(RequestTransitionSchema),
          responses: {
            200: { description: "Nuovo stato", ...json(RequestTransitioned) },
            409: problem("Passaggio non consentito nello stato attuale"),
            422: problem("Motivazione mancante o non valida"),
            ...errors,
          },
        },
      },
      "/api/v1/requests/{id}/instalments": {
        get: {
          summary: "Piano dei pagamenti di un titolo in erogazione, con le liquidazioni e i totali",
          requestParams: idPath,
          responses: { 200: { description: "Le rate", ...json(InstalmentList) }, ...errors },
        },
      },
      "/api/v1/requests/{id}/instalments/{instalmentId}/payment": {
        post: {
          summary: "Registra la liquidazione di una rata (solo coordinatore; una volta sola)",
          requestParams: { path: z.object({ id: z.uuid(), instalmentId: z.uuid() }) },
          requestBody: json(PaymentSchema),
          responses: {
            200: { description: "Liquidata", ...json(PaymentRecorded) },
            409: problem("Rata già liquidata, o richiesta non in erogazione"),
            422: problem("Riferimento o data non validi, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/bandi": {
        get: {
          summary: "Bandi dell'ambito, con stanziato e impegnato",
          responses: { 200: { description: "I bandi" }, ...errors },
        },
        post: {
          summary: "Crea un bando con voci di budget e regole (solo coordinatore)",
          requestBody: json(BandoCreateSchema),
          responses: {
            201: { description: "Creato", ...json(Id) },
            422: problem("Definizione non valida, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/bandi/{id}": {
        get: {
          summary: "Un bando con regole e budget (stanziato, impegnato, pagato, disponibile)",
          requestParams: idPath,
          responses: { 200: { description: "Il bando" }, ...errors },
        },
      },
      "/api/v1/measures": {
        get: {
          summary: "Catalogo di titoli sociali e servizi",
          responses: {
            200: { description: "Le misure", ...json(z.object({ rows: z.array(Measure) })) },
            ...errors,
          },
        },
      },
      "/api/v1/measures/{id}": {
        get: {
          summary: "Una misura del catalogo",
          requestParams: idPath,
          responses: { 200: { description: "La misura", ...json(Measure) }, ...errors },
        },
      },
    },
  });
  return cached;
}
