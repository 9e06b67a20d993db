import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Keeps the focus where it is when a button is pressed: a field's verdict, shown when the field is left (blur),
 * would otherwise move the button down between press and release, and the first click would be lost.
 */
export const keepFocus = (event: { preventDefault: () => void }): void => event.preventDefault();

/** The labels of the fields still at fault, in the form's order (none when the form is valid). */
export function stillNeeded<F extends string>(
  fields: readonly F[],
  problems: Partial<Record<F, unknown>>,
  label: (field: F) => string,
): string[] {
  return fields.filter((field) => problems[field]).map(label);
}

export interface FormFooterProps {
  /** The labels of the fields still at fault, in the form's order; none when the form is valid. */
  missing?: readonly string[];
  /** There is a draft on the device: its discard button shows. */
  hasDraft?: boolean;
  onDiscardDraft?: () => void;
  /** Cancel, when the form has one. */
  onCancel?: () => void;
  cancelTestId?: string;
  submitDisabled: boolean;
  submitLabel: string;
  submitTestId?: string;
  /** The form's own buttons, before the rest (e.g. "add a question", "check only"). */
  children?: ReactNode;
}

/**
 * The footer of a form: what is still needed (by the labels of the fields at fault), the form's own buttons, the
 * draft's discard button when there is one, Cancel when the form has one, and the submit button.
 */
export function FormFooter({
  missing = [],
  hasDraft = false,
  onDiscardDraft,
  onCancel,
  cancelTestId = 'form-cancel',
  submitDisabled,
  submitLabel,
  submitTestId = 'form-submit',
  children,
}: FormFooterProps) {
  const { t } = useTranslation();
  return (
    <footer className="dialog__footer">
      {missing.length > 0 && (
        <p className="dialog__missing" data-testid="form-missing">
          {t('form.stillNeeded', { fields: missing.join(', ') })}
        </p>
      )}
      {children}
      {hasDraft && onDiscardDraft && (
        <button
          type="button"
          className="button button--quiet"
          onClick={onDiscardDraft}
          data-testid="form-discard-draft"
        >
          {t('offline.discardDraft')}
        </button>
      )}
      {onCancel && (
        <button
          type="button"
          className="button button--quiet"
          onMouseDown={keepFocus}
          onClick={onCancel}
          data-testid={cancelTestId}
        >
          {t('form.cancel')}
        </button>
      )}
      <button type="submit" className="button button--primary" disabled={submitDisabled} data-testid={submitTestId}>
        {submitLabel}
      </button>
    </footer>
  );
}
