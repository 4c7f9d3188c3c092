"use client";

import { useId } from "react";
import { personFacts } from "@/lib/i18n/it/person-facts";

const t = { personFacts };

const OPTIONS = [
  { value: true, label: t.personFacts.conditions.yes, key: "si" },
  { value: false, label: t.personFacts.conditions.no, key: "no" },
  { value: null, label: t.personFacts.conditions.unknown, key: "nd" },
] as const;

/** Yes / No / Not known as a group of radio buttons, with its error tied to the group. */
export function TriStateField({
  legend,
  name,
  value,
  onChange,
  onBlur,
  error,
}: {
  legend: string;
  name: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
  onBlur?: () => void;
  error?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className="space-y-1" aria-describedby={error ? errorId : undefined}>
      <legend className="font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {OPTIONS.map((o) => (
          <label key={o.key} className="inline-flex items-center gap-2">
            <input
              type="radio"
              name={name}
              className="h-4 w-4 accent-primary"
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              onBlur={onBlur}
            />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-danger" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
