"use client";

import { useActionState } from "react";
import type { OfficeFormState } from "@/app/(staff)/portale/actions";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { AdminOffice } from "@/lib/data/portal-admin";
import { OFFICE_DAYS, SLOTS_PER_DAY } from "@/lib/domain/portal-office";
import { portalAdmin } from "@/lib/i18n/it/portal-admin";

const t = { portalAdmin };

const m = t.portalAdmin.offices;
const SLOTS = Array.from({ length: SLOTS_PER_DAY }, (_, i) => i);
const control =
  "block w-full rounded border border-[#5c6f82] bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-danger";

function Text({
  name,
  label,
  value,
  prefix,
  error,
  type = "text",
  required,
}: {
  name: string;
  label: string;
  value: string | number;
  prefix: string;
  error?: string;
  type?: string;
  required?: boolean;
}) {
  const id = `${prefix}-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={control}
      />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/**
 * An office of the Ufficio di Piano and its reception hours: up to two slots a day, Monday to
 * Saturday. A plain form posted to a server action, so it works without JavaScript too.
 */
export function OfficeForm({
  office,
  action,
}: {
  office: AdminOffice | null;
  action: (prev: OfficeFormState, form: FormData) => Promise<OfficeFormState>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const prefix = office ? `sede-${office.id.slice(0, 8)}` : "sede-nuova";
  const fe = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const slotsOf = (day: number) => (office?.orari ?? []).filter((h) => h.giorno === day);
  return (
    <form action={formAction} className="space-y-4" data-testid="office-form">
      <div aria-live="polite">
        {state?.ok ? (
          <Notice tone="success" testId="office-saved">
            {m.saved}
          </Notice>
        ) : null}
        {state && !state.ok ? (
          <Notice tone="error" title={m.notSaved}>
            <p>{state.message}</p>
            {fe.orari ? <p>{fe.orari.join(" ")}</p> : null}
          </Notice>
        ) : null}
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <Text
          name="nome"
          label={m.nome}
          value={office?.nome ?? ""}
          prefix={prefix}
          error={fe.nome?.[0]}
          required
        />
        <Text
          name="indirizzo"
          label={m.indirizzo}
          value={office?.indirizzo ?? ""}
          prefix={prefix}
          error={fe.indirizzo?.[0]}
          required
        />
        <Text
          name="telefono"
          label={m.telefono}
          value={office?.telefono ?? ""}
          prefix={prefix}
          error={fe.telefono?.[0]}
          type="tel"
        />
        <Text
          name="email"
          label={m.email}
          value={office?.email ?? ""}
          prefix={prefix}
          error={fe.email?.[0]}
          type="email"
        />
        <Text
          name="note"
          label={m.note}
          value={office?.note ?? ""}
          prefix={prefix}
          error={fe.note?.[0]}
        />
        <Text
          name="ordine"
          label={m.ordine}
          value={office?.ordine ?? 0}
          prefix={prefix}
          error={fe.ordine?.[0]}
          type="number"
        />
      </div>
      <fieldset>
        <legend className="font-semibold">{m.hours}</legend>
        <p className="text-sm text-muted">{m.hoursHint}</p>
        <table className="mt-2 border-collapse">
          <tbody>
            {OFFICE_DAYS.map((day) => (
              <tr key={day} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  {m.days[day]}
                </th>
                {SLOTS.map((slot) => {
                  const h = slotsOf(day)[slot];
                  const label = `${m.days[day]}, ${m.slot(slot + 1)}`;
                  return (
                    <td key={slot} className="py-2 pr-4">
                      <span className="inline-flex items-center gap-1">
                        <label className="text-sm" htmlFor={`${prefix}-dalle-${day}-${slot}`}>
                          {m.from}
                          <span className="sr-only"> ({label})</span>
                        </label>
                        <input
                          id={`${prefix}-dalle-${day}-${slot}`}
                          name={`dalle-${day}-${slot}`}
                          type="time"
                          defaultValue={h?.dalle ?? ""}
                          className="rounded border border-[#5c6f82] px-2 py-1"
                        />
                        <label className="text-sm" htmlFor={`${prefix}-alle-${day}-${slot}`}>
                          {m.to}
                          <span className="sr-only"> ({label})</span>
                        </label>
                        <input
                          id={`${prefix}-alle-${day}-${slot}`}
                          name={`alle-${day}-${slot}`}
                          type="time"
                          defaultValue={h?.alle ?? ""}
                          className="rounded border border-[#5c6f82] px-2 py-1"
                        />
                      </span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? m.saving : office ? m.save : m.create}
      </Button>
    </form>
  );
}
