import type { ActivityStatus } from '@ta/domain';
import { useTranslation } from 'react-i18next';

/** An activity's status as a coloured, translated badge. */
export function ActivityStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = ['PROPOSED', 'ENDORSED', 'FUNDED', 'UNDER_WAY', 'COMPLETED', 'CANCELLED'].includes(status);
  return (
    <span className={`badge badge--activity-${status.toLowerCase().replaceAll('_', '-')}`} data-status={status}>
      {known ? t(`activityStatuses.${status as ActivityStatus}`) : status}
    </span>
  );
}
