import type { RequestStatus } from '@ta/domain';
import { useTranslation } from 'react-i18next';

/** A request's status as a coloured, translated badge. */
export function StatusBadge({ status }: { status: RequestStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${status.toLowerCase().replaceAll('_', '-')}`} data-status={status}>
      {t(`statuses.${status}`)}
    </span>
  );
}
