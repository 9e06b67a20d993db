import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { apiProblems, problemMessages } from '../graphql/errors';
import { Dialog } from './Dialog';

interface ConfirmDialogProps {
  /** Open while there is something to confirm. */
  open: boolean;
  title: ReactNode;
  /** What will happen, said plainly (what goes, and that it cannot be undone when it cannot). */
  message: ReactNode;
  confirmLabel: string;
  /** Does it; a refusal (thrown) is said in the dialog, in the reader's language, and the dialog stays open. */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId: string;
}

/**
 * "Are you sure?" before something that removes or undoes: Cancel (or Escape) leaves everything as it was; the
 * confirm button does it once (disabled while it runs) and closes, or says why the API refused.
 */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onClose, testId }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = (): void => {
    setError(null);
    onClose();
  };
  const confirm = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onClose();
    } catch (e) {
      setError(problemMessages(apiProblems(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={close} title={title} testId={testId}>
      <p>{message}</p>
      {error && (
        <p className="form-error" role="alert" data-testid="confirm-error">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={close} data-testid="confirm-cancel">
          {t('form.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void confirm()}
          data-testid="confirm-submit"
        >
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
