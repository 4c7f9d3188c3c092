import { z } from "zod";
import { RELATIONS } from "@/lib/domain/case-file";
import { HOUSEHOLD_RELATIONS } from "@/lib/domain/household";
import { optionalId, optionalText } from "./case-plan-fields";

/** A member of the nucleo familiare: always a registered person. */
export const HouseholdMemberSchema = z
  .object({
    collegataId: z.uuid({ error: "Scegli la persona dai risultati della ricerca." }),
    relazione: z.enum(HOUSEHOLD_RELATIONS, { error: "Scegli la relazione di parentela." }),
  })
  .strict();
export type HouseholdMemberInput = z.input<typeof HouseholdMemberSchema>;

/** Someone of the social network: a registered person, or described by name. */
export const NetworkContactSchema = z
  .object({
    relazione: z.enum(RELATIONS, { error: "Scegli la relazione." }),
    nome: optionalText(200),
    collegataId: optionalId("Persona non valida."),
    contatto: optionalText(200),
    note: optionalText(1000),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.nome && !v.collegataId)
      ctx.addIssue({
        code: "custom",
        path: ["nome"],
        message: "Indica il nome (o il servizio) oppure scegli una persona registrata.",
      });
  });
export type NetworkContactInput = z.input<typeof NetworkContactSchema>;
export type NetworkContact = z.output<typeof NetworkContactSchema>;
