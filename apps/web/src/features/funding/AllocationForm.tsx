import { useMutation, useQuery } from '../../graphql/hooks';
import { parseAmount } from '@ta/domain';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { Money } from '../../components/Money';
import { useApiLanguage } from '../../i18n';
import { activityChoicesQuery } from '../programme/programme.graphql';
import { usePlanYears } from '../reference/use-reference-data';
import type { ContributionRow } from './ContributionsTable';
import { FUNDING_FIELDS } from './evict-funding';
import { validateAllocation, type AllocationValues } from './funding-forms';
import { allocateContributionMutation } from './funding.graphql';
import { AmountField, YearField } from './MoneyFields';
import { useForm } from '../../components/use-form';
import { useSubmissionKey } from '../../offline/drafts';

/**
 * Part of a contribution to an activity and year. The amount is checked as a decimal string against what is
 * still unallocated, in integer cents; the API checks it again under a lock.
 */
export function AllocationForm({
  contribution,
  onDone,
}: {
  contribution: ContributionRow;
  onDone: (amountUsd: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const planYears = usePlanYears();
  const years = contribution.yearsCovered.length ? contribution.yearsCovered : planYears;
  const form = useForm<AllocationValues>({
    initial: () => ({
      activityId: contribution.activity?.id ?? '',
      year: String(years[0] ?? planYears[0]),
      amountUsd: '',
    }),
    validate: (v) => validateAllocation(v, contribution.unallocatedUsd, years),
  });
  const { values, set } = form;
  // An earmark narrows the choice: to its activity, or to its priority area's activities.
  const lang = useApiLanguage();
  const { data } = useQuery(activityChoicesQuery, {
    variables: {
      filter: contribution.priorityArea ? { priorityAreaCode: [contribution.priorityArea.code] } : {},
      lang,
    },
  });
  const choices = useMemo(
    () =>
      (data?.activities.nodes ?? []).filter(
        (a) => a.status !== 'CANCELLED' && (!contribution.activity || a.id === contribution.activity.id),
      ),
    [data, contribution.activity],
  );
  const [allocate, { loading }] = useMutation(allocateContributionMutation, { evict: FUNDING_FIELDS });
  const submission = useSubmissionKey();

  const submit = form.handleSubmit(async (v) => {
    const amount = parseAmount(v.amountUsd);
    if (!('value' in amount)) return;
    const input = {
      contributionId: contribution.id,
      activityId: v.activityId,
      year: Number(v.year),
      amountUsd: amount.value,
    };
    await allocate({ variables: { input: { ...input, idempotencyKey: submission.keyFor(input) } } });
    submission.succeeded();
    onDone(amount.value);
  });

  return (
    <form className="log-form" noValidate onSubmit={submit} data-testid="allocation-form">
      <p data-testid="allocation-unallocated" data-value={contribution.unallocatedUsd}>
        {t('funding.unallocated')}: <Money value={contribution.unallocatedUsd} currency="USD" />
      </p>
      {form.formError && (
        <p className="form-error" role="alert" data-testid="allocation-error">
          {form.formError}
        </p>
      )}
      <div className="log-form__grid">
        <FormField
          id={`${id}-activity`}
          name="activityId"
          label={t('programme.activity')}
          error={form.errorFor('activityId')}
          required
          className="field--wide"
        >
          {(describedBy) => (
            <select
              id={`${id}-activity`}
              value={values.activityId}
              onChange={(e) => set('activityId', e.target.value)}
              aria-describedby={describedBy}
              data-testid="allocation-activity"
            >
              <option value="">{t('form.choose')}</option>
              {choices.map((a) => (
                <option key={a.id} value={a.id} data-code={a.code}>
                  {a.code} — {a.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <YearField
          id={`${id}-year`}
          name="year"
          error={form.errorFor('year')}
          value={values.year}
          onChange={(v) => set('year', v)}
          years={years}
          testId="allocation-year"
        />
        <AmountField
          id={`${id}-amount`}
          name="amountUsd"
          label={t('funding.amountUsd')}
          error={form.errorFor('amountUsd')}
          value={values.amountUsd}
          onChange={(v) => set('amountUsd', v)}
          testId="allocation-amount"
        />
      </div>
      <footer className="dialog__footer">
        <button
          type="submit"
          className="button button--primary"
          disabled={loading || !form.valid}
          data-testid="allocation-submit"
        >
          {t('funding.allocate')}
        </button>
      </footer>
    </form>
  );
}
