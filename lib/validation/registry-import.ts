import { z } from "zod";
import { ANAGRAFE_COLUMNS, IMPORT_BATCH_SIZE, IMPORT_MAX_ROWS } from "@/lib/domain/anagrafe-csv";

export const ImportStartSchema = z
  .object({
    comuneId: z.uuid({ error: "Scegli il comune." }),
    nomeFile: z
      .string()
      .trim()
      .min(1, "Indica il nome del file.")
      .max(200, "Nome del file troppo lungo."),
    righeTotali: z.coerce
      .number()
      .int("Numero di righe non valido.")
      .min(1, "Il file non ha righe.")
      .max(IMPORT_MAX_ROWS, `Al massimo ${IMPORT_MAX_ROWS} righe per importazione.`),
  })
  .strict();
export type ImportStart = z.infer<typeof ImportStartSchema>;

const cell = z.string().max(500).optional();

/** One row as read from the file; `riga` is its line in the file (the header is line 1). */
export const ImportRowSchema = z.object({
  riga: z.number().int().min(2).optional(),
  ...Object.fromEntries(ANAGRAFE_COLUMNS.map((c) => [c, cell])),
}) as z.ZodType<{ riga?: number } & Partial<Record<(typeof ANAGRAFE_COLUMNS)[number], string>>>;

export const ImportBatchSchema = z
  .object({
    primaRiga: z.number().int().min(2, "La prima riga di dati è la 2."),
    righe: z
      .array(ImportRowSchema)
      .min(1, "Nessuna riga da elaborare.")
      .max(IMPORT_BATCH_SIZE, `Al massimo ${IMPORT_BATCH_SIZE} righe per invio.`),
  })
  .strict();
export type ImportBatch = z.infer<typeof ImportBatchSchema>;
