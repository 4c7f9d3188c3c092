import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { DuplicateQuerySchema } from "@/lib/validation/person-registry";
import { errors, idPath, json, problem } from "../openapi-parts";

const Duplicate = z.object({
  id: z.uuid(),
  cognome: z.string(),
  nome: z.string(),
  dataNascita: z.iso.date(),
  comune: z.string(),
  motivo: z.enum(["cf", "nascita", "comune"]),
});
const Duplicates = z.object({
  visible: z.array(Duplicate),
  hidden: z.number().int().meta({ description: "Simili in comuni che l'utente non segue" }),
});
const MergeBody = z.object({ dropId: z.uuid(), motivo: z.string().min(10).max(500) });
const MergeResult = z.object({
  keepId: z.uuid(),
  moved: z.object({
    richieste: z.number().int(),
    cartelle: z.number().int(),
    isee: z.number().int(),
    disabilita: z.number().int(),
  }),
});

export const REGISTRY_PATHS: ZodOpenApiPathsObject = {
  "/api/v1/persons/duplicates": {
    post: {
      summary:
        "Probabili doppioni prima di registrare una persona (nome simile, stessa nascita o comune)",
      requestBody: json(DuplicateQuerySchema),
      responses: {
        200: { description: "Simili visibili, e quanti altri", ...json(Duplicates) },
        422: problem("Dati non validi"),
        ...errors,
      },
    },
  },
  "/api/v1/persons/{id}/merge": {
    post: {
      summary: "Unisce la scheda dropId in questa (coordinatore; registrato)",
      requestParams: idPath,
      requestBody: json(MergeBody),
      responses: {
        200: { description: "Cosa è passato alla scheda mantenuta", ...json(MergeResult) },
        422: problem("Dati non validi"),
        ...errors,
      },
    },
  },
};
