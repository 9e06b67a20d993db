import type { ReactNode } from 'react';
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
}

/** A message above the content: a confirmation, a warning or an error. */
export function Notice({ tone, children, onDismiss, testId, data, role }: NoticeProps) {
  const { t } = useTranslation();
  return (
    <div
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
