import { useTranslation } from 'react-i18next';

interface ProgressBarProps {
  /** 0 to 100. */
  value: number;
  /** The job's status (QUEUED, RUNNING, DONE, FAILED), for styling and tests. */
  status: string;
  testId?: string;
  label?: string;
}

/** A background job's progress: a native progress bar with its percentage. */
export function ProgressBar({ value, status, testId, label }: ProgressBarProps) {
  const { t } = useTranslation();
  const text = t('reports.progressLabel', { percent: value });
  return (
    <div
      className={`progress progress--${status.toLowerCase()}`}
      data-testid={testId}
      data-status={status}
      data-value={value}
    >
      <progress max={100} value={value} aria-label={label ?? text}>
        {text}
      </progress>
      <span className="progress__text">{text}</span>
    </div>
  );
}
