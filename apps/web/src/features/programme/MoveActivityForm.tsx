import { useMutation } from '../../graphql/hooks';
import { activityMoves, mayEditActivity, type ActivityStatus } from '@ta/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { validateMove, type MoveValues } from './activity-forms';
import { transitionActivityMutation } from './programme.graphql';

interface MoveActivityFormProps {
  activity: { id: string; status: string; version: number };
}

/** Moves an open activity along its workflow; a cancellation says why. */
export function MoveActivityForm({ activity }: MoveActivityFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const from = activity.status as ActivityStatus;
  const moves = activityMoves(from);
  const form = useForm<MoveValues>({ initial: { to: '', reason: '' }, validate: (v) => validateMove(from, v) });
  const { values, errorFor, formError } = form;
  const [transition, { loading }] = useMutation(transitionActivityMutation, {
    refetchQueries: ['Activities', 'ActivityDetail', 'FundingByActivity'],
  });
  // A finished activity is reopened, not moved on (ReopenActivityForm).
  if (moves.length === 0 || !mayEditActivity(from)) return null;

  const submit = form.handleSubmit(async (v) => {
    if (!v.to) return;
    await transition({
      variables: { id: activity.id, to: v.to, reason: v.reason.trim() || null, expectedVersion: activity.version },
    });
    form.reset();
  });

  return (
    <section>
      <h3>{t('activity.move')}</h3>
      <form className="inline-form" noValidate onSubmit={submit} data-testid="activity-move-form">
        {formError && (
          <p className="form-error" role="alert" data-testid="activity-move-error">
            {formError}
          </p>
        )}
        <FormField id={`${id}-to`} name="to" label={t('activity.moveTo')} error={errorFor('to')} required>
          {(describedBy) => (
            <select
              id={`${id}-to`}
              value={values.to}
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
        <FormField
          id={`${id}-reason`}
          name="reason"
          label={t('activity.reason')}
          error={errorFor('reason')}
          required={values.to === 'CANCELLED'}
        >
          {(describedBy) => (
            <input
              id={`${id}-reason`}
              type="text"
              value={values.reason}
              onChange={(e) => form.set('reason', e.target.value)}
              aria-describedby={describedBy}
              data-testid="activity-move-reason"
            />
          )}
        </FormField>
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || !form.valid}
          data-testid="activity-move-submit"
        >
          {t('activity.moveSubmit')}
        </button>
      </form>
    </section>
  );
}
