"use client";

import { type ReactNode, useActionState, useEffect, useRef } from "react";
import type { SelfCheckState } from "@/app/(public)/verifica-requisiti/actions";
import { buttonClass } from "@/components/ui/button";
import { DISABILITY_CODES, ISEE_KINDS } from "@/lib/domain/eligibility";
import { portalCopy } from "@/lib/i18n/portal";
import type { Locale } from "@/lib/portal/routes";
import type { SelfCheckField } from "@/lib/validation/self-check";
import { SelfCheckResults } from "./self-check-results";

const control =
  "block w-full max-w-md rounded border border-[#5c6f82] bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";

type Option = { id: string; label: string };

function Fieldset({
  legend,
  children,
  error,
}: {
  legend: string;
  children: ReactNode;
  error?: string;
}) {
  return (
    <fieldset className="space-y-2" aria-invalid={error ? true : undefined}>
      <legend className="font-semibold">{legend}</legend>
      {error ? <p className="text-sm font-semibold text-danger">{error}</p> : null}
      {children}
    </fieldset>
  );
}

function Choice({
  type,
  name,
  value,
  label,
  checked,
  lang,
}: {
  type: "radio" | "checkbox";
  name: string;
  value: string;
  label: string;
  checked: boolean;
  /** The language of a label that comes from the data (Italian) on an English page. */
  lang?: string;
}) {
  return (
    <label className="flex items-start gap-2" lang={lang}>
      <input
        type={type}
        name={name}
        value={value}
        defaultChecked={checked}
        className="mt-1.5 h-4 w-4"
      />
      <span>{label}</span>
    </label>
  );
}

/**
 * The self-check's questions, posted to a server action: without JavaScript the browser posts
 * the form and the page comes back with the result; with it, the result appears in place.
 * The answers travel in the request body only, never in the address.
 */
export function SelfCheckForm({
  locale,
  action,
  comuni,
  measures,
  declarations,
}: {
  locale: Locale;
  action: (prev: SelfCheckState, form: FormData) => Promise<SelfCheckState>;
  comuni: Option[];
  measures: Option[];
  declarations: Option[];
}) {
  const copy = portalCopy(locale);
  const s = copy.selfCheck;
  const labels = copy.portal.labels;
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const resultRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.status !== "idle") resultRef.current?.focus();
  }, [state]);

  const values = state.status === "idle" ? {} : state.values;
  const one = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const has = (k: string, v: string) => Array.isArray(values[k]) && values[k].includes(v);
  const errors = new Set<SelfCheckField>(state.status === "invalid" ? state.errors : []);
  const err = (f: SelfCheckField) => (errors.has(f) ? s.errors[f] : undefined);
  const invalidProps = (f: SelfCheckField) =>
    errors.has(f) ? { "aria-invalid": true, "aria-describedby": `err-${f}` } : {};

  return (
    <>
      <div aria-live="polite">
        {state.status === "invalid" ? (
          <section
            className="mb-6 rounded border-2 border-danger p-4"
            data-testid="self-check-errors"
          >
            <h2 ref={resultRef} tabIndex={-1} className="text-xl font-bold text-danger">
              {s.errorsTitle}
            </h2>
            <ul className="mt-2 list-disc pl-6">
              {[...errors].map((f) => (
                <li key={f}>
                  <a href={`#campo-${f}`} className="text-danger underline">
                    {s.errors[f]}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {state.status === "done" ? (
          <section
            className="mb-10"
            aria-labelledby="risultato"
            data-testid="self-check-result-list"
          >
            <h2
              id="risultato"
              ref={resultRef}
              tabIndex={-1}
              className="mb-3 text-3xl font-bold text-primary-darker"
            >
              {s.resultTitle}
            </h2>
            <SelfCheckResults results={state.results} locale={locale} />
            <p className="mt-2 text-muted">{s.notBinding}</p>
          </section>
        ) : null}
      </div>

      <form action={formAction} className="max-w-3xl space-y-6" data-testid="self-check-form">
        {state.status === "done" ? (
          <h2 className="text-2xl font-bold text-primary-darker">{s.again}</h2>
        ) : null}
        <p className="text-muted">{s.required}</p>
        <div className="space-y-1">
          <label htmlFor="campo-comune" className="block font-semibold">
            {s.comune} <span aria-hidden="true">*</span>
          </label>
          {err("comune") ? (
            <p id="err-comune" className="text-sm font-semibold text-danger">
              {err("comune")}
            </p>
          ) : null}
          <select
            id="campo-comune"
            name="comune"
            required
            defaultValue={one("comune")}
            className={control}
            {...invalidProps("comune")}
          >
            <option value="" disabled>
              —
            </option>
            {comuni.map((co) => (
              <option key={co.id} value={co.id}>
                {co.label}
              </option>
            ))}
            <option value="altro">{s.comuneOther}</option>
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="campo-age" className="block font-semibold">
            {s.age} <span aria-hidden="true">*</span>
          </label>
          {err("age") ? (
            <p id="err-age" className="text-sm font-semibold text-danger">
              {err("age")}
            </p>
          ) : null}
          <input
            id="campo-age"
            name="eta"
            type="number"
            inputMode="numeric"
            min={0}
            max={120}
            required
            defaultValue={one("eta")}
            className={`${control} max-w-32`}
            {...invalidProps("age")}
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="campo-isee-tipo" className="block font-semibold">
            {s.iseeKind}
          </label>
          <p id="isee-hint" className="text-sm text-muted">
            {s.iseeHint}
          </p>
          <select
            id="campo-isee-tipo"
            name="iseeTipo"
            defaultValue={one("iseeTipo")}
            aria-describedby="isee-hint"
            className={control}
          >
            <option value="">{s.iseeNone}</option>
            {ISEE_KINDS.map((k) => (
              <option key={k} value={k}>
                ISEE {labels.iseeKinds[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="campo-iseeValue" className="block font-semibold">
            {s.iseeValue}
          </label>
          {err("iseeValue") ? (
            <p id="err-iseeValue" className="text-sm font-semibold text-danger">
              {err("iseeValue")}
            </p>
          ) : null}
          <input
            id="campo-iseeValue"
            name="iseeValore"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            defaultValue={one("iseeValore")}
            className={`${control} max-w-48`}
            {...invalidProps("iseeValue")}
          />
        </div>
        <div id="campo-disability">
          <Fieldset legend={`${s.disability} *`} error={err("disability")}>
            <div className="flex flex-wrap gap-6">
              {(["si", "no", "non_so"] as const).map((v) => (
                <Choice
                  key={v}
                  type="radio"
                  name="disabilita"
                  value={v}
                  label={v === "si" ? s.yes : v === "no" ? s.no : s.unknown}
                  checked={one("disabilita") === v}
                />
              ))}
            </div>
          </Fieldset>
        </div>
        <Fieldset legend={s.conditions}>
          <div className="grid gap-1 sm:grid-cols-2">
            {DISABILITY_CODES.map((code) => (
              <Choice
                key={code}
                type="checkbox"
                name="condizioni"
                value={code}
                label={labels.disabilities[code]}
                checked={has("condizioni", code)}
              />
            ))}
          </div>
        </Fieldset>
        <div id="campo-atHome">
          <Fieldset legend={`${s.atHome} *`} error={err("atHome")}>
            <div className="flex flex-wrap gap-6">
              {(["si", "no", "non_so"] as const).map((v) => (
                <Choice
                  key={v}
                  type="radio"
                  name="domicilio"
                  value={v}
                  label={v === "si" ? s.yes : v === "no" ? s.no : s.unknown}
                  checked={one("domicilio") === v}
                />
              ))}
            </div>
          </Fieldset>
        </div>
        {measures.length ? (
          <Fieldset legend={s.receiving}>
            {measures.map((m) => (
              <Choice
                key={m.id}
                type="checkbox"
                name="misure"
                value={m.id}
                label={m.label}
                checked={has("misure", m.id)}
              />
            ))}
          </Fieldset>
        ) : null}
        {declarations.length ? (
          <Fieldset legend={s.declarations}>
            {declarations.map((d) => (
              <Choice
                key={d.id}
                type="checkbox"
                name="dichiarazioni"
                value={d.id}
                label={d.label}
                checked={has("dichiarazioni", d.id)}
                lang={locale === "en" ? "it" : undefined}
              />
            ))}
          </Fieldset>
        ) : null}
        <button
          type="submit"
          className={buttonClass()}
          disabled={pending}
          data-testid="self-check-submit"
        >
          {s.submit}
        </button>
      </form>
    </>
  );
}
