import { describe, expect, it } from "vitest";
import { ScoringRulesSchema } from "@/lib/validation/bando-rules";
import {
  allocate,
  type RankableApplication,
  rankApplications,
  type ScoringFacts,
  type ScoringRule,
  scoreApplication,
} from "./scoring";

const nb = (text: string) => text.replace(/ €/g, "\u00a0€");

/** A graduatoria as domain.md §4 describes it: ISEE bands, household, disability, alone, age, assessment. */
const RULES: ScoringRule[] = [
  {
    type: "isee_band",
    bands: [
      { upTo: 10_000, points: 30 },
      { upTo: 15_000, points: 20 },
      { upTo: 25_000, points: 10 },
    ],
  },
  { type: "household", perMember: 2, max: 8 },
  {
    type: "disability",
    points: { invalidita_75: 5, l104_art3c3: 15, invalidita_100_accompagnamento: 20 },
  },
  { type: "lives_alone", points: 10 },
  {
    type: "age",
    bands: [
      { from: 65, points: 5 },
      { from: 80, points: 10 },
    ],
  },
  { type: "assessment", max: 20 },
];

const FACTS: ScoringFacts = {
  iseeValue: 12_000,
  householdSize: 2,
  disabilities: ["l104_art3c3"],
  livesAlone: false,
  age: 82,
  assessment: 14,
};

const score = (rule: ScoringRule, patch: Partial<ScoringFacts> = {}) => {
  const line = scoreApplication([rule], { ...FACTS, ...patch }).lines[0];
  if (!line) throw new Error("no line");
  return line;
};

describe("scoreApplication", () => {
  it("adds up one line per rule", () => {
    const result = scoreApplication(RULES, FACTS);
    expect(result.lines.map((l) => [l.type, l.points])).toEqual([
      ["isee_band", 20],
      ["household", 4],
      ["disability", 15],
      ["lives_alone", 0],
      ["age", 10],
      ["assessment", 14],
    ]);
    expect(result.total).toBe(63);
  });

  it("isee_band: the first band that holds the ISEE, bounds inclusive; none above, none without ISEE", () => {
    const rule = RULES[0] as ScoringRule;
    expect(score(rule, { iseeValue: 0 }).points).toBe(30);
    expect(score(rule, { iseeValue: 10_000 }).points).toBe(30);
    expect(score(rule, { iseeValue: 10_000.01 }).points).toBe(20);
    expect(score(rule, { iseeValue: 25_000 }).points).toBe(10);
    const above = score(rule, { iseeValue: 25_000.01 });
    expect(above.points).toBe(0);
    expect(above.found).toBe(nb("ISEE 25.000,01 €, oltre l'ultima fascia"));
    expect(score(rule, { iseeValue: null })).toMatchObject({
      points: 0,
      found: "ISEE non presentato",
    });
    expect(score(rule).rule).toBe(
      nb(
        "Fasce ISEE: fino a 10.000,00 € 30 punti; fino a 15.000,00 € 20 punti; fino a 25.000,00 € 10 punti",
      ),
    );
  });

  it("isee_band: bands listed out of order are read in order", () => {
    const rule: ScoringRule = {
      type: "isee_band",
      bands: [
        { upTo: 20_000, points: 5 },
        { upTo: 8_000, points: 12 },
      ],
    };
    expect(score(rule, { iseeValue: 7_000 }).points).toBe(12);
  });

  it("household: per member, capped; unknown scores 0", () => {
    const rule = RULES[1] as ScoringRule;
    expect(score(rule, { householdSize: 1 })).toMatchObject({ points: 2, found: "1 componente" });
    expect(score(rule, { householdSize: 3 }).points).toBe(6);
    expect(score(rule, { householdSize: 6 }).points).toBe(8);
    expect(score({ type: "household", perMember: 1.5 }, { householdSize: 6 }).points).toBe(9);
    expect(score(rule, { householdSize: null }).points).toBe(0);
  });

  it("disability: the highest of the conditions met, implied ones included", () => {
    const rule = RULES[2] as ScoringRule;
    expect(score(rule, { disabilities: ["invalidita_75", "l104_art3c3"] }).points).toBe(15);
    expect(score(rule, { disabilities: ["invalidita_100_accompagnamento"] }).points).toBe(20);
    expect(score(rule, { disabilities: ["invalidita_100"] }).points).toBe(5); // ≥ 75%
    expect(score(rule, { disabilities: ["npi"] }).points).toBe(0);
    expect(score(rule, { disabilities: [] }).points).toBe(0);
    expect(score(rule, { disabilities: null })).toMatchObject({
      points: 0,
      found: "Condizione di disabilità non nota",
    });
  });

  it("lives_alone: points only when known to live alone", () => {
    const rule = RULES[3] as ScoringRule;
    expect(score(rule, { livesAlone: true }).points).toBe(10);
    expect(score(rule, { livesAlone: false }).points).toBe(0);
    expect(score(rule, { livesAlone: null }).points).toBe(0);
  });

  it("age: the band with the highest start not above the age", () => {
    const rule = RULES[4] as ScoringRule;
    expect(score(rule, { age: 64 }).points).toBe(0);
    expect(score(rule, { age: 65 }).points).toBe(5);
    expect(score(rule, { age: 79 }).points).toBe(5);
    expect(score(rule, { age: 80 })).toMatchObject({ points: 10, found: "80 anni" });
    expect(score(rule, { age: null }).points).toBe(0);
  });

  it("assessment: 0..max, clamped, and says so", () => {
    const rule = RULES[5] as ScoringRule;
    expect(score(rule, { assessment: 0 }).points).toBe(0);
    expect(score(rule, { assessment: 12.5 })).toMatchObject({ points: 12.5, found: "12,5 punti" });
    expect(score(rule, { assessment: 25 })).toMatchObject({
      points: 20,
      found: "25 punti (ricondotta a 20 punti)",
    });
    expect(score(rule, { assessment: -3 }).points).toBe(0);
    expect(score(rule, { assessment: null })).toMatchObject({
      points: 0,
      found: "Valutazione non espressa",
    });
  });

  it("fractional points sum without floating-point noise", () => {
    const rules: ScoringRule[] = [
      { type: "lives_alone", points: 0.1 },
      { type: "assessment", max: 10 },
    ];
    expect(scoreApplication(rules, { ...FACTS, livesAlone: true, assessment: 0.2 }).total).toBe(
      0.3,
    );
  });
});

describe("rankApplications", () => {
  const app = (
    id: string,
    score: number,
    iseeValue: number | null,
    protocolSeq: number,
  ): RankableApplication => ({
    id,
    score,
    iseeValue,
    protocolSeq,
  });

  it("higher score first; ties by lower ISEE, no ISEE last, then earlier protocol", () => {
    const apps = [
      app("a", 50, 9_000, 1),
      app("b", 70, 20_000, 2),
      app("c", 50, 8_000, 3),
      app("d", 50, null, 4),
      app("e", 50, 8_000, 2),
      app("f", 90, null, 9),
      app("g", 50, null, 1),
    ];
    expect(rankApplications(apps).map((a) => a.id)).toEqual(["f", "b", "e", "c", "a", "g", "d"]);
  });

  it("returns a new array, keeps extra fields, and does not depend on input order", () => {
    const apps = [
      { ...app("x", 10, 1_000, 5), name: "X" },
      { ...app("y", 10, 1_000, 5), name: "Y" },
      { ...app("z", 20, 1_000, 7), name: "Z" },
    ];
    const ranked = rankApplications(apps);
    expect(ranked).not.toBe(apps);
    expect(apps.map((a) => a.id)).toEqual(["x", "y", "z"]);
    expect(ranked.map((a) => a.name)).toEqual(["Z", "X", "Y"]);
    expect(rankApplications([...apps].reverse()).map((a) => a.id)).toEqual(["z", "x", "y"]);
  });
});

describe("allocate", () => {
  const ranked = [
    { id: "1", cents: 40_000 },
    { id: "2", cents: 30_000 },
    { id: "3", cents: 50_000 },
    { id: "4", cents: 10_000 },
  ];
  const amount = (a: { cents: number }) => a.cents;

  it("approves in order and stops at the first that does not fit, even if a later one would", () => {
    expect(allocate(ranked, 100_000, amount)).toEqual({
      approved: ["1", "2"],
      waiting: ["3", "4"],
      remainingCents: 30_000,
    });
  });

  it("an exact fit is approved", () => {
    expect(allocate(ranked, 120_000, amount)).toEqual({
      approved: ["1", "2", "3"],
      waiting: ["4"],
      remainingCents: 0,
    });
    expect(allocate(ranked, 130_000, amount).waiting).toEqual([]);
  });

  it("no budget: everyone waits; no applications: nothing to do", () => {
    expect(allocate(ranked, 0, amount).approved).toEqual([]);
    expect(allocate([], 5_000, amount)).toEqual({
      approved: [],
      waiting: [],
      remainingCents: 5_000,
    });
  });

  it("works on a ranking", () => {
    const apps = [
      { id: "low", score: 10, iseeValue: 5_000, protocolSeq: 1 },
      { id: "high", score: 30, iseeValue: 15_000, protocolSeq: 2 },
    ];
    expect(allocate(rankApplications(apps), 40_000, () => 40_000)).toEqual({
      approved: ["high"],
      waiting: ["low"],
      remainingCents: 0,
    });
  });

  it("refuses amounts that are not whole cents", () => {
    expect(() => allocate(ranked, 100.5, amount)).toThrow(RangeError);
    expect(() => allocate(ranked, -1, amount)).toThrow(RangeError);
    expect(() => allocate(ranked, 100_000, () => 12.34)).toThrow(RangeError);
  });
});

describe("ScoringRulesSchema refuses bad definitions", () => {
  const messages = (input: unknown) => {
    const result = ScoringRulesSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
  };

  it("accepts the example graduatoria", () => {
    expect(messages(RULES)).toEqual([]);
  });

  it.each([
    [
      "negative points",
      [{ type: "lives_alone", points: -5 }],
      "0.points",
      "Vive solo: i punti non possono essere negativi.",
    ],
    [
      "ISEE bands not increasing",
      [
        {
          type: "isee_band",
          bands: [
            { upTo: 20_000, points: 5 },
            { upTo: 10_000, points: 10 },
          ],
        },
      ],
      "0.bands",
      "Le fasce ISEE vanno elencate con soglie crescenti e diverse.",
    ],
    [
      "no ISEE band",
      [{ type: "isee_band", bands: [] }],
      "0.bands",
      "Indica almeno una fascia ISEE.",
    ],
    [
      "age bands repeated",
      [
        {
          type: "age",
          bands: [
            { from: 65, points: 5 },
            { from: 65, points: 10 },
          ],
        },
      ],
      "0.bands",
      "Le fasce d'età vanno elencate con età crescenti e diverse.",
    ],
    [
      "unknown disability",
      [{ type: "disability", points: { cecita: 5 } }],
      "0.points",
      "Condizione di disabilità sconosciuta: cecita.",
    ],
    [
      "no disability points",
      [{ type: "disability", points: {} }],
      "0.points",
      "Indica i punti di almeno una condizione di disabilità.",
    ],
    [
      "assessment max 0",
      [{ type: "assessment", max: 0 }],
      "0.max",
      "Valutazione dell'assistente sociale: il massimo deve essere maggiore di zero.",
    ],
    [
      "unknown type",
      [{ type: "reddito", points: 3 }],
      "0.type",
      "Tipo di criterio di punteggio sconosciuto.",
    ],
    [
      "duplicate criterion",
      [
        { type: "lives_alone", points: 5 },
        { type: "lives_alone", points: 10 },
      ],
      "1.type",
      "Il criterio «Vive solo» è ripetuto: può comparire una sola volta.",
    ],
  ])("%s", (_name, input, path, message) => {
    expect(messages(input)).toContainEqual([path, message]);
  });
});
