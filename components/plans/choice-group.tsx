"use client";

import { useId } from "react";
import type { AssessmentOption } from "@/lib/domain/assessment";

/** One assessment item as a group of radio buttons, its error tied to the group. */
export function ChoiceGroup({
  legend,
  name,
  options,
  value,
  onChange,
  onBlur,
  error,
}: {
  legend: string;
  name: string;
  options: readonly AssessmentOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset
      className="space-y-1"
      aria-describedby={error ? errorId : undefined}
      data-testid={`item-${name}`}
    >
      <legend className="font-semibold">
        {legend}
        <span aria-hidden="true"> *</span>
      </legend>
      <div className="grid gap-x-6 gap-y-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.code} className="inline-flex items-start gap-2">
            <input
              type="radio"
              name={name}
              value={o.code}
              className="mt-1 h-4 w-4 shrink-0 accent-primary"
              checked={value === o.code}
              onChange={() => onChange(o.code)}
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
