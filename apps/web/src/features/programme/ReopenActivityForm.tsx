import { activityReopensTo, type ActivityMove, type ActivityStatus } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { useForm } from '../../components/use-form';
import { validateMove, type MoveValues } from './activity-forms';
import { ActivityTransitionForm } from './ActivityTransitionForm';

interface ReopenActivityFormProps {
  activity: { id: string; status: string; version: number; history: readonly ActivityMove[] };
}

/**
 * Reopens a finished activity, saying why: a completed one goes back under way, a cancelled one to where it was
 * cancelled from (activityReopensTo of @ta/domain, as the API decides). Shown to those who may edit the programme.
 */
export function ReopenActivityForm({ activity }: ReopenActivityFormProps) {
  const { t } = useTranslation();
  const from = activity.status as ActivityStatus;
  const to = activityReopensTo(from, activity.history);
  const form = useForm<MoveValues>({
    initial: { to: to ?? '', reason: '' },
    validate: (v) => validateMove(from, v, activity.history),
  });
  if (!to) return null;

  return (
    <ActivityTransitionForm
      activity={activity}
      form={form}
      kind="reopen"
      title={t('activity.reopen')}
      submitLabel={t('activity.reopenSubmit')}
      to={() => to}
      reasonRequired
      intro={
        <p className="field-hint" data-testid="activity-reopen-to">
          {t('activity.reopenTo', { status: t(`activityStatuses.${to}`) })}
        </p>
      }
    />
  );
}
