import type { ActivityPhase } from '@ta/domain';
import { useTranslation } from 'react-i18next';

/** Marks work already under way (the document's current activities); proposals, the usual case, carry no mark. */
export function ActivityPhaseChip({ phase }: { phase: ActivityPhase }) {
  const { t } = useTranslation();
  if (phase !== 'CURRENT') return null;
  return (
    <span className="chip" data-testid="activity-phase">
      {t('activityPhases.CURRENT')}
    </span>
  );
}
