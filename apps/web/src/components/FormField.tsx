import type { ReactNode } from 'react';

interface FormFieldProps {
  id: string;
  label: ReactNode;
  /** The field's name or path, e.g. `amount` or `followUps.0.topics`: its error is `error-<name>`. */
  name: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  /** Renders the control, given the id(s) it should name in aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}

/** A labelled control with its hint and its error (checked as you type, or the API's). */
export function FormField({ id, label, name, error, hint, required, className, children }: FormFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && (
          <span className="required" aria-hidden="true">
            {' *'}
          </span>
        )}
      </label>
      {children(describedBy)}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <FieldError id={errorId} name={name} message={error} />
    </div>
  );
}

export function FieldError({ id, name, message }: { id?: string; name: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id} data-testid={`error-${name}`}>
      {message}
    </p>
  );
}
