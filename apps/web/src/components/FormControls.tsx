import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftControls } from '../offline/drafts';
import { FormField } from './FormField';
import type { useForm } from './use-form';

type FormOf<V extends object> = ReturnType<typeof useForm<V>>;

interface ControlProps<V extends object> {
  form: FormOf<V>;
  field: keyof V & string;
  label: ReactNode;
  id: string;
  testId: string;
  required?: boolean;
  wide?: boolean;
}

/** A text (or date) input bound to one field of a form, with its label and its error (as typed, or the API's). */
export function TextField<V extends object>({
  form,
  field,
  label,
  id,
  testId,
  required,
  wide,
  type = 'text',
  inputMode,
  hint,
}: ControlProps<V> & { type?: 'text' | 'date'; inputMode?: 'decimal' | 'numeric'; hint?: ReactNode }) {
  return (
    <FormField
      id={id}
      name={field}
      label={label}
      error={form.errorFor(field)}
      hint={hint}
      required={required}
      className={wide ? 'field--wide' : undefined}
    >
      {(describedBy) => (
        <input
          id={id}
          type={type}
          inputMode={inputMode}
          value={String(form.values[field] ?? '')}
          onChange={(e) => form.set(field, e.target.value as V[typeof field])}
          onBlur={form.touch(field)}
          aria-invalid={Boolean(form.errorFor(field))}
          aria-describedby={describedBy}
          required={required}
          data-testid={testId}
        />
      )}
    </FormField>
  );
}

/** A choice among `options` (each with its label) bound to one field of a form; "Choose…" when none is made. */
export function SelectField<V extends object, O extends string = string>({
  form,
  field,
  label,
  id,
  testId,
  required,
  options,
  optionLabel,
  alsoTouched = [],
  disabled,
  hint,
}: ControlProps<V> & {
  options: readonly O[];
  optionLabel: (option: O) => string;
  /** Fields whose verdict this choice changes (a unit decides whether a measure fits). */
  alsoTouched?: readonly string[];
  /** A choice that can no longer change (the hint says why). */
  disabled?: boolean;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <FormField id={id} name={field} label={label} error={form.errorFor(field)} required={required} hint={hint}>
      {(describedBy) => (
        <select
          id={id}
          disabled={disabled}
          value={String(form.values[field] ?? '')}
          onChange={(e) => form.set(field, e.target.value as V[typeof field], ...alsoTouched)}
          onBlur={form.touch(field)}
          aria-invalid={Boolean(form.errorFor(field))}
          aria-describedby={describedBy}
          required={required}
          data-testid={testId}
        >
          <option value="">{t('form.choose')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {optionLabel(option)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The error above a form: what no field claims (a CONFLICT, said in the reader's language). */
export function FormError({ message, testId }: { message: string | null; testId: string }) {
  return message ? (
    <p className="form-error" role="alert" data-testid={testId}>
      {message}
    </p>
  ) : null;
}

/**
 * An inline form's draft (the dialogs have theirs in DraftFormDialog): "draft restored" when what was typed came
 * back, and the button that throws the draft away while there is one.
 */
export function InlineDraftNote({
  draft,
  testId,
  discardable = true,
}: {
  draft: Pick<DraftControls, 'restored' | 'hasDraft' | 'discard'>;
  testId: string;
  /** False where the form's own button gives the draft up ("Back"). */
  discardable?: boolean;
}) {
  const { t } = useTranslation();
  const discard = discardable && draft.hasDraft;
  if (!draft.restored && !discard) return null;
  return (
    <p className="muted" data-testid={`${testId}-draft`}>
      {draft.restored && (
        <span role="status" data-testid="form-draft-restored">
          {t('offline.draftRestored')}
        </span>
      )}{' '}
      {discard && (
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => void draft.discard()}
          data-testid="form-discard-draft"
        >
          {t('offline.discardDraft')}
        </button>
      )}
    </p>
  );
}

/**
 * A form folded under its summary (`<testId>`, opened by `<testId>-open`) that unfolds by itself when its draft
 * comes back: after a reload, what was typed is in sight.
 */
export function FoldedForm({
  summary,
  restored,
  testId,
  children,
  onOpen,
}: {
  summary: ReactNode;
  restored: boolean;
  testId: string;
  children: ReactNode;
  /** Called each time the person unfolds it (e.g. to take the version of what the form changes as read now). */
  onOpen?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [unfolded, setUnfolded] = useState(false);
  // Once, when the draft is back (not again after the person folded it).
  if (restored && !unfolded) {
    setUnfolded(true);
    setOpen(true);
  }
  return (
    <details
      className="result-edit"
      open={open}
      onToggle={(e) => {
        const nowOpen = e.currentTarget.open;
        if (nowOpen && !open) onOpen?.();
        setOpen(nowOpen);
      }}
      data-testid={testId}
    >
      <summary data-testid={`${testId}-open`}>{summary}</summary>
      {children}
    </details>
  );
}
