import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayUtc } from '@ta/domain';
import { parseAmount } from '@ta/domain';
import { FormField } from '../../components/FormField';
import { Money } from '../../components/Money';
import { hasProblems } from '../../forms';
import type { ContributionRow } from './ContributionsTable';
import { evictFunding } from './evict-funding';
import { remainingToPay, validatePayment, type PaymentValues } from './funding-forms';
import { recordPaymentMutation } from './funding.graphql';
import { useFormErrors } from './use-form-errors';

/** One dated instalment, in the contribution's currency; the contribution is PAID once they reach its amount. */
export function PaymentForm({ contribution, onDone }: { contribution: ContributionRow; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const remaining = remainingToPay(contribution.amount, contribution.payments);
  const [values, setValues] = useState<PaymentValues>({ amount: '', paidOn: todayUtc() });
  const problems = validatePayment(values, remaining);
  const errors = useFormErrors(problems, ['amount', 'paidOn']);
  const [pay, { loading }] = useMutation(recordPaymentMutation, { update: evictFunding });
  const set = (field: keyof PaymentValues, value: string): void => {
    setValues((v) => ({ ...v, [field]: value }));
    errors.touch(field);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (hasProblems(problems)) return errors.touchAll();
    const amount = parseAmount(values.amount);
    if (!('value' in amount)) return;
    try {
      await pay({ variables: { id: contribution.id, amount: amount.value, paidOn: values.paidOn, expectedVersion: contribution.version } });
      onDone();
    } catch (error) {
      errors.fromServer(error);
    }
  };

  return (
    <form className="log-form" noValidate onSubmit={(e) => void submit(e)} data-testid="payment-form">
      <p>
        {t('funding.leftToPay')}: <Money value={remaining} currency={contribution.currency} testId="payment-remaining" />
      </p>
      {errors.formError && (
        <p className="form-error" role="alert">
          {errors.formError}
        </p>
      )}
      <div className="log-form__grid">
        <FormField id={`${id}-amount`} name="amount" label={t('funding.amountIn', { currency: contribution.currency })} error={errors.errorFor('amount')} required>
          {(describedBy) => (
            <input id={`${id}-amount`} type="text" inputMode="decimal" value={values.amount} onChange={(e) => set('amount', e.target.value)} aria-describedby={describedBy} data-testid="payment-amount" />
          )}
        </FormField>
        <FormField id={`${id}-date`} name="paidOn" label={t('funding.paidOn')} error={errors.errorFor('paidOn')} required>
          {(describedBy) => (
            <input id={`${id}-date`} type="date" value={values.paidOn} onChange={(e) => set('paidOn', e.target.value)} aria-describedby={describedBy} data-testid="payment-date" />
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
