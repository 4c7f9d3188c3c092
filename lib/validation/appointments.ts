import { z } from "zod";
import { APPOINTMENT_KINDS } from "@/lib/domain/case-file";
import { isHhMm, isIsoDate } from "@/lib/domain/rome-time";

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Al massimo ${max} caratteri.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** An optional id from a select: "" means none. */
const optionalId = (message: string) =>
  z
    .union([z.literal(""), z.uuid({ error: message })])
    .optional()
    .transform((v) => (v ? v : undefined));

/**
 * An appointment as the forms and the API give it: a Rome calendar date and wall-clock
 * times (the data layer turns them into instants, DST included).
 */
export const AppointmentSchema = z
  .object({
    tipo: z.enum(APPOINTMENT_KINDS, { error: "Scegli il tipo di appuntamento." }),
    data: z.string().refine(isIsoDate, "Indica una data valida (AAAA-MM-GG)."),
    oraInizio: z.string().refine(isHhMm, "Indica l'ora di inizio (HH:MM)."),
    oraFine: z.string().refine(isHhMm, "Indica l'ora di fine (HH:MM)."),
    caseId: optionalId("Scegli una cartella dall'elenco."),
    operatoreId: optionalId("Scegli un operatore dall'elenco."),
    luogo: optionalText(200),
    note: optionalText(2000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (isHhMm(v.oraInizio) && isHhMm(v.oraFine) && v.oraFine <= v.oraInizio) {
      ctx.addIssue({
        code: "custom",
        path: ["oraFine"],
        message: "L'ora di fine deve venire dopo l'ora di inizio.",
      });
    }
  });
export type AppointmentInput = z.input<typeof AppointmentSchema>;
export type Appointment = z.output<typeof AppointmentSchema>;

export const AppointmentStatusSchema = z
  .object({
    stato: z.enum(["programmato", "svolto", "annullato"], { error: "Scegli lo stato." }),
  })
  .strict();

export const WeekQuerySchema = z.object({
  settimana: z.string().refine(isIsoDate, "Data non valida.").optional(),
  operatoreId: z.uuid().optional(),
});
