import { useMutation } from '@apollo/client/react';
import { activityMoves, type ActivityStatus } from '@ta/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { hasProblems, problemText, splitServerProblems } from '../../forms';
import { apiProblems } from '../../graphql/errors';
import { validateMove, type MoveValues } from './activity-forms';
import { transitionActivityMutation } from './programme.graphql';

interface MoveActivityFormProps {
  activity: { id: string; status: string; version: number };
}

/** Moves an activity along its workflow; a cancellation says why. */
export function MoveActivityForm({ activity }: MoveActivityFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const from = activity.status as ActivityStatus;
  const moves = activityMoves(from);
  const [values, setValues] = useState<MoveValues>({ to: '', reason: '' });
  const [touched, setTouched] = useState(false);
  const [server, setServer] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [transition, { loading }] = useMutation(transitionActivityMutation, {
    refetchQueries: ['Activities', 'ActivityDetail', 'FundingByActivity'],
  });
  if (moves.length === 0) return null;

  const problems = validateMove(from, values);
  const errorFor = (field: 'to' | 'reason'): string | undefined => {
    const problem = problems[field];
    return server[field] ?? (problem && touched ? problemText(t, problem) : undefined);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setTouched(true);
    if (hasProblems(problems) || !values.to) return;
    try {
      await transition({
        variables: { id: activity.id, to: values.to, reason: values.reason.trim() || null, expectedVersion: activity.version },
      });
      setValues({ to: '', reason: '' });
      setTouched(false);
      setServer({});
      setFormError(null);
    } catch (error) {
      const { fields, other } = splitServerProblems(apiProblems(error), (path) => path === 'to' || path === 'reason');
      setServer(fields);
      setFormError(other.length ? other.join(' ') : null);
    }
  };

  return (
    <section>
      <h3>{t('activity.move')}</h3>
      <form className="inline-form" noValidate onSubmit={(e) => void submit(e)} data-testid="activity-move-form">
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
              onChange={(e) => {
                setValues((v) => ({ ...v, to: e.target.value as ActivityStatus | '' }));
                setServer({});
              }}
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
              onChange={(e) => {
                setValues((v) => ({ ...v, reason: e.target.value }));
                setTouched(true);
              }}
              aria-describedby={describedBy}
              data-testid="activity-move-reason"
            />
          )}
        </FormField>
        <button type="submit" className="button button--primary" disabled={loading || hasProblems(problems)} data-testid="activity-move-submit">
          {t('activity.moveSubmit')}
        </button>
      </form>
    </section>
  );
}
