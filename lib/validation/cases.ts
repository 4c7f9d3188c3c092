import { z } from "zod";

/** The status actions on a cartella: what each one needs and where it leads. */
export const CASE_ACTIONS = ["sospendi", "riprendi", "chiudi", "riapri"] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

const motivo = z
  .string({ error: "Il motivo deve essere un testo." })
  .trim()
  .max(2000, "Al massimo 2000 caratteri.")
  .optional()
  .transform((v) => (v ? v : undefined));

/** A change of status; closing needs a reason, which stays in the history. */
export const CaseStatusChangeSchema = z
  .object({
    azione: z.enum(CASE_ACTIONS, { error: "Azione sconosciuta." }),
    motivo,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.azione === "chiudi" && !v.motivo)
      ctx.addIssue({
        code: "custom",
        path: ["motivo"],
        message: "Scrivi il motivo della chiusura.",
      });
  });
export type CaseStatusChange = z.input<typeof CaseStatusChangeSchema>;

const userId = z.uuid({ error: "Scegli un operatore." });

/** A change of the équipe: add or remove a worker, or name the referente. */
export const CaseTeamChangeSchema = z.discriminatedUnion(
  "azione",
  [
    z.object({ azione: z.literal("aggiungi"), utenteId: userId }).strict(),
    z
      .object({
        azione: z.literal("rimuovi"),
        utenteId: userId,
        /** Required when the worker leaving is the referente. */
        nuovoReferenteId: userId.optional(),
      })
      .strict(),
    z.object({ azione: z.literal("referente"), utenteId: userId }).strict(),
  ],
  { error: "Azione sconosciuta." },
);
export type CaseTeamChange = z.input<typeof CaseTeamChangeSchema>;

/** The form adding a worker to the équipe. */
export const TeamMemberSchema = z.object({ utenteId: userId }).strict();
export type TeamMember = z.input<typeof TeamMemberSchema>;

/** A page of the actor's own cases. */
export const MyCasesQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(25),
    after: z.string().max(200).optional(),
  })
  .strict();
