import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NoticeProps {
  tone: 'success' | 'warning' | 'error';
  children: ReactNode;
  onDismiss?: () => void;
  testId?: string;
  /**
   * Its role: by default a live region (`status` for a success, `alert` otherwise); `note` for one of several
   * shown at once that a single live region already announces.
   */
  role?: 'status' | 'alert' | 'note';
  /** Extra `data-*` attributes, e.g. the id of what the notice is about. */
  data?: Record<`data-${string}`, string>;
  /**
   * Focused when shown (focusable by script only): for a notice that replaces what had focus, e.g. a form shown
   * again, whose button focus was on.
   */
  focusOnShow?: boolean;
}

/** A message above the content: a confirmation, a warning or an error. */
export function Notice({ tone, children, onDismiss, testId, data, role, focusOnShow }: NoticeProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
    // Once, when shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div
      ref={ref}
      tabIndex={focusOnShow ? -1 : undefined}
      className={`notice notice--${tone}`}
      role={role ?? (tone === 'success' ? 'status' : 'alert')}
      data-testid={testId}
      {...data}
    >
      <div className="notice__body">{children}</div>
      {onDismiss && (
        <button type="button" className="notice__dismiss" onClick={onDismiss} aria-label={t('app.dismiss')}>
          ×
        </button>
      )}
    </div>
  );
}
