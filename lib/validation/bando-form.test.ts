import { describe, expect, it } from "vitest";
import { BandoCreateSchema } from "./bando";
import {
  type BandoFormValues,
  bandoFormFromBando,
  bandoFormSchema,
  bandoInputFromForm,
  emptyBandoForm,
} from "./bando-form";

const COMUNE = "11111111-1111-4111-8111-111111111111";
const MEASURE = "22222222-2222-4222-8222-222222222222";
const OTHER_MEASURE = "33333333-3333-4333-8333-333333333333";

const stored = {
  measureId: MEASURE,
  titolo: "Misura B2 — anno 2026",
  periodoInizio: "2026-01-01",
  periodoFine: "2026-12-31",
  apertura: "2026-02-01",
  chiusura: "2026-03-31",
  modalita: "graduatoria" as const,
  termineGiorni: 45,
  responsabileId: null,
  importoMensile: null,
  importiFasce: [
    { iseeFino: 10000, importoMensile: 400 },
    { iseeFino: 25000, importoMensile: 100.5 },
  ],
  mesi: 12,
  oreMensili: "20.00",
  regoleAmmissione: [
    {
      type: "isee",
      kinds: ["sociosanitario"],
      max: 25000,
      minorsKinds: ["ordinario", "minorenni"],
      minorsMax: 40000,
    },
    { type: "isee_valid" },
    { type: "residence", comuni: [COMUNE] },
    { type: "age", min: 18, on: "2026-01-01" },
    { type: "disability", anyOf: ["l104_art3c3", "indennita_accompagnamento"] },
    { type: "at_home" },
    { type: "not_receiving", measureIds: [OTHER_MEASURE] },
    { type: "declaration", id: "caregiver", text: "Il caregiver convive con la persona." },
  ],
  regolePunteggio: [
    {
      type: "isee_band",
      bands: [
        { upTo: 10000, points: 20 },
        { upTo: 25000, points: 10 },
      ],
    },
    { type: "household", perMember: 2, max: 10 },
    { type: "disability", points: { l104_art3c3: 15, indennita_accompagnamento: 10 } },
    { type: "lives_alone", points: 5 },
    {
      type: "age",
      bands: [
        { from: 65, points: 5 },
        { from: 80, points: 10 },
      ],
    },
    { type: "assessment", max: 10 },
  ],
  compartecipazione: { iseeMin: 6531, iseeMax: 11429, tMin: 3, tMax: 11, exemptBelowMin: true },
  budget: [
    {
      id: "44444444-4444-4444-8444-444444444444",
      comuneId: null,
      area: null,
      stanziato: "30000.00",
      impegnato: "0.00",
    },
    {
      id: "55555555-5555-4555-8555-555555555555",
      comuneId: COMUNE,
      area: "anziani" as const,
      stanziato: "20000.50",
      impegnato: "100.00",
    },
  ],
};

async function errorsOf(mode: "create" | "update", values: BandoFormValues) {
  const result = await bandoFormSchema(mode).safeParseAsync(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("the bando form", () => {
  it("shows a stored bando and sends back the same definition", () => {
    const form = bandoFormFromBando(stored);
    const { input } = bandoInputFromForm(form, "update");
    expect(input).toEqual({
      ...stored,
      responsabileId: null,
      oreMensili: 20,
      budget: [
        { id: stored.budget[0]?.id, comuneId: null, area: null, stanziato: 30000 },
        { id: stored.budget[1]?.id, comuneId: COMUNE, area: "anziani", stanziato: 20000.5 },
      ],
      regoleAmmissione: stored.regoleAmmissione.map((r) =>
        r.type === "age" ? { ...r, max: undefined } : r,
      ),
      regolePunteggio: stored.regolePunteggio,
    });
    expect(BandoCreateSchema.safeParse(bandoInputFromForm(form, "create").input).success).toBe(
      true,
    );
  });

  it("sends no budget ids for a new bando", () => {
    const { input } = bandoInputFromForm(bandoFormFromBando(stored), "create");
    expect(input.budget.every((l) => !("id" in l))).toBe(true);
  });

  it("puts each message on the field it is about", async () => {
    const form = bandoFormFromBando(stored);
    form.chiusura = "2026-01-15";
    form.amounts.tiers[1] = { iseeFino: "5000", importoMensile: "-1" };
    form.budget[0] = { ...form.budget[0], stanziato: "-5" } as BandoFormValues["budget"][number];
    form.eligibility.isee.max = "";
    form.eligibility.isee.minorsKinds = [];
    form.eligibility.age.onDate = "";
    form.eligibility.declarations[0] = { id: "caregiver", text: " " };
    form.scoring.isee_band.bands[0] = { upTo: "10000", points: "-3" };
    form.copayment.tMax = "1";
    expect(await errorsOf("update", form)).toEqual({
      chiusura: "La chiusura non può precedere l'apertura.",
      "amounts.tiers.1.iseeFino": "Le fasce vanno elencate con ISEE massimi crescenti e diversi.",
      "amounts.tiers.1.importoMensile": "L'importo della fascia non può essere negativo.",
      "budget.0.stanziato": "Lo stanziamento non può essere negativo.",
      "eligibility.isee.max": "L'ISEE massimo: inserisci un importo in euro.",
      "eligibility.isee.minorsKinds.root": "ISEE per i minorenni: indica almeno un tipo di ISEE.",
      "eligibility.age.onDate": expect.stringMatching(/Data di riferimento/),
      "eligibility.declarations.0.text": "Scrivi il testo della dichiarazione.",
      "scoring.isee_band.bands.0.points": "Fascia ISEE: i punti non possono essere negativi.",
      "copayment.tMax": "La tariffa massima non può essere inferiore alla tariffa minima.",
    });
  });

  it("asks for what a choice needs", async () => {
    const form = emptyBandoForm();
    Object.assign(form, {
      measureId: MEASURE,
      titolo: "Bando di prova",
      periodoInizio: "2026-01-01",
      periodoFine: "2026-12-31",
      apertura: "2026-01-01",
      chiusura: "2026-02-01",
      modalita: "graduatoria",
    });
    form.budget[0] = { id: "", comuneId: "", area: "", stanziato: "1000", impegnato: "0" };
    form.eligibility.disability.enabled = true;
    form.eligibility.residence.listed = true;
    form.scoring.disability.enabled = true;
    expect(await errorsOf("create", form)).toEqual({
      "amounts.importoMensile": "Inserisci l'importo mensile.",
      "eligibility.residence.comuni.root": "Indica almeno un comune.",
      "eligibility.disability.anyOf.root": "Indica almeno una condizione di disabilità.",
      "scoring.disability.points.root": "Indica i punti di almeno una condizione di disabilità.",
    });
    form.amounts.importoMensile = "100";
    form.eligibility.disability.anyOf = ["l104_art3c3"];
    form.eligibility.residence.listed = false;
    form.scoring.disability.points.l104_art3c3 = "10";
    expect(await errorsOf("create", form)).toEqual({
      "amounts.mesi": "Indica per quanti mesi spetta l'importo mensile.",
    });
    form.amounts.mesi = "12";
    form.scoring.disability.enabled = false;
    expect(await errorsOf("create", form)).toEqual({
      "scoring.root": "Una graduatoria ha bisogno di almeno una regola di punteggio.",
    });
  });

  it("maps the server's field errors (first segment only) to the form", () => {
    const { formPathOf } = bandoInputFromForm(emptyBandoForm(), "create");
    expect(formPathOf(["budget"])).toEqual(["budget"]);
    expect(formPathOf(["regoleAmmissione"])).toEqual(["eligibility"]);
    expect(formPathOf(["importiFasce"])).toEqual(["amounts", "tiers"]);
    expect(formPathOf(["responsabileId"])).toEqual(["responsabileId"]);
  });
});
