import { z } from "zod";
import { createDocument } from "zod-openapi";
import {
  Id,
  Measure,
  Person,
  PersonPage,
  PersonSearch,
  RequestCreated,
  RequestDetail,
  RequestPage,
  RequestTransitioned,
} from "@/lib/validation/api";
import { BandoCreateSchema, BandoUpdateSchema } from "@/lib/validation/bando";
import { InstalmentList, PaymentRecorded, PaymentSchema } from "@/lib/validation/delivery";
import {
  DocumentFormatQuery,
  DocumentTemplateOut,
  DocumentTemplateSchema,
  RequestDocumentRow,
} from "@/lib/validation/document-template";
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
import { EligibilityCheckOut, RankingOut, RankingOutcomeOut } from "@/lib/validation/ranking";
import {
  EligibilityCheckSchema,
  EligibilityOverrideSchema,
  RequestCreateSchema,
  RequestTransitionSchema,
} from "@/lib/validation/request";
import { errors, idPath, json, problem } from "./openapi-parts";
import { FEATURE_PATHS } from "./openapi-paths";

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
      ...FEATURE_PATHS,
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
      "/api/v1/requests/{id}/documents": {
        get: {
          summary:
            "Documenti emessi per una richiesta (provvedimenti, preavvisi, richieste di integrazione)",
          requestParams: idPath,
          responses: {
            200: {
              description: "I documenti, dal primo emesso; senza i file",
              ...json(z.object({ rows: z.array(RequestDocumentRow) })),
            },
            ...errors,
          },
        },
      },
      "/api/v1/requests/{id}/documents/{docId}": {
        get: {
          summary:
            "Un documento emesso: il PDF da scaricare, o la pagina stampabile con ?format=html (lo scaricamento è registrato)",
          requestParams: {
            path: z.object({ id: z.uuid(), docId: z.uuid() }),
            query: DocumentFormatQuery,
          },
          responses: {
            200: {
              description:
                "Il PDF (attachment; Repr-Digest con lo SHA-256 registrato all'emissione) o l'HTML stampabile",
              content: {
                "application/pdf": { schema: z.string().meta({ format: "binary" }) },
                "text/html": { schema: z.string() },
              },
            },
            ...errors,
          },
        },
      },
      "/api/v1/document-templates": {
        get: {
          summary: "Modelli dei documenti di decisione dell'ambito (solo coordinatore)",
          responses: {
            200: {
              description: "Un modello per tipo",
              ...json(z.object({ rows: z.array(DocumentTemplateOut) })),
            },
            ...errors,
          },
        },
      },
      "/api/v1/document-templates/{kind}": {
        get: {
          summary:
            "Il modello di un tipo di documento (il testo predefinito se non personalizzato)",
          requestParams: { path: z.object({ kind: DocumentTemplateOut.shape.tipo }) },
          responses: {
            200: { description: "Il modello", ...json(DocumentTemplateOut) },
            ...errors,
          },
        },
        put: {
          summary:
            "Salva oggetto e testo di un modello (solo coordinatore); vale per i documenti emessi da ora",
          requestParams: { path: z.object({ kind: DocumentTemplateOut.shape.tipo }) },
          requestBody: json(DocumentTemplateSchema),
          responses: {
            200: { description: "Salvato", ...json(DocumentTemplateOut) },
            422: problem(
              "Testo troppo corto o lungo, o campi {{…}} sconosciuti, con errori per campo",
            ),
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
          summary:
            "Un bando con regole, budget per voce, per comune e per area (stanziato, impegnato, pagato, disponibile), responsabile e storia delle modifiche",
          requestParams: idPath,
          responses: { 200: { description: "Il bando" }, ...errors },
        },
        patch: {
          summary:
            "Modifica un bando (solo coordinatore): dall'apertura ogni modifica è registrata con il prima e il dopo",
          description:
            "Cambiano solo i campi indicati; `null` toglie un campo facoltativo. `budget`, se indicato, è l'elenco completo delle voci: quelle esistenti per `id` (o per comune e area), le nuove senza; una voce omessa è tolta. Lo stanziamento non scende mai sotto l'impegnato.",
          requestParams: idPath,
          requestBody: json(BandoUpdateSchema),
          responses: {
            200: {
              description: "Modificato: i campi cambiati",
              ...json(z.object({ id: z.uuid(), changed: z.array(z.string()) })),
            },
            409: problem("Modalità o regole dopo la graduatoria"),
            422: problem("Definizione non valida o budget sotto l'impegnato, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/bandi/{id}/eligibility": {
        post: {
          summary:
            "Prova dei requisiti (non scrive nulla): esito per regola, punteggio, importo e compartecipazione per una persona",
          requestParams: idPath,
          requestBody: json(EligibilityCheckSchema),
          responses: {
            200: { description: "L'esito del controllo", ...json(EligibilityCheckOut) },
            422: problem("Dati non validi o bando chiuso, con errori per campo"),
            ...errors,
          },
        },
      },
      "/api/v1/bandi/{id}/close": {
        post: {
          summary: "Chiude ora la finestra di presentazione (solo coordinatore)",
          requestParams: idPath,
          responses: {
            200: { description: "Chiusa" },
            409: problem("Finestra già chiusa"),
            ...errors,
          },
        },
      },
      "/api/v1/bandi/{id}/ranking": {
        get: {
          summary:
            "La graduatoria: posizione, protocollo, punteggio, esito; `?format=csv` per il CSV da pubblicare",
          requestParams: {
            ...idPath,
            query: z.object({ format: z.enum(["json", "csv"]).optional() }),
          },
          responses: {
            200: {
              description: "La graduatoria",
              content: {
                "application/json": { schema: RankingOut },
                "text/csv": { schema: z.string() },
              },
            },
            ...errors,
          },
        },
        post: {
          summary:
            "Produce la graduatoria a finestra chiusa: approva entro il budget, il resto in lista d'attesa",
          requestParams: idPath,
          responses: {
            200: {
              description: "Quante approvate, in attesa, escluse",
              ...json(RankingOutcomeOut),
            },
            409: problem("Finestra aperta, domande da verificare, graduatoria già prodotta"),
            ...errors,
          },
        },
      },
      "/api/v1/bandi/{id}/ranking/advance": {
        post: {
          summary:
            "Scorre la lista d'attesa fin dove arrivano i fondi (es. dopo un aumento di budget)",
          requestParams: idPath,
          responses: {
            200: {
              description: "Quante approvate",
              ...json(z.object({ approvate: z.number().int() })),
            },
            ...errors,
          },
        },
      },
      "/api/v1/bandi/{id}/ranking/publish": {
        post: {
          summary: "Pubblica la graduatoria sul portale (solo protocollo e punteggio)",
          requestParams: idPath,
          responses: {
            200: { description: "Pubblicata" },
            409: problem("Nessuna graduatoria da pubblicare"),
            ...errors,
          },
        },
      },
      "/api/v1/requests/{id}/eligibility-override": {
        post: {
          summary: "Corregge l'esito di ammissibilità con una motivazione (solo coordinatore)",
          requestParams: idPath,
          requestBody: json(EligibilityOverrideSchema),
          responses: {
            200: { description: "Corretto" },
            409: problem("Richiesta senza bando o già decisa"),
            422: problem("Motivazione mancante o troppo breve"),
            ...errors,
          },
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
