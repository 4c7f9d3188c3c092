import { z } from "zod";
import type { Area } from "@/lib/domain/areas";
import type { ImportoFascia } from "@/lib/domain/bando-amounts";
import type { CopaymentParams } from "@/lib/domain/copayment";
import {
  DISABILITY_CODES,
  type DisabilityCode,
  type EligibilityRule,
  type IseeKind,
} from "@/lib/domain/eligibility";
import type { ScoringRule } from "@/lib/domain/scoring";
import { BandoCreateSchema, bandoConsistencyIssues } from "./bando";

/**
 * The bando form: rules edited field by field (checkboxes, numbers, lists), not as JSON.
 * Numbers are kept as the text of their inputs. `bandoInputFromForm` turns the form into the
 * API's input, and knows, for each rule, which part of the form it came from, so that the
 * API schema's messages land on the right field (`bandoFormSchema`, for the zod resolver).
 */

type Toggle<T> = { enabled: boolean } & T;

export type BandoFormValues = {
  measureId: string;
  titolo: string;
  periodoInizio: string;
  periodoFine: string;
  apertura: string;
  chiusura: string;
  modalita: "ordine_arrivo" | "graduatoria";
  termineGiorni: string;
  responsabileId: string;
  amounts: {
    kind: "unico" | "fasce" | "nessuno";
    importoMensile: string;
    tiers: { iseeFino: string; importoMensile: string }[];
    mesi: string;
    oreMensili: string;
  };
  /** `impegnato` is shown, never sent. */
  budget: { id: string; comuneId: string; area: string; stanziato: string; impegnato: string }[];
  eligibility: {
    isee: Toggle<{
      kinds: IseeKind[];
      max: string;
      minors: boolean;
      minorsKinds: IseeKind[];
      minorsMax: string;
    }>;
    isee_valid: Toggle<object>;
    residence: Toggle<{ listed: boolean; comuni: string[] }>;
    age: Toggle<{ min: string; max: string; on: "application" | "date"; onDate: string }>;
    disability: Toggle<{ anyOf: DisabilityCode[] }>;
    at_home: Toggle<object>;
    not_receiving: Toggle<{ measureIds: string[] }>;
    declarations: { id: string; text: string }[];
  };
  scoring: {
    isee_band: Toggle<{ bands: { upTo: string; points: string }[] }>;
    household: Toggle<{ perMember: string; max: string }>;
    disability: Toggle<{ points: Record<DisabilityCode, string> }>;
    lives_alone: Toggle<{ points: string }>;
    age: Toggle<{ bands: { from: string; points: string }[] }>;
    assessment: Toggle<{ max: string }>;
  };
  copayment: Toggle<{
    iseeMin: string;
    iseeMax: string;
    tMin: string;
    tMax: string;
    exemptBelowMin: boolean;
  }>;
};

const noDisabilityPoints = () =>
  Object.fromEntries(DISABILITY_CODES.map((c) => [c, ""])) as Record<DisabilityCode, string>;

/** A new bando's form: 30 days' term, one general budget line, the ISEE valid on the date. */
export function emptyBandoForm(): BandoFormValues {
  return {
    measureId: "",
    titolo: "",
    periodoInizio: "",
    periodoFine: "",
    apertura: "",
    chiusura: "",
    modalita: "ordine_arrivo",
    termineGiorni: "30",
    responsabileId: "",
    amounts: { kind: "unico", importoMensile: "", tiers: [], mesi: "", oreMensili: "" },
    budget: [{ id: "", comuneId: "", area: "", stanziato: "", impegnato: "0" }],
    eligibility: {
      isee: {
        enabled: false,
        kinds: [],
        max: "",
        minors: false,
        minorsKinds: [],
        minorsMax: "",
      },
      isee_valid: { enabled: false },
      residence: { enabled: true, listed: false, comuni: [] },
      age: { enabled: false, min: "", max: "", on: "application", onDate: "" },
      disability: { enabled: false, anyOf: [] },
      at_home: { enabled: false },
      not_receiving: { enabled: false, measureIds: [] },
      declarations: [],
    },
    scoring: {
      isee_band: { enabled: false, bands: [] },
      household: { enabled: false, perMember: "", max: "" },
      disability: { enabled: false, points: noDisabilityPoints() },
      lives_alone: { enabled: false, points: "" },
      age: { enabled: false, bands: [] },
      assessment: { enabled: false, max: "" },
    },
    copayment: {
      enabled: false,
      iseeMin: "",
      iseeMax: "",
      tMin: "",
      tMax: "",
      exemptBelowMin: false,
    },
  };
}

const text = (n: number | null | undefined) => (n == null ? "" : String(n));

/** A stored bando, as the form shows it for editing. */
export function bandoFormFromBando(b: {
  measureId: string;
  titolo: string;
  periodoInizio: string;
  periodoFine: string;
  apertura: string;
  chiusura: string;
  modalita: "ordine_arrivo" | "graduatoria";
  termineGiorni: number;
  responsabileId: string | null;
  importoMensile: string | null;
  importiFasce: unknown;
  mesi: number | null;
  oreMensili: string | null;
  regoleAmmissione: unknown;
  regolePunteggio: unknown;
  compartecipazione: unknown;
  budget: {
    id: string;
    comuneId: string | null;
    area: Area | null;
    stanziato: string;
    impegnato: string;
  }[];
}): BandoFormValues {
  const v = emptyBandoForm();
  const tiers = (b.importiFasce as ImportoFascia[] | null) ?? [];
  Object.assign(v, {
    measureId: b.measureId,
    titolo: b.titolo,
    periodoInizio: b.periodoInizio,
    periodoFine: b.periodoFine,
    apertura: b.apertura,
    chiusura: b.chiusura,
    modalita: b.modalita,
    termineGiorni: String(b.termineGiorni),
    responsabileId: b.responsabileId ?? "",
  });
  v.amounts = {
    kind: tiers.length ? "fasce" : b.importoMensile != null ? "unico" : "nessuno",
    importoMensile: b.importoMensile == null ? "" : String(Number(b.importoMensile)),
    tiers: tiers.map((t) => ({
      iseeFino: String(t.iseeFino),
      importoMensile: String(t.importoMensile),
    })),
    mesi: text(b.mesi),
    oreMensili: b.oreMensili == null ? "" : String(Number(b.oreMensili)),
  };
  // The bando's general line first, as the form starts with it.
  const general = (l: { comuneId: string | null; area: string | null }) =>
    l.comuneId === null && l.area === null ? 0 : 1;
  v.budget = [...b.budget]
    .sort((x, y) => general(x) - general(y))
    .map((l) => ({
      id: l.id,
      comuneId: l.comuneId ?? "",
      area: l.area ?? "",
      stanziato: String(Number(l.stanziato)),
      impegnato: l.impegnato,
    }));
  const e = v.eligibility;
  e.residence.enabled = false;
  for (const rule of (b.regoleAmmissione as EligibilityRule[]) ?? []) {
    switch (rule.type) {
      case "isee":
        e.isee = {
          enabled: true,
          kinds: rule.kinds,
          max: String(rule.max),
          minors: rule.minorsKinds !== undefined || rule.minorsMax !== undefined,
          minorsKinds: rule.minorsKinds ?? [],
          minorsMax: text(rule.minorsMax),
        };
        break;
      case "isee_valid":
        e.isee_valid = { enabled: true };
        break;
      case "residence":
        e.residence = {
          enabled: true,
          listed: rule.comuni !== undefined,
          comuni: rule.comuni ?? [],
        };
        break;
      case "age":
        e.age = {
          enabled: true,
          min: text(rule.min),
          max: text(rule.max),
          on: rule.on === "application" ? "application" : "date",
          onDate: rule.on === "application" ? "" : rule.on,
        };
        break;
      case "disability":
        e.disability = { enabled: true, anyOf: rule.anyOf };
        break;
      case "at_home":
        e.at_home = { enabled: true };
        break;
      case "not_receiving":
        e.not_receiving = {
          enabled: true,
          measureIds: [...new Set([...e.not_receiving.measureIds, ...rule.measureIds])],
        };
        break;
      case "declaration":
        e.declarations.push({ id: rule.id, text: rule.text });
        break;
    }
  }
  const s = v.scoring;
  for (const rule of (b.regolePunteggio as ScoringRule[]) ?? []) {
    switch (rule.type) {
      case "isee_band":
        s.isee_band = {
          enabled: true,
          bands: rule.bands.map((x) => ({ upTo: String(x.upTo), points: String(x.points) })),
        };
        break;
      case "household":
        s.household = { enabled: true, perMember: String(rule.perMember), max: text(rule.max) };
        break;
      case "disability": {
        const points = noDisabilityPoints();
        for (const c of DISABILITY_CODES) points[c] = text(rule.points[c]);
        s.disability = { enabled: true, points };
        break;
      }
      case "lives_alone":
        s.lives_alone = { enabled: true, points: String(rule.points) };
        break;
      case "age":
        s.age = {
          enabled: true,
          bands: rule.bands.map((x) => ({ from: String(x.from), points: String(x.points) })),
        };
        break;
      case "assessment":
        s.assessment = { enabled: true, max: String(rule.max) };
        break;
    }
  }
  const c = b.compartecipazione as CopaymentParams | null;
  if (c)
    v.copayment = {
      enabled: true,
      iseeMin: String(c.iseeMin),
      iseeMax: String(c.iseeMax),
      tMin: String(c.tMin),
      tMax: String(c.tMax),
      exemptBelowMin: c.exemptBelowMin ?? false,
    };
  return v;
}

/** The text of a number input: empty is absent; anything else a number (NaN is refused). */
function num(value: string): number | undefined {
  const s = value.trim();
  if (s === "") return undefined;
  return Number(s.replace(",", "."));
}

type Path = (string | number)[];

/** The API input, and where in the form each rule came from. */
export function bandoInputFromForm(v: BandoFormValues, mode: "create" | "update") {
  const eligibilityFrom: Path[] = [];
  const regoleAmmissione: Record<string, unknown>[] = [];
  const addRule = (from: Path, rule: Record<string, unknown>) => {
    eligibilityFrom.push(from);
    regoleAmmissione.push(rule);
  };
  const e = v.eligibility;
  if (e.isee.enabled)
    addRule(["eligibility", "isee"], {
      type: "isee",
      kinds: e.isee.kinds,
      max: num(e.isee.max),
      ...(e.isee.minors
        ? { minorsKinds: e.isee.minorsKinds, minorsMax: num(e.isee.minorsMax) }
        : {}),
    });
  if (e.isee_valid.enabled) addRule(["eligibility", "isee_valid"], { type: "isee_valid" });
  if (e.residence.enabled)
    addRule(["eligibility", "residence"], {
      type: "residence",
      ...(e.residence.listed ? { comuni: e.residence.comuni } : {}),
    });
  if (e.age.enabled)
    addRule(["eligibility", "age"], {
      type: "age",
      min: num(e.age.min),
      max: num(e.age.max),
      on: e.age.on === "application" ? "application" : e.age.onDate,
    });
  if (e.disability.enabled)
    addRule(["eligibility", "disability"], { type: "disability", anyOf: e.disability.anyOf });
  if (e.at_home.enabled) addRule(["eligibility", "at_home"], { type: "at_home" });
  if (e.not_receiving.enabled)
    addRule(["eligibility", "not_receiving"], {
      type: "not_receiving",
      measureIds: e.not_receiving.measureIds,
    });
  e.declarations.forEach((d, i) => {
    addRule(["eligibility", "declarations", i], { type: "declaration", id: d.id, text: d.text });
  });

  const scoringFrom: Path[] = [];
  const regolePunteggio: Record<string, unknown>[] = [];
  const addScore = (key: keyof BandoFormValues["scoring"], rule: Record<string, unknown>) => {
    scoringFrom.push(["scoring", key]);
    regolePunteggio.push({ type: key, ...rule });
  };
  const s = v.scoring;
  if (s.isee_band.enabled)
    addScore("isee_band", {
      bands: s.isee_band.bands.map((b) => ({ upTo: num(b.upTo), points: num(b.points) })),
    });
  if (s.household.enabled)
    addScore("household", { perMember: num(s.household.perMember), max: num(s.household.max) });
  if (s.disability.enabled)
    addScore("disability", {
      points: Object.fromEntries(
        DISABILITY_CODES.flatMap((c) => {
          const p = num(s.disability.points[c] ?? "");
          return p === undefined ? [] : [[c, p]];
        }),
      ),
    });
  if (s.lives_alone.enabled) addScore("lives_alone", { points: num(s.lives_alone.points) });
  if (s.age.enabled)
    addScore("age", {
      bands: s.age.bands.map((b) => ({ from: num(b.from), points: num(b.points) })),
    });
  if (s.assessment.enabled) addScore("assessment", { max: num(s.assessment.max) });

  const a = v.amounts;
  const c = v.copayment;
  const input = {
    measureId: v.measureId,
    titolo: v.titolo,
    periodoInizio: v.periodoInizio,
    periodoFine: v.periodoFine,
    apertura: v.apertura,
    chiusura: v.chiusura,
    modalita: v.modalita,
    termineGiorni: num(v.termineGiorni) ?? 30,
    responsabileId: v.responsabileId || null,
    importoMensile: a.kind === "unico" ? num(a.importoMensile) : null,
    importiFasce:
      a.kind === "fasce"
        ? a.tiers.map((t) => ({ iseeFino: num(t.iseeFino), importoMensile: num(t.importoMensile) }))
        : null,
    mesi: num(a.mesi) ?? null,
    oreMensili: num(a.oreMensili) ?? null,
    budget: v.budget.map((l) => ({
      ...(mode === "update" && l.id ? { id: l.id } : {}),
      comuneId: l.comuneId || null,
      area: l.area || null,
      stanziato: num(l.stanziato),
    })),
    regoleAmmissione,
    regolePunteggio,
    compartecipazione: c.enabled
      ? {
          iseeMin: num(c.iseeMin),
          iseeMax: num(c.iseeMax),
          tMin: num(c.tMin),
          tMax: num(c.tMax),
          ...(c.exemptBelowMin ? { exemptBelowMin: true } : {}),
        }
      : null,
  };

  /** The form field of an API path (of the schema's issues, or of the server's field errors). */
  const formPathOf = (path: readonly PropertyKey[]): Path => {
    const [head, index, ...rest] = path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const tail = (from: Path | undefined, root: Path) =>
      from === undefined ? root : [...from, ...rest.map(ruleField)];
    switch (head) {
      case "regoleAmmissione":
        return typeof index === "number"
          ? tail(eligibilityFrom[index], ["eligibility"])
          : ["eligibility"];
      case "regolePunteggio":
        return typeof index === "number" ? tail(scoringFrom[index], ["scoring"]) : ["scoring"];
      case "importoMensile":
      case "mesi":
      case "oreMensili":
        return ["amounts", head];
      case "importiFasce":
        return ["amounts", "tiers", ...(index === undefined ? [] : [index, ...rest])];
      case "compartecipazione":
        return ["copayment", ...(index === undefined ? [] : [index, ...rest])];
      case undefined:
        return [];
      default:
        return [head, ...(index === undefined ? [] : [index, ...rest])];
    }
  };
  return { input, formPathOf };
}

// The form's name of a rule's field, where the two differ.
const ruleField = (p: string | number) => (p === "on" ? "onDate" : p);

/**
 * Where a message goes in the form's errors: on the field, or, for a list or a group of
 * fields (the budget, a set of checkboxes), on its `root`.
 */
export function errorPathIn(values: BandoFormValues, path: Path): string {
  if (path.length === 0) return "root";
  let node: unknown = values;
  for (const p of path) node = node == null ? undefined : (node as Record<string, unknown>)[p];
  const group = node !== null && typeof node === "object";
  return [...path, ...(group ? ["root"] : [])].join(".");
}

/**
 * The form's schema for the zod resolver: the API's own schema, run on what the form would
 * send, with each message moved to the field it is about. The ids of existing budget lines
 * matter only to the server.
 */
export function bandoFormSchema(mode: "create" | "update") {
  return z.custom<BandoFormValues>().superRefine((values, ctx) => {
    const { input, formPathOf } = bandoInputFromForm(values, mode);
    const result = BandoCreateSchema.safeParse({
      ...input,
      budget: input.budget.map(({ comuneId, area, stanziato }) => ({ comuneId, area, stanziato })),
    });
    const issues: { path: readonly PropertyKey[]; message: string }[] = result.success
      ? []
      : [...result.error.issues];
    // zod skips the checks across fields while a field is wrong: run them anyway, so that
    // every problem shows at once.
    if (!result.success) {
      const taken = new Set(issues.map((i) => String(i.path[0])));
      for (const i of bandoConsistencyIssues(input))
        if (!taken.has(i.path)) issues.push({ path: [i.path], message: i.message });
    }
    if (values.amounts.kind === "unico" && values.amounts.importoMensile.trim() === "")
      issues.push({ path: ["importoMensile"], message: "Inserisci l'importo mensile." });
    for (const issue of issues) {
      const at = errorPathIn(values, formPathOf(issue.path)).split(".");
      ctx.addIssue({ code: "custom", path: at, message: issue.message });
    }
  });
}
