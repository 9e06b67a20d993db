import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface NoticeProps {
  tone: 'success' | 'warning' | 'error';
  children: ReactNode;
  onDismiss?: () => void;
  testId?: string;
  /** Extra `data-*` attributes, e.g. the id of what the notice is about. */
  data?: Record<`data-${string}`, string>;
}

/** A message above the content: a confirmation, a warning or an error. */
export function Notice({ tone, children, onDismiss, testId, data }: NoticeProps) {
  const { t } = useTranslation();
  return (
    <div
      className={`notice notice--${tone}`}
      role={tone === 'success' ? 'status' : 'alert'}
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
