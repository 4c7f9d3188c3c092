import { z } from "zod";

/** GET /flussi query (api-comuni.yaml 2.0.1): since in ms, limit 0–100, default 10. */
export const FlussiQuerySchema = z.object({
  since: z.coerce.number().int().min(0).max(1e20),
  limit: z.coerce.number().int().min(0).max(100).default(10),
});

export const EsitoSchema = z.object({
  id_flusso: z.string().min(1).max(64),
  tipo: z.string().min(1),
  ts_flusso: z.string().min(1),
  ts_acquisizione: z.iso.datetime({ offset: true }),
  codice_esito: z.enum(["OK", "DATI_NON_TROVATI", "RICHIESTA_INVALIDA", "ERRORE_GENERICO"]),
  descrizione_esito: z.string().max(4096).optional(),
  id_acquisizione_siuss: z.string().max(64).optional(),
});

export const ElencoEsitiSchema = z.object({
  elenco_esiti: z.array(EsitoSchema).max(100),
});

export type Esito = z.infer<typeof EsitoSchema>;

const CF_PERSONA = /^[A-Za-z]{6}\d{2}[A-Za-z]\d{2}[A-Za-z][A-Za-z0-9]{3}[A-Za-z]$/;

/** The ambito's SIUSS settings: the operator's codice fiscale, as the XSD's CFOperatore. */
export const SiussSettingsSchema = z.object({
  cfOperatore: z
    .string({ error: "Indica il codice fiscale dell'operatore." })
    .trim()
    .toUpperCase()
    .regex(CF_PERSONA, "Codice fiscale non valido: 16 caratteri, come RSSMRA80A01G388X."),
});

const isoDate = z.iso.date({ error: "Data non valida." });

/** A period of flussi to download as one XML file, for INPS's web upload. */
export const SiussExportSchema = z
  .object({
    dal: isoDate,
    al: isoDate,
    tipo: z.enum(["PS_PSA_SINA", "SINBA"]).default("PS_PSA_SINA"),
  })
  .refine((v) => v.dal <= v.al, { path: ["al"], message: "La data finale precede l'iniziale." });
