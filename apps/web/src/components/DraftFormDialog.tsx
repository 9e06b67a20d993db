import { useId, type FormEventHandler, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftControls } from '../offline/drafts';
import { useModal } from './Dialog';
import { Notice } from './Notice';
import { FormFooter, keepFocus, type FormFooterProps } from './FormFooter';

interface DraftFormDialogProps {
  /** Shown as a modal while true; a dialog mounted only while open leaves it out. */
  open?: boolean;
  /** Close (×), Cancel and Escape: the draft stays on the device. */
  onClose: () => void;
  title: ReactNode;
  intro: ReactNode;
  /** The dialog is `<testId>-dialog`, its form `<testId>-form` (what the browser specs find them by). */
  testId: string;
  /**
   * The form's draft on the device. Left out by a form that must keep none (one holding another person's password):
   * then nothing says "draft restored" and there is no discard button.
   */
  draft?: Pick<DraftControls, 'restored' | 'savedAt' | 'hasDraft' | 'discard'>;
  /** Said above the fields (the form's own message, or the API's refusal that names no field). */
  formError: string | null;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** The footer's own part: what is still needed and the submit button (Cancel and the draft's discard come from here). */
  footer: Omit<FormFooterProps, 'hasDraft' | 'onDiscardDraft' | 'onCancel'>;
  /**
   * The draft waits in the outbox (saved on this device, not yet on the server): the fields are shown disabled
   * with a notice, until the outbox has sent it; `onStartAnother` lets the person start a new one meanwhile (the
   * queued submission keeps its own copy of the values).
   */
  queued?: { onStartAnother: () => void } | null;
  /** Drafts kept apart from this one (a refused submission, `SetAsideDrafts`), said above the fields. */
  setAside?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/**
 * The shell of a form dialog (that keeps a draft on the device, unless it has none): a native modal `<dialog>` (focus trapped, Escape
 * closes it), the form (its `data-draft-saved` tells when the draft was last written), the header with its close
 * button, the intro, "draft restored", the form-level error, the fields, and the shared footer.
 */
export function DraftFormDialog({
  open = true,
  onClose,
  title,
  intro,
  testId,
  draft,
  formError,
  onSubmit,
  footer,
  queued,
  setAside,
  children,
}: DraftFormDialogProps) {
  const { t } = useTranslation();
  const dialog = useModal(open);
  const titleId = useId();

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={titleId}
      // React passes a nested dialog's close up its tree: only this dialog's own close counts.
      onClose={(event) => event.target === event.currentTarget && open && onClose()}
      data-testid={`${testId}-dialog`}
    >
      <form
        className="log-form"
        noValidate
        onSubmit={onSubmit}
        data-testid={`${testId}-form`}
        data-draft-saved={draft ? (draft.savedAt ?? '') : undefined}
      >
        <header className="dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button
            type="button"
            className="dialog__close"
            onMouseDown={keepFocus}
            onClick={onClose}
            aria-label={t('form.close')}
          >
            ×
          </button>
        </header>
        <p className="dialog__intro">{intro}</p>

        {draft?.restored && (
          <p className="dialog__intro" role="status" data-testid="form-draft-restored">
            {t('offline.draftRestored')}
          </p>
        )}

        {formError && (
          <p className="form-error" role="alert" data-testid="form-error">
            {formError}
          </p>
        )}

        {queued && (
          <Notice tone="warning" testId={`${testId}-queued`}>
            <p>{t('offline.queued')}</p>
            <button
              type="button"
              className="button button--secondary"
              onClick={queued.onStartAnother}
              data-testid={`${testId}-start-another`}
            >
              {t('offline.startAnother')}
            </button>
          </Notice>
        )}

        {setAside}

        {queued === undefined ? (
          children
        ) : (
          <fieldset className="log-form__fields" disabled={Boolean(queued)}>
            {children}
          </fieldset>
        )}

        <FormFooter
          {...footer}
          submitDisabled={footer.submitDisabled || Boolean(queued)}
          hasDraft={!queued && (draft?.hasDraft ?? false)}
          onDiscardDraft={draft ? () => void draft.discard() : undefined}
          onCancel={onClose}
        />
      </form>
    </dialog>
  );
}
