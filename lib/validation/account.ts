import { z } from "zod";

/**
 * The change of one's own password: form, server action and data layer. The password policy
 * itself (length, common passwords, the e-mail) is applied by the data layer, which knows the
 * user's e-mail and keeps the list of common passwords off the browser.
 */
export const PasswordChangeSchema = z
  .object({
    attuale: z
      .string({ error: "Inserisci la password attuale." })
      .min(1, "Inserisci la password attuale.")
      .max(1024, "Password attuale non corretta."),
    nuova: z
      .string({ error: "Inserisci la nuova password." })
      .min(1, "Inserisci la nuova password.")
      .max(1024, "La password può avere al massimo 128 caratteri."),
    conferma: z
      .string({ error: "Ripeti la nuova password." })
      .min(1, "Ripeti la nuova password.")
      .max(1024, "Le due password non coincidono."),
  })
  .strict()
  .refine((v) => v.nuova === v.conferma, {
    path: ["conferma"],
    message: "Le due password non coincidono.",
  });

export type PasswordChange = z.infer<typeof PasswordChangeSchema>;
