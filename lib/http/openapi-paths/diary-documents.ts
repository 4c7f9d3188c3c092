import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { Id } from "@/lib/validation/api";
import {
  DiaryEntryCreateSchema,
  DiaryEntryEditSchema,
  DiaryListQuery,
  DiaryPageOut,
  DiaryVersionOut,
} from "@/lib/validation/diary";
import {
  PersonDocumentListOut,
  PersonDocumentListQuery,
  PersonDocumentUpload,
} from "@/lib/validation/person-documents";
import { errors, idPath, json, problem } from "../openapi-parts";

const binary = z.string().meta({ format: "binary" });

/** The diario sociale of a cartella and the documents of a person. */
export const DIARY_DOCUMENT_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/cases/{id}/diary": {
    get: {
      summary:
        "Diario sociale di una cartella, dal più recente, a pagine (keyset); le voci riservate solo all'autore e all'équipe; lettura registrata",
      requestParams: { ...idPath, query: DiaryListQuery },
      responses: { 200: { description: "Una pagina", ...json(DiaryPageOut) }, ...errors },
    },
    post: {
      summary: "Aggiunge una voce al diario di una cartella aperta o sospesa",
      requestParams: idPath,
      requestBody: json(DiaryEntryCreateSchema),
      responses: {
        201: { description: "Aggiunta", ...json(Id) },
        409: problem("Cartella chiusa"),
        422: problem("Dati non validi, con errori per campo"),
        ...errors,
      },
    },
  },
  "/api/v1/diary/{id}": {
    patch: {
      summary:
        "Modifica una voce (autore o équipe); la versione precedente è conservata. Indica la versione letta: se nel frattempo è cambiata, 409",
      requestParams: idPath,
      requestBody: json(DiaryEntryEditSchema),
      responses: {
        200: { description: "Modificata", ...json(z.object({ id: z.uuid(), versione: z.int() })) },
        409: problem("Versione superata o cartella chiusa"),
        422: problem("Dati non validi, con errori per campo"),
        ...errors,
      },
    },
  },
  "/api/v1/diary/{id}/versions": {
    get: {
      summary: "Versioni precedenti di una voce, dalla più recente (lettura registrata)",
      requestParams: idPath,
      responses: {
        200: {
          description: "Le versioni",
          ...json(z.object({ versions: z.array(DiaryVersionOut) })),
        },
        ...errors,
      },
    },
  },
  "/api/v1/persons/{id}/documents": {
    get: {
      summary:
        "Documenti di una persona; con caseId quelli della cartella e quelli generali (lettura registrata)",
      requestParams: { ...idPath, query: PersonDocumentListQuery },
      responses: { 200: { description: "I documenti", ...json(PersonDocumentListOut) }, ...errors },
    },
    post: {
      summary:
        "Carica un documento (PDF, JPEG, PNG, WebP): il tipo è letto dal contenuto, il nome ripulito, la dimensione limitata (DOCUMENTS_MAX_MB)",
      requestParams: idPath,
      requestBody: { content: { "multipart/form-data": { schema: PersonDocumentUpload } } },
      responses: {
        201: {
          description: "Caricato",
          ...json(
            z.object({
              id: z.uuid(),
              nomeFile: z.string(),
              tipoMime: z.string(),
              dimensione: z.int(),
            }),
          ),
        },
        409: problem("Scheda unita a un'altra o anonimizzata"),
        413: problem("File oltre la dimensione massima"),
        415: problem("Contenuto non ammesso o diverso da quanto dice il nome"),
        422: problem("Dati non validi, con errori per campo"),
        ...errors,
      },
    },
  },
  "/api/v1/documents/{id}": {
    get: {
      summary: "Scarica un documento (sempre come allegato; lo scaricamento è registrato)",
      requestParams: idPath,
      responses: {
        200: {
          description: "Il file, con Content-Disposition RFC 6266/5987 e Repr-Digest SHA-256",
          content: {
            "application/pdf": { schema: binary },
            "image/jpeg": { schema: binary },
            "image/png": { schema: binary },
            "image/webp": { schema: binary },
          },
        },
        ...errors,
      },
    },
  },
};
