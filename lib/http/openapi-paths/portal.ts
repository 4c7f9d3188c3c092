import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { errors, json, problem } from "../openapi-parts";

const binary = z.string().meta({ format: "binary" });

const OfficialDocumentOut = z.object({
  id: z.uuid(),
  titolo: z.string(),
  descrizione: z.string(),
  dataAtto: z.iso.date().nullable(),
  nomeFile: z.string(),
  dimensione: z.int(),
  caricatoIl: z.iso.datetime({ offset: true }),
  ritiratoIl: z.iso.datetime({ offset: true }).nullable(),
});

/** The public portal's content that the administrator manages. */
export const PORTAL_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/portal/documents": {
    get: {
      summary:
        "Documenti ufficiali del portale, anche quelli ritirati (amministratore, coordinatore)",
      responses: {
        200: {
          description: "I documenti",
          ...json(z.object({ documents: z.array(OfficialDocumentOut) })),
        },
        ...errors,
      },
    },
    post: {
      summary:
        "Pubblica un documento ufficiale sul portale: solo PDF, riconosciuto dal contenuto, nome ripulito, dimensione limitata (DOCUMENTS_MAX_MB)",
      requestBody: {
        content: {
          "multipart/form-data": {
            schema: z.object({
              file: binary,
              titolo: z.string(),
              descrizione: z.string().optional(),
              dataAtto: z.iso.date().optional(),
            }),
          },
        },
      },
      responses: {
        201: {
          description: "Pubblicato",
          ...json(z.object({ id: z.uuid(), nomeFile: z.string() })),
        },
        413: problem("File oltre la dimensione massima"),
        415: problem("Non è un PDF, o il nome non corrisponde al contenuto"),
        422: problem("Dati non validi, con errori per campo"),
        ...errors,
      },
    },
  },
};
