import { describe, expect, it } from "vitest";
import { EligibilityRulesSchema } from "@/lib/validation/bando-rules";
import {
  type Applicant,
  ageInYears,
  DISABILITY_CODES,
  disabilityFromSina,
  type EligibilityResult,
  type EligibilityRule,
  evaluateEligibility,
  type IseeAttestation,
  type IseeKind,
  isIsoDate,
  overallOutcome,
  SINA_DISABILITY_CODES,
} from "./eligibility";
import { formatEuro } from "./format";

// Readable expectations: write "€" after a plain space, compare with the no-break space.
const nb = (text: string) => text.replace(/ €/g, "\u00a0€");

const PAVIA = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
const CERTOSA = "1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed";
const MILANO = "9b2e4a3c-5d6f-4a7b-8c9d-0e1f2a3b4c5d";
const B1 = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
const B2 = "6fa459ea-ee8a-4ca4-894e-db77e160355e";

const APPLICATION_DATE = "2026-03-02";

const DECLARATION = {
  type: "declaration",
  id: "veridicita",
  text: "Dichiaro che quanto indicato corrisponde al vero (DPR 445/2000).",
} as const;

/** A B2 bando as domain.md §4 describes it. */
const B2_RULES: EligibilityRule[] = [
  { type: "residence" },
  { type: "at_home" },
  { type: "disability", anyOf: ["l104_art3c3", "indennita_accompagnamento"] },
  {
    type: "isee",
    kinds: ["sociosanitario"],
    max: 25_000,
    minorsKinds: ["ordinario", "minorenni"],
    minorsMax: 40_000,
  },
  { type: "isee_valid" },
  { type: "not_receiving", measureIds: [B1] },
  { ...DECLARATION },
];

const ADULT: Applicant = {
  birthDate: "1940-05-10",
  residenceComuneId: PAVIA,
  ambitoComuneIds: [PAVIA, CERTOSA],
  iseeAttestations: [
    { kind: "sociosanitario", value: 18_450, filedOn: "2026-01-15", expiresOn: "2026-12-31" },
  ],
  disabilities: ["l104_art3c3"],
  livesAtHome: true,
  activeMeasureIds: [],
  declarations: { veridicita: true },
};

function applicant(patch: Partial<Applicant> = {}): Applicant {
  return { ...ADULT, ...patch };
}

function evaluate(rule: EligibilityRule, patch: Partial<Applicant> = {}, date = APPLICATION_DATE) {
  const result = evaluateEligibility([rule], applicant(patch), date);
  const line = result.lines[0];
  if (!line) throw new Error("no line");
  return { ...line, overall: result.outcome };
}

function lineOf(result: EligibilityResult, type: EligibilityRule["type"]) {
  const line = result.lines.find((l) => l.type === type);
  if (!line) throw new Error(`no ${type} line`);
  return line;
}

describe("B2 bando (domain.md §4), table-driven", () => {
  const cases: {
    name: string;
    patch: Partial<Applicant>;
    outcome: EligibilityResult["outcome"];
    failing: EligibilityRule["type"][];
  }[] = [
    {
      name: "adult with 104 c. 3 and ISEE sociosanitario 18.450",
      patch: {},
      outcome: "eligible",
      failing: [],
    },
    {
      name: "ISEE sociosanitario over 25.000",
      patch: {
        iseeAttestations: [
          { kind: "sociosanitario", value: 31_000, filedOn: "2026-01-15", expiresOn: "2026-12-31" },
        ],
      },
      outcome: "not_eligible",
      failing: ["isee"],
    },
    {
      name: "ISEE expired on 31/12 of the previous year",
      patch: {
        iseeAttestations: [
          { kind: "sociosanitario", value: 18_450, filedOn: "2025-02-01", expiresOn: "2025-12-31" },
        ],
      },
      outcome: "not_eligible",
      failing: ["isee", "isee_valid"],
    },
    {
      name: "invalidità 75% only: no 104 c. 3, no accompagnamento",
      patch: { disabilities: ["invalidita_75"] },
      outcome: "not_eligible",
      failing: ["disability"],
    },
    {
      name: "minor with ISEE ordinario 32.000 (≤ 40.000 for minors)",
      patch: {
        birthDate: "2015-06-01",
        iseeAttestations: [
          { kind: "ordinario", value: 32_000, filedOn: "2026-01-20", expiresOn: "2026-12-31" },
        ],
      },
      outcome: "eligible",
      failing: [],
    },
    {
      name: "minor with ISEE ordinario 41.000",
      patch: {
        birthDate: "2015-06-01",
        iseeAttestations: [
          { kind: "ordinario", value: 41_000, filedOn: "2026-01-20", expiresOn: "2026-12-31" },
        ],
      },
      outcome: "not_eligible",
      failing: ["isee"],
    },
    {
      name: "adult with only an ISEE ordinario 20.000: the sociosanitario is not known",
      patch: {
        iseeAttestations: [
          { kind: "ordinario", value: 20_000, filedOn: "2026-01-20", expiresOn: "2026-12-31" },
        ],
      },
      outcome: "manual_check",
      failing: [],
    },
    {
      name: "indennità di accompagnamento instead of 104 c. 3",
      patch: { disabilities: ["indennita_accompagnamento"] },
      outcome: "eligible",
      failing: [],
    },
    {
      name: "invalidità 100% con accompagnamento (implies the indennità)",
      patch: { disabilities: ["invalidita_100_accompagnamento"] },
      outcome: "eligible",
      failing: [],
    },
    {
      name: "disability not recorded yet",
      patch: { disabilities: null },
      outcome: "manual_check",
      failing: [],
    },
    {
      name: "already receiving B1",
      patch: { activeMeasureIds: [B1, B2] },
      outcome: "not_eligible",
      failing: ["not_receiving"],
    },
    {
      name: "living in an RSA",
      patch: { livesAtHome: false },
      outcome: "not_eligible",
      failing: ["at_home"],
    },
    {
      name: "resident outside the ambito",
      patch: { residenceComuneId: null },
      outcome: "not_eligible",
      failing: ["residence"],
    },
  ];

  it.each(cases)("$name → $outcome", ({ patch, outcome, failing }) => {
    const result = evaluateEligibility(B2_RULES, applicant(patch), APPLICATION_DATE);
    expect(result.outcome).toBe(outcome);
    expect(result.lines).toHaveLength(B2_RULES.length);
    expect(result.lines.filter((l) => l.outcome === "ko").map((l) => l.type)).toEqual(failing);
  });

  it("the B2 rules are a valid definition", () => {
    expect(EligibilityRulesSchema.safeParse(B2_RULES).success).toBe(true);
  });

  it("writes one Italian line per rule, in order: what, value found, outcome", () => {
    const result = evaluateEligibility(B2_RULES, ADULT, APPLICATION_DATE, {
      comuni: { [PAVIA]: "Pavia" },
      measures: { [B1]: "Misura B1" },
    });
    expect(result.lines).toEqual([
      {
        type: "residence",
        rule: "Residenza in un comune dell'ambito",
        found: "Residente a Pavia",
        outcome: "ok",
      },
      {
        type: "at_home",
        rule: "Vive al proprio domicilio",
        found: "Vive al domicilio",
        outcome: "ok",
      },
      {
        type: "disability",
        rule: "Disabilità: L. 104/1992 art. 3 c. 3 o indennità di accompagnamento",
        found: "L. 104/1992 art. 3 c. 3 (handicap grave)",
        outcome: "ok",
      },
      {
        type: "isee",
        rule: nb("ISEE sociosanitario ≤ 25.000,00 €"),
        found: nb("ISEE sociosanitario 18.450,00 € (valido fino al 31/12/2026)"),
        outcome: "ok",
      },
      {
        type: "isee_valid",
        rule: "ISEE sociosanitario valido alla data della domanda (02/03/2026)",
        found: nb(
          "ISEE sociosanitario 18.450,00 € presentato il 15/01/2026, valido fino al 31/12/2026",
        ),
        outcome: "ok",
      },
      {
        type: "not_receiving",
        rule: "Non beneficiario nello stesso periodo di: Misura B1",
        found: "Nessuna delle misure indicate",
        outcome: "ok",
      },
      {
        type: "declaration",
        rule: `Dichiarazione: ${DECLARATION.text}`,
        found: "Dichiarato",
        outcome: "ok",
      },
    ]);
  });

  it("the minor's line says which ISEE applied", () => {
    const result = evaluateEligibility(
      B2_RULES,
      applicant({
        birthDate: "2015-06-01",
        iseeAttestations: [
          { kind: "ordinario", value: 32_000, filedOn: "2026-01-20", expiresOn: "2026-12-31" },
        ],
      }),
      APPLICATION_DATE,
    );
    expect(lineOf(result, "isee")).toMatchObject({
      rule: nb("ISEE ordinario o minorenni ≤ 40.000,00 € (richiedente minorenne)"),
      found: nb("ISEE ordinario 32.000,00 € (valido fino al 31/12/2026)"),
    });
    expect(lineOf(result, "isee_valid").rule).toBe(
      "ISEE ordinario o minorenni valido alla data della domanda (02/03/2026)",
    );
  });

  it("the expired ISEE line says when it expired", () => {
    const result = evaluateEligibility(
      B2_RULES,
      applicant({
        iseeAttestations: [
          { kind: "sociosanitario", value: 18_450, filedOn: "2025-02-01", expiresOn: "2025-12-31" },
        ],
      }),
      APPLICATION_DATE,
    );
    expect(lineOf(result, "isee").found).toBe(
      nb("ISEE sociosanitario 18.450,00 € scaduto il 31/12/2025"),
    );
  });
});

describe("isee rule", () => {
  const rule: EligibilityRule = { type: "isee", kinds: ["sociosanitario"], max: 25_000 };
  const att = (
    value: number,
    filedOn = "2026-01-15",
    expiresOn = "2026-12-31",
    kind: IseeKind = "sociosanitario",
  ): IseeAttestation => ({ kind, value, filedOn, expiresOn });

  it("ok at or under the maximum (inclusive), ko over it", () => {
    expect(evaluate(rule, { iseeAttestations: [att(25_000)] }).outcome).toBe("ok");
    expect(evaluate(rule, { iseeAttestations: [att(0)] }).outcome).toBe("ok");
    expect(evaluate(rule, { iseeAttestations: [att(25_000.01)] }).outcome).toBe("ko");
  });

  it("an expired ISEE never satisfies, however low", () => {
    const line = evaluate(rule, { iseeAttestations: [att(1_000, "2025-01-10", "2025-12-31")] });
    expect(line.outcome).toBe("ko");
    expect(line.found).toBe(nb("ISEE sociosanitario 1.000,00 € scaduto il 31/12/2025"));
  });

  it("valid on its expiry day, expired the day after", () => {
    const a = att(10_000, "2026-01-02", "2026-03-02");
    expect(evaluate(rule, { iseeAttestations: [a] }, "2026-03-02").outcome).toBe("ok");
    expect(evaluate(rule, { iseeAttestations: [a] }, "2026-03-03").outcome).toBe("ko");
  });

  it("an ISEE filed after the application date does not count", () => {
    const line = evaluate(rule, { iseeAttestations: [att(10_000, "2026-03-10")] });
    expect(line.outcome).toBe("ko");
    expect(line.found).toBe(
      nb("ISEE sociosanitario 10.000,00 € presentato il 10/03/2026, dopo la data della domanda"),
    );
  });

  it("no attestation of an accepted kind: check, listing what there is", () => {
    const none = evaluate(rule, { iseeAttestations: [] });
    expect(none.outcome).toBe("check");
    expect(none.overall).toBe("manual_check");
    expect(none.found).toBe("Nessuna attestazione ISEE sociosanitario registrata");
    const other = evaluate(rule, {
      iseeAttestations: [att(9_000, "2026-01-15", "2026-12-31", "ordinario")],
    });
    expect(other.outcome).toBe("check");
    expect(other.found).toBe(
      nb("Nessuna attestazione ISEE sociosanitario; presenti: ISEE ordinario 9.000,00 €"),
    );
  });

  it("with several accepted kinds the lowest valid value counts; within a kind the latest filed", () => {
    const two: EligibilityRule = { type: "isee", kinds: ["ordinario", "corrente"], max: 15_000 };
    const line = evaluate(two, {
      iseeAttestations: [
        { kind: "ordinario", value: 17_000, filedOn: "2026-01-10", expiresOn: "2026-12-31" },
        { kind: "corrente", value: 12_000, filedOn: "2026-02-01", expiresOn: "2026-07-31" },
      ],
    });
    expect(line.outcome).toBe("ok");
    expect(line.rule).toBe(nb("ISEE ordinario o corrente ≤ 15.000,00 €"));
    expect(line.found).toBe(nb("ISEE corrente 12.000,00 € (valido fino al 31/07/2026)"));

    const replaced = evaluate(rule, {
      iseeAttestations: [att(12_000, "2026-01-10"), att(27_000, "2026-02-20")],
    });
    expect(replaced.outcome).toBe("ko");
    expect(replaced.found).toContain("27.000,00");
  });

  it("minors use the minors' settings; each falls back to the adults' one when absent", () => {
    const onlyMax: EligibilityRule = {
      type: "isee",
      kinds: ["ordinario"],
      max: 20_000,
      minorsMax: 30_000,
    };
    const minor = { birthDate: "2010-03-03" }; // 15 on 02/03/2026
    const ord = (value: number) => [att(value, "2026-01-10", "2026-12-31", "ordinario")];
    expect(evaluate(onlyMax, { ...minor, iseeAttestations: ord(25_000) }).outcome).toBe("ok");
    expect(evaluate(onlyMax, { iseeAttestations: ord(25_000) }).outcome).toBe("ko");
    // 18 on the day of the application: adult settings.
    expect(
      evaluate(onlyMax, { birthDate: "2008-03-02", iseeAttestations: ord(25_000) }).outcome,
    ).toBe("ko");
    expect(
      evaluate(onlyMax, { birthDate: "2008-03-03", iseeAttestations: ord(25_000) }).outcome,
    ).toBe("ok");
  });

  it("without minors' settings a minor is judged like an adult", () => {
    expect(
      evaluate(rule, { birthDate: "2015-01-01", iseeAttestations: [att(20_000)] }).outcome,
    ).toBe("ok");
  });

  it("minors' settings and unknown birth date: check", () => {
    const line = evaluate(B2_RULES[3] as EligibilityRule, { birthDate: null });
    expect(line.outcome).toBe("check");
    expect(line.found).toBe("Data di nascita non nota: non si sa quale ISEE si applica");
  });
});

describe("isee_valid rule", () => {
  const rule: EligibilityRule = { type: "isee_valid" };

  it("ok with any kind valid on the application date when the bando has no isee rule", () => {
    const line = evaluate(rule, {
      iseeAttestations: [
        { kind: "universita", value: 9_000, filedOn: "2026-01-05", expiresOn: "2026-12-31" },
      ],
    });
    expect(line.outcome).toBe("ok");
    expect(line.rule).toBe("ISEE valido alla data della domanda (02/03/2026)");
  });

  it("ko when expired, check when none is recorded", () => {
    expect(
      evaluate(rule, {
        iseeAttestations: [
          { kind: "ordinario", value: 9_000, filedOn: "2025-01-05", expiresOn: "2025-12-31" },
        ],
      }).outcome,
    ).toBe("ko");
    expect(evaluate(rule, { iseeAttestations: [] }).outcome).toBe("check");
  });

  it("follows the kinds of the bando's isee rule", () => {
    const rules: EligibilityRule[] = [
      { type: "isee_valid" },
      { type: "isee", kinds: ["sociosanitario"], max: 25_000 },
    ];
    const result = evaluateEligibility(
      rules,
      applicant({
        iseeAttestations: [
          { kind: "ordinario", value: 9_000, filedOn: "2026-01-05", expiresOn: "2026-12-31" },
        ],
      }),
      APPLICATION_DATE,
    );
    expect(lineOf(result, "isee_valid").outcome).toBe("check");
  });
});

describe("residence rule", () => {
  it("ok in a comune of the ambito, ko outside", () => {
    expect(evaluate({ type: "residence" }).outcome).toBe("ok");
    const out = evaluate({ type: "residence" }, { residenceComuneId: null });
    expect(out.outcome).toBe("ko");
    expect(out.found).toBe("Residente fuori dall'ambito");
    expect(evaluate({ type: "residence" }, { residenceComuneId: MILANO }).outcome).toBe("ko");
  });

  it("with listed comuni only those are accepted", () => {
    const rule: EligibilityRule = { type: "residence", comuni: [CERTOSA] };
    expect(evaluate(rule, { residenceComuneId: CERTOSA }).outcome).toBe("ok");
    expect(evaluate(rule, { residenceComuneId: PAVIA }).outcome).toBe("ko");
  });

  it("shows comune names when given, ids otherwise", () => {
    const result = evaluateEligibility(
      [{ type: "residence", comuni: [CERTOSA] }],
      applicant({ residenceComuneId: PAVIA }),
      APPLICATION_DATE,
      { comuni: { [PAVIA]: "Pavia", [CERTOSA]: "Certosa di Pavia" } },
    );
    expect(result.lines[0]).toMatchObject({
      rule: "Residenza in uno dei comuni: Certosa di Pavia",
      found: "Residente a Pavia",
      outcome: "ko",
    });
    expect(evaluate({ type: "residence", comuni: [CERTOSA] }).rule).toContain(CERTOSA);
  });
});

describe("age rule", () => {
  it("computes the age on the application date, bounds inclusive", () => {
    const rule: EligibilityRule = { type: "age", min: 18, max: 64, on: "application" };
    expect(evaluate(rule, { birthDate: "2008-03-02" }).outcome).toBe("ok"); // 18 today
    expect(evaluate(rule, { birthDate: "2008-03-03" }).outcome).toBe("ko"); // 18 tomorrow
    expect(evaluate(rule, { birthDate: "1961-03-03" }).outcome).toBe("ok"); // still 64
    const old = evaluate(rule, { birthDate: "1961-03-02" }); // 65 today
    expect(old.outcome).toBe("ko");
    expect(old.rule).toBe("Età tra 18 e 64 anni alla data della domanda");
    expect(old.found).toBe("65 anni (data di nascita 02/03/1961)");
  });

  it("uses a fixed reference date when given", () => {
    const rule: EligibilityRule = { type: "age", min: 65, on: "2026-12-31" };
    const line = evaluate(rule, { birthDate: "1961-06-30" });
    expect(line.outcome).toBe("ok");
    expect(line.rule).toBe("Età di almeno 65 anni al 31/12/2026");
    expect(
      evaluate({ type: "age", max: 17, on: "2026-01-01" }, { birthDate: "2008-06-01" }).outcome,
    ).toBe("ok");
  });

  it("unknown birth date: check", () => {
    const line = evaluate({ type: "age", min: 18, on: "application" }, { birthDate: null });
    expect(line.outcome).toBe("check");
    expect(line.found).toBe("Data di nascita non nota");
  });
});

describe("disability rule", () => {
  const rule: EligibilityRule = { type: "disability", anyOf: ["invalidita_75", "l104_art3c3"] };

  it("ok when any listed condition is met, ko when none, check when unknown", () => {
    expect(evaluate(rule, { disabilities: ["l104_art3c3"] }).outcome).toBe("ok");
    expect(evaluate(rule, { disabilities: ["npi", "l104_art3c1"] }).outcome).toBe("ko");
    const none = evaluate(rule, { disabilities: [] });
    expect(none.outcome).toBe("ko");
    expect(none.found).toBe("Nessuna condizione di disabilità registrata");
    const unknown = evaluate(rule, { disabilities: null });
    expect(unknown.outcome).toBe("check");
    expect(unknown.found).toBe("Condizione di disabilità non nota");
  });

  it("a higher condition meets a lower one and says so", () => {
    const line = evaluate(rule, { disabilities: ["invalidita_100"] });
    expect(line.outcome).toBe("ok");
    expect(line.found).toBe(
      "Invalidità civile 100% senza indennità di accompagnamento (vale come invalidità civile ≥ 75%)",
    );
    expect(
      evaluate({ type: "disability", anyOf: ["l104_art3c1"] }, { disabilities: ["l104_art3c3"] })
        .outcome,
    ).toBe("ok");
    // Not the other way round.
    expect(
      evaluate({ type: "disability", anyOf: ["l104_art3c3"] }, { disabilities: ["l104_art3c1"] })
        .outcome,
    ).toBe("ko");
    expect(
      evaluate(
        { type: "disability", anyOf: ["invalidita_100"] },
        { disabilities: ["invalidita_75"] },
      ).outcome,
    ).toBe("ko");
  });

  it("SINA codes 1–8 map to the conditions and back", () => {
    expect(Object.values(SINA_DISABILITY_CODES).sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [code, n] of Object.entries(SINA_DISABILITY_CODES))
      expect(disabilityFromSina(n)).toBe(code);
    expect(disabilityFromSina(9)).toBeNull();
    expect(DISABILITY_CODES).toContain("indennita_accompagnamento");
  });
});

describe("at_home, not_receiving and declaration rules", () => {
  it("at_home: ok / ko / check", () => {
    expect(evaluate({ type: "at_home" }, { livesAtHome: true }).outcome).toBe("ok");
    expect(evaluate({ type: "at_home" }, { livesAtHome: false }).outcome).toBe("ko");
    expect(evaluate({ type: "at_home" }, { livesAtHome: null }).outcome).toBe("check");
  });

  it("not_receiving: ko when a listed measure is active, naming it", () => {
    const rule: EligibilityRule = { type: "not_receiving", measureIds: [B1] };
    expect(evaluate(rule, { activeMeasureIds: [B2] }).outcome).toBe("ok");
    const result = evaluateEligibility(
      [rule],
      applicant({ activeMeasureIds: [B1] }),
      APPLICATION_DATE,
      {
        measures: { [B1]: "Misura B1" },
      },
    );
    expect(result.lines[0]).toMatchObject({
      found: "Già beneficiario di: Misura B1",
      outcome: "ko",
    });
  });

  it("declaration: ticked ok, not ticked ko, not asked check", () => {
    expect(evaluate({ ...DECLARATION }, { declarations: { veridicita: true } }).outcome).toBe("ok");
    expect(evaluate({ ...DECLARATION }, { declarations: { veridicita: false } }).outcome).toBe(
      "ko",
    );
    const missing = evaluate({ ...DECLARATION }, { declarations: {} });
    expect(missing.outcome).toBe("check");
    expect(missing.found).toBe("Non richiesta nella domanda");
  });
});

describe("overall outcome and purity", () => {
  it("any ko → not eligible, else any check → manual check, else eligible", () => {
    expect(overallOutcome([])).toBe("eligible");
    expect(overallOutcome([{ outcome: "ok" }, { outcome: "check" }])).toBe("manual_check");
    expect(overallOutcome([{ outcome: "check" }, { outcome: "ko" }, { outcome: "ok" }])).toBe(
      "not_eligible",
    );
    expect(evaluateEligibility([], ADULT, APPLICATION_DATE)).toEqual({
      outcome: "eligible",
      lines: [],
    });
  });

  it("a ko outweighs a check", () => {
    const result = evaluateEligibility(
      B2_RULES,
      applicant({ livesAtHome: false, disabilities: null }),
      APPLICATION_DATE,
    );
    expect(result.outcome).toBe("not_eligible");
  });

  it("is deterministic and leaves its inputs alone", () => {
    const rules = structuredClone(B2_RULES);
    const person = structuredClone(ADULT);
    const frozen = Object.freeze(person);
    const a = evaluateEligibility(Object.freeze(rules), frozen, APPLICATION_DATE);
    const b = evaluateEligibility(rules, frozen, APPLICATION_DATE);
    expect(a).toEqual(b);
    expect(rules).toEqual(B2_RULES);
    expect(person).toEqual(ADULT);
  });

  it("refuses impossible dates", () => {
    expect(() => evaluateEligibility(B2_RULES, ADULT, "2026-02-30")).toThrow(RangeError);
    expect(() => evaluateEligibility(B2_RULES, ADULT, "02/03/2026")).toThrow(RangeError);
    expect(() =>
      evaluateEligibility([{ type: "age", min: 1, on: "2026-13-01" }], ADULT, APPLICATION_DATE),
    ).toThrow(RangeError);
  });
});

describe("helpers", () => {
  it("isIsoDate knows the calendar", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2026-04-31")).toBe(false);
    expect(isIsoDate("2026-4-1")).toBe(false);
  });

  it("ageInYears counts whole years; a 29 February birthday comes on 1 March", () => {
    expect(ageInYears("2000-02-29", "2018-02-28")).toBe(17);
    expect(ageInYears("2000-02-29", "2018-03-01")).toBe(18);
    expect(ageInYears("1940-05-10", "2026-05-09")).toBe(85);
    expect(ageInYears("1940-05-10", "2026-05-10")).toBe(86);
  });

  it("formatEuro groups thousands and keeps two decimals", () => {
    expect(formatEuro(25_000)).toBe(nb("25.000,00 €"));
    expect(formatEuro(6_531)).toBe(nb("6.531,00 €"));
    expect(formatEuro(1_234_567.891)).toBe(nb("1.234.567,89 €"));
    expect(formatEuro(0.5)).toBe(nb("0,50 €"));
    expect(formatEuro(-3)).toBe(nb("-3,00 €"));
  });
});

describe("EligibilityRulesSchema refuses bad definitions", () => {
  const messages = (input: unknown) => {
    const result = EligibilityRulesSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("accepts a full valid definition", () => {
    expect(
      messages([
        ...B2_RULES.filter((r) => r.type !== "residence"),
        { type: "residence", comuni: [PAVIA, CERTOSA] },
        { type: "age", min: 18, max: 64, on: "2026-01-01" },
        { type: "declaration", id: "privacy", text: "Ho letto l'informativa sulla privacy." },
        { type: "not_receiving", measureIds: [B2] },
      ]),
    ).toEqual([]);
  });

  it.each([
    [
      "negative ISEE max",
      [{ type: "isee", kinds: ["sociosanitario"], max: -1 }],
      "0.max",
      "L'ISEE massimo deve essere maggiore di zero.",
    ],
    [
      "ISEE max too high",
      [{ type: "isee", kinds: ["sociosanitario"], max: 250_000 }],
      "0.max",
      nb("L'ISEE massimo non può superare 200.000,00 €."),
    ],
    [
      "no ISEE kind",
      [{ type: "isee", kinds: [], max: 25_000 }],
      "0.kinds",
      "ISEE: indica almeno un tipo di ISEE.",
    ],
    [
      "unknown ISEE kind",
      [{ type: "isee", kinds: ["famiglia"], max: 25_000 }],
      "0.kinds.0",
      "Tipo di ISEE sconosciuto.",
    ],
    [
      "age min > max",
      [{ type: "age", min: 70, max: 18, on: "application" }],
      "0.min",
      "L'età minima non può superare l'età massima.",
    ],
    [
      "age without bounds",
      [{ type: "age", on: "application" }],
      "0.min",
      "Indica l'età minima, la massima o entrambe.",
    ],
    [
      "age on an impossible date",
      [{ type: "age", min: 18, on: "2026-02-30" }],
      "0.on",
      "Data di riferimento dell'età: «application» (data della domanda) o una data valida AAAA-MM-GG.",
    ],
    ["unknown type", [{ type: "reddito", max: 3 }], "0.type", "Tipo di regola sconosciuto."],
    ["not an object", [42], "0", "Ogni regola deve essere un oggetto con un tipo."],
    ["not a list", { type: "isee" }, "", "Le regole di ammissibilità devono essere un elenco."],
    [
      "duplicate isee rule",
      [
        { type: "isee", kinds: ["sociosanitario"], max: 25_000 },
        { type: "isee", kinds: ["ordinario"], max: 40_000 },
      ],
      "1.type",
      "La regola «ISEE» è ripetuta: può comparire una sola volta.",
    ],
    [
      "duplicate declaration id",
      [
        { type: "declaration", id: "a", text: "Uno" },
        { type: "declaration", id: "a", text: "Due" },
      ],
      "1.id",
      "Il codice di dichiarazione «a» è ripetuto.",
    ],
    [
      "empty declaration text",
      [{ type: "declaration", id: "a", text: "   " }],
      "0.text",
      "Scrivi il testo della dichiarazione.",
    ],
    [
      "declaration text too long",
      [{ type: "declaration", id: "a", text: "x".repeat(501) }],
      "0.text",
      "Il testo della dichiarazione ha al massimo 500 caratteri.",
    ],
    [
      "measure id not a uuid",
      [{ type: "not_receiving", measureIds: ["B1"] }],
      "0.measureIds.0",
      "Misura non valida.",
    ],
    [
      "comune id not a uuid",
      [{ type: "residence", comuni: ["Pavia"] }],
      "0.comuni.0",
      "Comune non valido.",
    ],
    [
      "no disability listed",
      [{ type: "disability", anyOf: [] }],
      "0.anyOf",
      "Indica almeno una condizione di disabilità.",
    ],
    [
      "unknown disability",
      [{ type: "disability", anyOf: ["cecita"] }],
      "0.anyOf.0",
      "Condizione di disabilità sconosciuta.",
    ],
    ["unknown field", [{ type: "at_home", since: 2020 }], "0", "Campi non previsti: since."],
    [
      "too many rules",
      Array.from({ length: 31 }, (_, i) => ({
        type: "declaration",
        id: `d${i}`,
        text: "Dichiaro.",
      })),
      "",
      "Al massimo 30 regole di ammissibilità.",
    ],
  ])("%s", (_name, input, path, message) => {
    expect(messages(input)).toContainEqual([path, message]);
  });

  it("declarations and not_receiving may repeat", () => {
    expect(
      messages([
        { type: "declaration", id: "a", text: "Uno" },
        { type: "declaration", id: "b", text: "Due" },
        { type: "not_receiving", measureIds: [B1] },
        { type: "not_receiving", measureIds: [B2] },
      ]),
    ).toEqual([]);
  });
});
