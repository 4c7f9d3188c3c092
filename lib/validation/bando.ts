import { z } from "zod";
import { AREAS } from "@/lib/domain/areas";
import { CopaymentSchema, EligibilityRulesSchema, ScoringRulesSchema } from "./bando-rules";

const hasTwoDecimals = (v: number) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;

// A monthly amount fits the column (numeric(10, 2)) with room to spare; a budget line, numeric(14, 2).
const MAX_MONTHLY = 1_000_000;
const MAX_LINE = 100_000_000;

const money = (what: string, max = MAX_LINE) =>
  z
    .number({ error: `${what}: inserisci un importo in euro.` })
    .min(0, `${what} non può essere negativo.`)
    .max(max, `${what} supera il massimo ammesso.`)
    .refine(hasTwoDecimals, `${what}: al massimo due decimali.`);

const BudgetLineShape = {
  comuneId: z.uuid({ error: "Comune non valido." }).nullish(),
  area: z.enum(AREAS, { error: "Area sconosciuta." }).nullish(),
  stanziato: money("Lo stanziamento"),
};

const BudgetLineSchema = z.object(BudgetLineShape).strict();

/** On update, a line with `id` is an existing one (its stanziato may change); without, a new one. */
const BudgetLineUpdateSchema = z
  .object({ id: z.uuid({ error: "Voce di budget non valida." }).optional(), ...BudgetLineShape })
  .strict();

const budgetOf = <L extends z.ZodType>(line: L) =>
  z
    .array(line, { error: "Indica le voci di budget." })
    .min(1, "Indica almeno una voce di budget.")
    .max(200, "Troppe voci di budget.");

const ImportoFasciaSchema = z
  .object({
    iseeFino: z
      .number({ error: "Fascia: inserisci l'ISEE massimo in euro." })
      .gt(0, "Fascia: l'ISEE massimo deve essere maggiore di zero.")
      .max(200_000, "Fascia: l'ISEE massimo non può superare 200.000 €.")
      .refine(hasTwoDecimals, "Fascia: al massimo due decimali."),
    importoMensile: money("L'importo della fascia", MAX_MONTHLY),
  })
  .strict();

const ImportiFasceSchema = z
  .array(ImportoFasciaSchema, { error: "Indica le fasce ISEE con il loro importo." })
  .min(1, "Indica almeno una fascia.")
  .max(20, "Al massimo 20 fasce.")
  .superRefine((tiers, ctx) => {
    tiers.forEach((tier, i) => {
      const prev = tiers[i - 1];
      if (prev && !(prev.iseeFino < tier.iseeFino))
        ctx.addIssue({
          code: "custom",
          path: [i, "iseeFino"],
          message: "Le fasce vanno elencate con ISEE massimi crescenti e diversi.",
        });
    });
  });

/** The fields of a bando, without defaults: the update must not put back a default. */
const fields = {
  measureId: z.uuid({ error: "Scegli la misura." }),
  titolo: z
    .string({ error: "Inserisci il titolo." })
    .trim()
    .min(5, "Il titolo deve avere almeno 5 caratteri.")
    .max(200, "Al massimo 200 caratteri."),
  periodoInizio: z.iso.date({ error: "Data di inizio non valida." }),
  periodoFine: z.iso.date({ error: "Data di fine non valida." }),
  apertura: z.iso.date({ error: "Data di apertura non valida." }),
  chiusura: z.iso.date({ error: "Data di chiusura non valida." }),
  modalita: z.enum(["ordine_arrivo", "graduatoria"], { error: "Scegli come assegnare i fondi." }),
  termineGiorni: z
    .number({ error: "Indica il termine in giorni." })
    .int("Un numero intero di giorni.")
    .min(1, "Almeno un giorno.")
    .max(180, "Al massimo 180 giorni (L. 241/1990)."),
  importoMensile: money("L'importo mensile", MAX_MONTHLY).nullish(),
  importiFasce: ImportiFasceSchema.nullish(),
  mesi: z
    .number({ error: "Indica il numero di mesi." })
    .int("Un numero intero di mesi.")
    .min(1, "Almeno un mese.")
    .max(120, "Al massimo 120 mesi.")
    .nullish(),
  oreMensili: z
    .number({ error: "Le ore mensili: inserisci un numero di ore." })
    .gt(0, "Le ore mensili devono essere più di zero.")
    .max(744, "Al massimo 744 ore al mese.")
    .refine(hasTwoDecimals, "Le ore mensili: al massimo due decimali.")
    .nullish(),
  // A coordinator of the ambito: checked by the data layer.
  responsabileId: z.uuid({ error: "Scegli il responsabile del procedimento." }).nullish(),
  regoleAmmissione: EligibilityRulesSchema,
  regolePunteggio: ScoringRulesSchema,
  compartecipazione: CopaymentSchema.nullish(),
};

/** The whole of a bando, as the consistency checks read it (null and absent alike). */
export type BandoShape = {
  periodoInizio: string;
  periodoFine: string;
  apertura: string;
  chiusura: string;
  modalita: "ordine_arrivo" | "graduatoria";
  importoMensile?: number | null;
  importiFasce?: unknown[] | null;
  mesi?: number | null;
  budget: { comuneId?: string | null; area?: string | null }[];
  regolePunteggio: unknown[];
};

/** Checks across fields, for a new bando and for a bando with its changes applied. */
export function bandoConsistencyIssues(b: BandoShape): { path: string; message: string }[] {
  const out: { path: string; message: string }[] = [];
  if (b.apertura > b.chiusura)
    out.push({ path: "chiusura", message: "La chiusura non può precedere l'apertura." });
  if (b.periodoInizio > b.periodoFine)
    out.push({ path: "periodoFine", message: "La fine non può precedere l'inizio." });
  const keys = b.budget.map((l) => `${l.comuneId ?? "*"}|${l.area ?? "*"}`);
  if (new Set(keys).size !== keys.length)
    out.push({
      path: "budget",
      message: "Due voci di budget per lo stesso comune e la stessa area.",
    });
  if (b.modalita === "graduatoria" && b.regolePunteggio.length === 0)
    out.push({
      path: "regolePunteggio",
      message: "Una graduatoria ha bisogno di almeno una regola di punteggio.",
    });
  const tiers = b.importiFasce != null && b.importiFasce.length > 0;
  if (b.importoMensile != null && tiers)
    out.push({
      path: "importiFasce",
      message: "Indica un importo mensile unico oppure gli importi per fascia ISEE, non entrambi.",
    });
  if ((b.importoMensile != null || tiers) && b.mesi == null)
    out.push({ path: "mesi", message: "Indica per quanti mesi spetta l'importo mensile." });
  return out;
}

/** A new bando with its money and rules: one schema for the API and the form. */
export const BandoCreateSchema = z
  .object({
    ...fields,
    termineGiorni: fields.termineGiorni.default(30),
    budget: budgetOf(BudgetLineSchema),
    regoleAmmissione: fields.regoleAmmissione.default([]),
    regolePunteggio: fields.regolePunteggio.default([]),
  })
  .strict()
  .superRefine((b, ctx) => {
    for (const issue of bandoConsistencyIssues(b))
      ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
  });

export type BandoCreate = z.output<typeof BandoCreateSchema>;

/**
 * Changes to a bando: only the fields given change; `null` clears an optional one. `budget`,
 * when given, is the whole list of lines: existing ones by `id`, new ones without; a line left
 * out is removed. The checks across fields run on the bando with the changes applied.
 */
export const BandoUpdateSchema = z
  .object({
    measureId: fields.measureId.optional(),
    titolo: fields.titolo.optional(),
    periodoInizio: fields.periodoInizio.optional(),
    periodoFine: fields.periodoFine.optional(),
    apertura: fields.apertura.optional(),
    chiusura: fields.chiusura.optional(),
    modalita: fields.modalita.optional(),
    termineGiorni: fields.termineGiorni.optional(),
    importoMensile: fields.importoMensile,
    importiFasce: fields.importiFasce,
    mesi: fields.mesi,
    oreMensili: fields.oreMensili,
    responsabileId: fields.responsabileId,
    budget: budgetOf(BudgetLineUpdateSchema).optional(),
    regoleAmmissione: fields.regoleAmmissione.optional(),
    regolePunteggio: fields.regolePunteggio.optional(),
    compartecipazione: fields.compartecipazione,
  })
  .strict();

export type BandoUpdate = z.output<typeof BandoUpdateSchema>;
