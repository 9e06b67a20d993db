import { useMutation } from '../../graphql/hooks';
import { parseAmount, todayUtc } from '@ta/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { Money } from '../../components/Money';
import type { ContributionRow } from './ContributionsTable';
import { FUNDING_FIELDS } from './evict-funding';
import { remainingToPay, validatePayment, type PaymentValues } from './funding-forms';
import { recordPaymentMutation } from './funding.graphql';
import { useForm } from '../../components/use-form';

/** One dated instalment, in the contribution's currency; the contribution is PAID once they reach its amount. */
export function PaymentForm({ contribution, onDone }: { contribution: ContributionRow; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const remaining = remainingToPay(contribution.amount, contribution.payments);
  const form = useForm<PaymentValues>({
    initial: () => ({ amount: '', paidOn: todayUtc() }),
    validate: (v) => validatePayment(v, remaining),
  });
  const { values, set } = form;
  const [pay, { loading }] = useMutation(recordPaymentMutation, { evict: FUNDING_FIELDS });

  const submit = form.handleSubmit(async (v) => {
    const amount = parseAmount(v.amount);
    if (!('value' in amount)) return;
    await pay({
      variables: { id: contribution.id, amount: amount.value, paidOn: v.paidOn, expectedVersion: contribution.version },
    });
    onDone();
  });

  return (
    <form className="log-form" noValidate onSubmit={submit} data-testid="payment-form">
      <p>
        {t('funding.leftToPay')}:{' '}
        <Money value={remaining} currency={contribution.currency} testId="payment-remaining" />
      </p>
      {form.formError && (
        <p className="form-error" role="alert">
          {form.formError}
        </p>
      )}
      <div className="log-form__grid">
        <FormField
          id={`${id}-amount`}
          name="amount"
          label={t('funding.amountIn', { currency: contribution.currency })}
          error={form.errorFor('amount')}
          required
        >
          {(describedBy) => (
            <input
              id={`${id}-amount`}
              type="text"
              inputMode="decimal"
              value={values.amount}
              onChange={(e) => set('amount', e.target.value)}
              aria-describedby={describedBy}
              data-testid="payment-amount"
            />
          )}
        </FormField>
        <FormField id={`${id}-date`} name="paidOn" label={t('funding.paidOn')} error={form.errorFor('paidOn')} required>
          {(describedBy) => (
            <input
              id={`${id}-date`}
              type="date"
              value={values.paidOn}
              onChange={(e) => set('paidOn', e.target.value)}
              aria-describedby={describedBy}
              data-testid="payment-date"
            />
          )}
        </FormField>
      </div>
      <footer className="dialog__footer">
        <button type="submit" className="button button--primary" disabled={loading} data-testid="payment-submit">
          {t('funding.recordPayment')}
        </button>
      </footer>
    </form>
  );
}
