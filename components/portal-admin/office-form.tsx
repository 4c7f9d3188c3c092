"use client";

import { useActionState } from "react";
import type { OfficeFormState } from "@/app/(staff)/portale/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import type { AdminOffice } from "@/lib/data/portal-admin";
import { OFFICE_DAYS, SLOTS_PER_DAY } from "@/lib/domain/portal-office";
import { portalAdmin } from "@/lib/i18n/it/portal-admin";

const t = { portalAdmin };

const m = t.portalAdmin.offices;
const SLOTS = Array.from({ length: SLOTS_PER_DAY }, (_, i) => i);

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
  // After a refused save, the fields show what was typed, not the saved office.
  const typed = state && !state.ok ? state.typed : undefined;
  const value = (name: string, saved: string | number) => typed?.[name] ?? saved;
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
        <TextField
          name="nome"
          label={m.nome}
          defaultValue={value("nome", office?.nome ?? "")}
          error={fe.nome?.[0]}
          required
        />
        <TextField
          name="indirizzo"
          label={m.indirizzo}
          defaultValue={value("indirizzo", office?.indirizzo ?? "")}
          error={fe.indirizzo?.[0]}
          required
        />
        <TextField
          name="telefono"
          label={m.telefono}
          defaultValue={value("telefono", office?.telefono ?? "")}
          error={fe.telefono?.[0]}
          type="tel"
        />
        <TextField
          name="email"
          label={m.email}
          defaultValue={value("email", office?.email ?? "")}
          error={fe.email?.[0]}
          type="email"
        />
        <TextField
          name="note"
          label={m.note}
          defaultValue={value("note", office?.note ?? "")}
          error={fe.note?.[0]}
        />
        <TextField
          name="ordine"
          label={m.ordine}
          defaultValue={value("ordine", office?.ordine ?? 0)}
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
                          defaultValue={value(`dalle-${day}-${slot}`, h?.dalle ?? "")}
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
                          defaultValue={value(`alle-${day}-${slot}`, h?.alle ?? "")}
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
