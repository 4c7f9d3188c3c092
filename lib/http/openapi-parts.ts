import { z } from "zod";
import { Problem } from "@/lib/validation/api";

/** The pieces every OpenAPI path is written with. */
export const json = (schema: z.ZodType) => ({ content: { "application/json": { schema } } });
export const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: Problem } },
});
export const errors = {
  400: problem("Corpo o parametri non leggibili"),
  401: problem("Non autenticato"),
  403: problem("Ruolo non autorizzato"),
  404: problem("Non esiste o non è accessibile"),
};
export const idPath = { path: z.object({ id: z.uuid() }) };
