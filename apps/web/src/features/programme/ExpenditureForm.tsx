import { COST_CATEGORIES, todayUtc } from '@ta/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { Money } from '../../components/Money';
import { useForm } from '../../components/use-form';
import { useMutation } from '../../graphql/hooks';
import { useSubmissionKey } from '../../offline/drafts';
import { FUNDING_FIELDS } from '../funding/evict-funding';
import { AmountField, CurrencyField, YearField } from '../funding/MoneyFields';
import { emptyExpenditure, toExpenditureInput, validateExpenditure, type ExpenditureValues } from './expenditure-form';
import { recordExpenditureMutation } from './programme.graphql';

/**
 * Records money an activity spent (an expenditure line) for those who manage the programme's money: a year of its
 * plan, a cost category, the amount in its currency and the day it was spent. Spending beyond what was allocated
 * is refused by the API (said on the amount) unless flagged with a reason.
 */
export function ExpenditureForm({ activityId, years }: { activityId: string; years: readonly number[] }) {
  const { t } = useTranslation();
  const id = useId();
  const [recorded, setRecorded] = useState<{ amountUsd: string } | null>(null);
  const form = useForm<ExpenditureValues>({
    initial: () => emptyExpenditure(years[0], todayUtc()),
    validate: (v) => validateExpenditure(v, years),
  });
  const { values, set } = form;
  const [record, { loading }] = useMutation(recordExpenditureMutation, {
    refetchQueries: ['ActivityDetail'],
    evict: FUNDING_FIELDS,
  });
  const submission = useSubmissionKey();
  const submit = form.handleSubmit(async (v) => {
    const input = toExpenditureInput(activityId, v);
    const result = await record({ variables: { input: { ...input, idempotencyKey: submission.keyFor(input) } } });
    submission.succeeded();
    setRecorded({ amountUsd: result.data?.recordExpenditure.amountUsd ?? input.amount });
    form.reset(emptyExpenditure(Number(v.year), v.spentOn));
  });

  return (
    <details className="expenditure" data-testid="expenditure">
      <summary data-testid="expenditure-open">{t('delivery.spend.open')}</summary>
      <form className="log-form" noValidate onSubmit={submit} data-testid="expenditure-form">
        {form.formError && (
          <p className="form-error" role="alert" data-testid="expenditure-error">
            {form.formError}
          </p>
        )}
        {recorded && (
          <p role="status" data-testid="expenditure-recorded">
            {t('delivery.spend.recorded')} <Money value={recorded.amountUsd} currency="USD" />
          </p>
        )}
        <div className="log-form__grid">
          <YearField
            id={`${id}-year`}
            name="year"
            error={form.errorFor('year')}
            value={values.year}
            onChange={(v) => set('year', v)}
            years={years}
            testId="expenditure-year"
          />
          <FormField
            id={`${id}-category`}
            name="category"
            label={t('delivery.spend.category')}
            error={form.errorFor('category')}
            required
          >
            {(describedBy) => (
              <select
                id={`${id}-category`}
                value={values.category}
                onChange={(e) => set('category', e.target.value as ExpenditureValues['category'])}
                onBlur={form.touch('category')}
                aria-describedby={describedBy}
                data-testid="expenditure-category"
              >
                <option value="">{t('form.choose')}</option>
                {COST_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {t(`costCategories.${c}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <AmountField
            id={`${id}-amount`}
            name="amount"
            error={form.errorFor('amount')}
            value={values.amount}
            onChange={(v) => set('amount', v)}
            testId="expenditure-amount"
          />
          <CurrencyField
            id={`${id}-currency`}
            name="currency"
            error={form.errorFor('currency')}
            value={values.currency}
            onChange={(v) => set('currency', v)}
            testId="expenditure-currency"
          />
          <FormField
            id={`${id}-spent-on`}
            name="spentOn"
            label={t('delivery.spend.spentOn')}
            error={form.errorFor('spentOn')}
            required
          >
            {(describedBy) => (
              <input
                id={`${id}-spent-on`}
                type="date"
                value={values.spentOn}
                onChange={(e) => set('spentOn', e.target.value)}
                onBlur={form.touch('spentOn')}
                aria-describedby={describedBy}
                data-testid="expenditure-spent-on"
              />
            )}
          </FormField>
          <FormField
            id={`${id}-description`}
            name="description"
            label={t('delivery.spend.description')}
            error={form.errorFor('description')}
            className="field--wide"
          >
            {(describedBy) => (
              <input
                id={`${id}-description`}
                type="text"
                value={values.description}
                onChange={(e) => set('description', e.target.value)}
                aria-describedby={describedBy}
                data-testid="expenditure-description"
              />
            )}
          </FormField>
          <label className="checkbox field--wide">
            <input
              type="checkbox"
              checked={values.beyondAllocation}
              onChange={(e) => set('beyondAllocation', e.target.checked)}
              data-testid="expenditure-beyond"
            />{' '}
            {t('delivery.spend.beyond')}
          </label>
          {values.beyondAllocation && (
            <FormField
              id={`${id}-reason`}
              name="beyondAllocationReason"
              label={t('delivery.spend.reason')}
              error={form.errorFor('beyondAllocationReason')}
              required
              className="field--wide"
            >
              {(describedBy) => (
                <input
                  id={`${id}-reason`}
                  type="text"
                  value={values.beyondAllocationReason}
                  onChange={(e) => set('beyondAllocationReason', e.target.value)}
                  onBlur={form.touch('beyondAllocationReason')}
                  aria-describedby={describedBy}
                  data-testid="expenditure-reason"
                />
              )}
            </FormField>
          )}
        </div>
        <footer className="dialog__footer">
          <button type="submit" className="button button--primary" disabled={loading} data-testid="expenditure-submit">
            {t('delivery.spend.submit')}
          </button>
        </footer>
      </form>
    </details>
  );
}
