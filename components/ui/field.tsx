import { type ComponentProps, type ReactNode, useId } from "react";
import { cn } from "./cn";

const control =
  "block w-full rounded border border-[#5c6f82] bg-white px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger aria-[invalid=true]:border-2";

type FieldShellProps = {
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
};

/** Label, hint and error tied to the control with aria-describedby. */
export function FieldShell({ label, error, hint, required, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      {error ? (
        <p id={errorId} className="text-sm font-semibold text-danger" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type Common = { label: string; error?: string; hint?: string };

/** The attributes that tie a control to its label, hint and error. */
function controlProps(
  ids: { id: string; describedBy: string | undefined; invalid: boolean },
  required?: boolean,
) {
  return {
    id: ids.id,
    "aria-describedby": ids.describedBy,
    "aria-invalid": ids.invalid,
    "aria-required": required,
  };
}

export function TextField({
  label,
  error,
  hint,
  className,
  required,
  ...props
}: Common & ComponentProps<"input">) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required}>
      {(ids) => (
        <input {...controlProps(ids, required)} className={cn(control, className)} {...props} />
      )}
    </FieldShell>
  );
}

export function SelectField({
  label,
  error,
  hint,
  className,
  required,
  ...props
}: Common & ComponentProps<"select">) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required}>
      {(ids) => (
        <select {...controlProps(ids, required)} className={cn(control, className)} {...props} />
      )}
    </FieldShell>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  className,
  required,
  ...props
}: Common & ComponentProps<"textarea">) {
  return (
    <FieldShell label={label} error={error} hint={hint} required={required}>
      {(ids) => (
        <textarea
          {...controlProps(ids, required)}
          className={cn(control, "min-h-28", className)}
          {...props}
        />
      )}
    </FieldShell>
  );
}
