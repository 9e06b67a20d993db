import { useMutation } from '../../graphql/hooks';
import type { ActivityStatus } from '@ta/domain';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/FormControls';
import type { Form } from '../../components/use-form';
import type { MoveValues } from './activity-forms';
import { transitionActivityMutation } from './programme.graphql';

interface ActivityTransitionFormProps {
  activity: { id: string; version: number };
  form: Form<MoveValues>;
  /** Its test ids (`activity-${kind}-form`, `-error`, `-reason`, `-submit`). */
  kind: 'move' | 'reopen';
  title: string;
  submitLabel: string;
  /** Where the activity goes, from what the form holds (null: nothing chosen yet). */
  to: (values: MoveValues) => ActivityStatus | null;
  reasonRequired: boolean;
  /** Said above the form. */
  intro?: ReactNode;
  /** Fields before the reason (the status to move to). */
  children?: (id: string) => ReactNode;
}

/**
 * A move of an activity along its workflow (`transitionActivity`) with its reason, at the version shown: the form
 * moving an open activity on (MoveActivityForm) and the one reopening a finished one (ReopenActivityForm).
 */
export function ActivityTransitionForm({
  activity,
  form,
  kind,
  title,
  submitLabel,
  to,
  reasonRequired,
  intro,
  children,
}: ActivityTransitionFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const { formError } = form;
  const [transition, { loading }] = useMutation(transitionActivityMutation, {
    refetchQueries: ['Activities', 'ActivityDetail', 'FundingByActivity'],
  });

  const submit = form.handleSubmit(async (v) => {
    const target = to(v);
    if (!target) return;
    await transition({
      variables: { id: activity.id, to: target, reason: v.reason.trim() || null, expectedVersion: activity.version },
    });
    form.reset();
  });

  return (
    <section>
      <h3>{title}</h3>
      {intro}
      <form className="inline-form" noValidate onSubmit={submit} data-testid={`activity-${kind}-form`}>
        {formError && (
          <p className="form-error" role="alert" data-testid={`activity-${kind}-error`}>
            {formError}
          </p>
        )}
        {children?.(id)}
        <TextField
          form={form}
          field="reason"
          id={`${id}-reason`}
          label={t('activity.reason')}
          required={reasonRequired}
          testId={`activity-${kind}-reason`}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || !form.valid}
          data-testid={`activity-${kind}-submit`}
        >
          {submitLabel}
        </button>
      </form>
    </section>
  );
}
