import { useId, type ComponentProps, type ReactNode } from "react";
import { useFieldErrorText } from "./use-field-error-text";

const CONTROL = "block w-full rounded-md border border-[var(--color-line)] bg-white px-3 py-2 text-sm text-[var(--color-ink)] shadow-sm aria-[invalid=true]:border-rose-500";

type FieldShellProps = { id: string; label: string; error?: string; hint?: string; children: ReactNode };

function FieldShell({ id, label, error, hint, children }: FieldShellProps) {
  const errorText = useFieldErrorText();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-[var(--color-ink)]">
        {label}
      </label>
      {children}
      {hint && !error && (
        <p id={`${id}-hint`} className="text-xs text-[var(--color-muted)]">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-rose-700" role="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}

type Common = { label: string; error?: string; hint?: string };

function describedBy(id: string, error?: string, hint?: string) {
  if (error) return `${id}-error`;
  if (hint) return `${id}-hint`;
  return undefined;
}

/** A labelled text input with its error message. */
export function TextField({ label, error, hint, id, className = "", ...props }: Common & ComponentProps<"input">) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      <input id={fieldId} aria-invalid={Boolean(error)} aria-describedby={describedBy(fieldId, error, hint)} className={`${CONTROL} ${className}`} {...props} />
    </FieldShell>
  );
}

/** A labelled multi-line input. */
export function TextArea({ label, error, hint, id, className = "", ...props }: Common & ComponentProps<"textarea">) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      <textarea id={fieldId} aria-invalid={Boolean(error)} aria-describedby={describedBy(fieldId, error, hint)} className={`${CONTROL} ${className}`} {...props} />
    </FieldShell>
  );
}

/** A labelled select. */
export function SelectField({ label, error, hint, id, className = "", options, ...props }: Common & ComponentProps<"select"> & { options: readonly { value: string; label: string }[] }) {
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <FieldShell id={fieldId} label={label} error={error} hint={hint}>
      <select id={fieldId} aria-invalid={Boolean(error)} aria-describedby={describedBy(fieldId, error, hint)} className={`${CONTROL} ${className}`} {...props}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

/** A checkbox with its label on the right. */
export function CheckboxField({ label, error, id, ...props }: Common & ComponentProps<"input">) {
  const errorText = useFieldErrorText();
  const generated = useId();
  const fieldId = id ?? generated;
  return (
    <div className="space-y-1">
      <label htmlFor={fieldId} className="inline-flex items-center gap-2 text-sm">
        <input id={fieldId} type="checkbox" className="h-4 w-4 rounded border-[var(--color-line)]" {...props} />
        {label}
      </label>
      {error && (
        <p className="text-xs font-medium text-rose-700" role="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
