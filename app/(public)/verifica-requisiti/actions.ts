"use server";

import { db } from "@/db/client";
import { getPortalCatalogue } from "@/lib/data/portal";
import { romeDate } from "@/lib/domain/dates";
import { portalAmbito } from "@/lib/portal/cached";
import type { Locale } from "@/lib/portal/routes";
import { type SelfCheckBandoResult, selfCheckResults } from "@/lib/portal/self-check-result";
import {
  parseSelfCheckForm,
  type SelfCheckField,
  type SelfCheckValues,
} from "@/lib/validation/self-check";

export type SelfCheckState =
  | { status: "idle" }
  | { status: "invalid"; errors: SelfCheckField[]; values: SelfCheckValues }
  | { status: "done"; results: SelfCheckBandoResult[]; values: SelfCheckValues };

function echo(form: FormData): SelfCheckValues {
  const out: SelfCheckValues = {};
  for (const key of ["comune", "eta", "iseeTipo", "iseeValore", "disabilita", "domicilio"]) {
    const v = form.get(key);
    if (typeof v === "string") out[key] = v.slice(0, 40);
  }
  for (const key of ["condizioni", "misure", "dichiarazioni"]) {
    out[key] = form
      .getAll(key)
      .filter((v): v is string => typeof v === "string")
      .slice(0, 50);
  }
  return out;
}

/**
 * The public self-check: the answers go through the eligibility engine against the bandi open
 * today, read fresh from the database. Nothing is stored or logged; the answers come back only
 * to fill the form again. Works as a plain form POST without JavaScript.
 */
export async function selfCheckAction(
  locale: Locale,
  _prev: SelfCheckState,
  form: FormData,
): Promise<SelfCheckState> {
  // Anyone may post to a public action, with anything: only a form is read.
  if (!(form instanceof FormData)) return { status: "idle" };
  const lang: Locale = locale === "en" ? "en" : "it";
  const ambito = await portalAmbito();
  const today = romeDate(new Date());
  const catalogue = await getPortalCatalogue(db(), ambito.id, today);
  const values = echo(form);
  const parsed = parseSelfCheckForm(form, catalogue.comuneIds);
  if (!parsed.ok) return { status: "invalid", errors: parsed.errors, values };
  return {
    status: "done",
    results: selfCheckResults(catalogue, parsed.answers, today, lang),
    values,
  };
}
