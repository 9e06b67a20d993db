import { useMutation } from '../../graphql/hooks';
import { activityReopensTo, type ActivityMove, type ActivityStatus } from '@ta/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { validateMove, type MoveValues } from './activity-forms';
import { transitionActivityMutation } from './programme.graphql';

interface ReopenActivityFormProps {
  activity: { id: string; status: string; version: number; history: readonly ActivityMove[] };
}

/**
 * Reopens a finished activity, saying why: a completed one goes back under way, a cancelled one to where it was
 * cancelled from (activityReopensTo of @ta/domain, as the API decides). Shown to those who may edit the programme.
 */
export function ReopenActivityForm({ activity }: ReopenActivityFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const from = activity.status as ActivityStatus;
  const to = activityReopensTo(from, activity.history);
  const form = useForm<MoveValues>({
    initial: { to: to ?? '', reason: '' },
    validate: (v) => validateMove(from, v, activity.history),
  });
  const { values, errorFor, formError } = form;
  const [transition, { loading }] = useMutation(transitionActivityMutation, {
    refetchQueries: ['Activities', 'ActivityDetail', 'FundingByActivity'],
  });
  if (!to) return null;

  const submit = form.handleSubmit(async (v) => {
    await transition({
      variables: { id: activity.id, to, reason: v.reason.trim(), expectedVersion: activity.version },
    });
    form.reset();
  });

  return (
    <section>
      <h3>{t('activity.reopen')}</h3>
      <p className="field-hint" data-testid="activity-reopen-to">
        {t('activity.reopenTo', { status: t(`activityStatuses.${to}`) })}
      </p>
      <form className="inline-form" noValidate onSubmit={submit} data-testid="activity-reopen-form">
        {formError && (
          <p className="form-error" role="alert" data-testid="activity-reopen-error">
            {formError}
          </p>
        )}
        <FormField id={`${id}-reason`} name="reason" label={t('activity.reason')} error={errorFor('reason')} required>
          {(describedBy) => (
            <input
              id={`${id}-reason`}
              type="text"
              value={values.reason}
              onChange={(e) => form.set('reason', e.target.value)}
              aria-describedby={describedBy}
              data-testid="activity-reopen-reason"
            />
          )}
        </FormField>
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || !form.valid}
          data-testid="activity-reopen-submit"
        >
          {t('activity.reopenSubmit')}
        </button>
      </form>
    </section>
  );
}
