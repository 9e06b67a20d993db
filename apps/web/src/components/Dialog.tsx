import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** A side panel (details) rather than a centred form. */
  variant?: 'modal' | 'drawer';
  testId?: string;
  wide?: boolean;
}

/** A native `<dialog>` shown as a modal while `open` (focus trapped, Escape closes it, the page behind inert). */
export function useModal(open: boolean): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);
  return ref;
}

/** A native modal <dialog>: focus is trapped, Escape closes it, the page behind is inert. */
export function Dialog({ open, title, onClose, children, variant = 'modal', testId, wide }: DialogProps) {
  const { t } = useTranslation();
  const ref = useModal(open);
  const titleId = useId();

  return (
    <dialog
      ref={ref}
      className={`dialog${variant === 'drawer' ? ' dialog--drawer' : ''}${wide ? ' dialog--wide' : ''}`}
      aria-labelledby={titleId}
      // React passes a nested dialog's close up its tree: only this dialog's own close counts.
      onClose={(event) => event.target === event.currentTarget && open && onClose()}
      data-testid={testId}
    >
      {open && (
        <div className="dialog__body">
          <header className="dialog__header">
            <h2 id={titleId}>{title}</h2>
            <button
              type="button"
              className="dialog__close"
              onClick={onClose}
              aria-label={t('form.close')}
              data-testid="dialog-close"
            >
              ×
            </button>
          </header>
          {children}
        </div>
      )}
    </dialog>
  );
}
