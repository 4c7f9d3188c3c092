import { z } from "zod";
import { AREAS } from "@/lib/domain/areas";

/** Opening a cartella: the target area and, optionally, why (kept in the status history). */
export const CaseOpenSchema = z.object({
  area: z.enum(AREAS, { error: "Scegli l'area d'intervento." }),
  motivo: z
    .string()
    .trim()
    .max(2000, "Al massimo 2000 caratteri.")
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type CaseOpen = z.infer<typeof CaseOpenSchema>;
