import { useTranslation } from 'react-i18next';

/**
 * Keeps the focus where it is when a button is pressed: a field's verdict, shown when the field is left (blur),
 * would otherwise move the button down between press and release, and the first click would be lost.
 */
export const keepFocus = (event: { preventDefault: () => void }): void => event.preventDefault();

/**
 * The footer of a form dialog that keeps a draft: what is still needed (by the labels of the fields at fault), the
 * draft's discard button when there is one, Cancel, and the submit button.
 */
export function FormFooter({
  missing,
  hasDraft,
  onDiscardDraft,
  onCancel,
  submitDisabled,
  submitLabel,
  submitTestId = 'form-submit',
}: {
  /** The labels of the fields still at fault, in the form's order; none when the form is valid. */
  missing: readonly string[];
  hasDraft: boolean;
  onDiscardDraft: () => void;
  onCancel: () => void;
  submitDisabled: boolean;
  submitLabel: string;
  submitTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <footer className="dialog__footer">
      {missing.length > 0 && (
        <p className="dialog__missing" data-testid="form-missing">
          {t('form.stillNeeded', { fields: missing.join(', ') })}
        </p>
      )}
      {hasDraft && (
        <button
          type="button"
          className="button button--quiet"
          onClick={onDiscardDraft}
          data-testid="form-discard-draft"
        >
          {t('offline.discardDraft')}
        </button>
      )}
      <button
        type="button"
        className="button button--quiet"
        onMouseDown={keepFocus}
        onClick={onCancel}
        data-testid="form-cancel"
      >
        {t('form.cancel')}
      </button>
      <button type="submit" className="button button--primary" disabled={submitDisabled} data-testid={submitTestId}>
        {submitLabel}
      </button>
    </footer>
  );
}
