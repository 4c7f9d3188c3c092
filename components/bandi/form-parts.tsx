"use client";

import { type ComponentProps, type ReactNode, useId } from "react";
import { type FieldErrors, get } from "react-hook-form";
import { cn } from "@/components/ui/cn";
import type { BandoFormValues } from "@/lib/validation/bando-form";

/** The message for a field, or for a list or group (kept on its `root`). */
export function errorAt(errors: FieldErrors<BandoFormValues>, path: string): string | undefined {
  const at: { message?: string; root?: { message?: string } } | undefined = get(errors, path);
  return at?.message ?? at?.root?.message;
}

/** A group of controls (checkboxes, radios) with its legend and its error. */
export function Group({
  legend,
  hint,
  error,
  children,
  className,
  testId,
}: {
  legend: string;
  hint?: string;
  error?: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      className={cn("space-y-2", className)}
      aria-describedby={describedBy || undefined}
      data-testid={testId}
    >
      <legend className="font-semibold">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p
          id={`${id}-error`}
          className="text-sm font-semibold text-danger"
          data-testid="field-error"
        >
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A checkbox or radio with its label on the right. */
export function Choice({
  label,
  className,
  ...props
}: { label: ReactNode } & ComponentProps<"input">) {
  return (
    <label className={cn("flex items-start gap-2", className)}>
      <input className="mt-1 h-4 w-4 shrink-0 accent-primary" {...props} />
      <span>{label}</span>
    </label>
  );
}

/** A section of the form: a titled fieldset. */
export function Section({
  title,
  intro,
  children,
  disabled,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  disabled?: boolean;
}) {
  return (
    <fieldset
      className="space-y-4 rounded border border-line bg-white p-5 shadow-sm disabled:opacity-70"
      disabled={disabled}
    >
      <legend className="px-1 text-xl font-bold text-primary-darker">{title}</legend>
      {intro ? <p className="text-sm text-muted">{intro}</p> : null}
      {children}
    </fieldset>
  );
}

/** A rule that is on or off: its checkbox, and its settings when on. */
export function RuleToggle({
  label,
  checkbox,
  enabled,
  children,
}: {
  label: string;
  checkbox: ComponentProps<"input">;
  enabled: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="rounded border border-line/70 p-3">
      <Choice
        type="checkbox"
        label={<span className="font-semibold">{label}</span>}
        {...checkbox}
      />
      {enabled && children ? <div className="mt-3 space-y-3 pl-6">{children}</div> : null}
    </div>
  );
}

/** The message of the whole group, for lists (budget, declarations) that have no legend. */
export function ListError({ error }: { error?: string }) {
  return error ? (
    <p className="text-sm font-semibold text-danger" data-testid="field-error">
      {error}
    </p>
  ) : null;
}
