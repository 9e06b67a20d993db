import { activityMoves, mayEditActivity, type ActivityStatus } from '@ta/domain';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { validateMove, type MoveValues } from './activity-forms';
import { ActivityTransitionForm } from './ActivityTransitionForm';

interface MoveActivityFormProps {
  activity: { id: string; status: string; version: number };
}

/** Moves an open activity along its workflow; a cancellation says why. */
export function MoveActivityForm({ activity }: MoveActivityFormProps) {
  const { t } = useTranslation();
  const from = activity.status as ActivityStatus;
  const moves = activityMoves(from);
  const form = useForm<MoveValues>({ initial: { to: '', reason: '' }, validate: (v) => validateMove(from, v) });
  // A finished activity is reopened, not moved on (ReopenActivityForm).
  if (moves.length === 0 || !mayEditActivity(from)) return null;

  return (
    <ActivityTransitionForm
      activity={activity}
      form={form}
      kind="move"
      title={t('activity.move')}
      submitLabel={t('activity.moveSubmit')}
      to={(v) => v.to || null}
      reasonRequired={form.values.to === 'CANCELLED'}
    >
      {(id) => (
        <FormField id={`${id}-to`} name="to" label={t('activity.moveTo')} error={form.errorFor('to')} required>
          {(describedBy) => (
            <select
              id={`${id}-to`}
              value={form.values.to}
              onChange={(e) => form.set('to', e.target.value as ActivityStatus | '')}
              aria-describedby={describedBy}
              data-testid="activity-move-to"
            >
              <option value="">{t('form.choose')}</option>
              {moves.map((status) => (
                <option key={status} value={status}>
                  {t(`activityStatuses.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
    </ActivityTransitionForm>
  );
}
