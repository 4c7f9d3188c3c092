import {
  DISABILITY_CODES,
  type DisabilityCode,
  ISEE_KINDS,
  type IseeKind,
} from "@/lib/domain/eligibility";
import type { SelfCheckAnswers } from "@/lib/domain/self-check";

export type SelfCheckField = "comune" | "age" | "iseeValue" | "disability" | "atHome";

/** What the form sent back, to fill it again (never stored). */
export type SelfCheckValues = Record<string, string | string[]>;

const OUTSIDE = "altro";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function tristate(v: string): boolean | null | undefined {
  return v === "si" ? true : v === "no" ? false : v === "non_so" ? null : undefined;
}

/**
 * Reads the self-check form: the answers, or the fields in error. Unknown values are errors
 * or ignored, never passed on to the engine.
 */
export function parseSelfCheckForm(
  form: FormData,
  comuneIds: readonly string[],
): { ok: true; answers: SelfCheckAnswers } | { ok: false; errors: SelfCheckField[] } {
  const one = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v.trim() : "";
  };
  const many = (k: string) => form.getAll(k).filter((v): v is string => typeof v === "string");
  const errors: SelfCheckField[] = [];

  const comune = one("comune");
  if (comune !== OUTSIDE && !comuneIds.includes(comune)) errors.push("comune");
  const ageText = one("eta");
  const age = /^\d{1,3}$/.test(ageText) ? Number(ageText) : Number.NaN;
  if (!(age >= 0 && age <= 120)) errors.push("age");

  const kind = one("iseeTipo");
  let isee: SelfCheckAnswers["isee"] = null;
  if ((ISEE_KINDS as readonly string[]).includes(kind)) {
    const value = Number(one("iseeValore").replace(/\./g, "").replace(",", "."));
    if (one("iseeValore") === "" || !Number.isFinite(value) || value < 0 || value > 200_000)
      errors.push("iseeValue");
    else isee = { kind: kind as IseeKind, value };
  }

  const disability = tristate(one("disabilita"));
  if (disability === undefined) errors.push("disability");
  const codes = many("condizioni").filter((c): c is DisabilityCode =>
    (DISABILITY_CODES as readonly string[]).includes(c),
  );
  const atHome = tristate(one("domicilio"));
  if (atHome === undefined) errors.push("atHome");

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    answers: {
      comuneId: comune === OUTSIDE ? null : comune,
      age,
      isee,
      // "Yes" without a ticked condition is not known well enough to say no: the engine checks.
      disabilities:
        disability === true ? (codes.length ? codes : null) : disability === false ? [] : null,
      livesAtHome: atHome ?? null,
      receiving: many("misure").filter((m) => UUID.test(m)),
      declarations: many("dichiarazioni").filter((d) => d.length <= 64),
    },
  };
}

export const SELF_CHECK_OUTSIDE = OUTSIDE;
