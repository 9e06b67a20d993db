import { useMutation } from '../../graphql/hooks';
import { parseAmount } from '@ta/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { validateRate, type RateValues } from './funding-forms';
import { CurrencyField } from './MoneyFields';
import { setExchangeRateMutation } from './funding.graphql';
import { useForm } from '../../components/use-form';

interface ExchangeRateFormProps {
  initial: Partial<RateValues>;
  onSaved: (rate: { currency: string; date: string; rateToUsd: string }) => void;
  onCancel: () => void;
}

/** US dollars for one unit of a currency on a date, as the secretariat keeps them. */
export function ExchangeRateForm({ initial, onSaved, onCancel }: ExchangeRateFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const form = useForm<RateValues>({
    initial: () => ({ currency: 'EUR', date: '', rateToUsd: '', ...initial }),
    validate: validateRate,
  });
  const { values, set } = form;
  const [save, { loading }] = useMutation(setExchangeRateMutation);

  // The form sits inside the contribution form's dialog: handleSubmit keeps its submit from reaching that form.
  const submit = form.handleSubmit(async (v) => {
    const rate = parseAmount(v.rateToUsd, 8);
    if (!('value' in rate)) return;
    const { data } = await save({ variables: { currency: v.currency, date: v.date, rateToUsd: rate.value } });
    if (data) onSaved(data.setExchangeRate);
  });

  return (
    <form className="sub-form" noValidate onSubmit={submit} data-testid="rate-form">
      <p className="field-hint">{t('funding.rateIntro')}</p>
      {form.formError && (
        <p className="form-error" role="alert" data-testid="rate-error">
          {form.formError}
        </p>
      )}
      <div className="log-form__grid">
        <CurrencyField
          id={`${id}-currency`}
          name="rate-currency"
          error={form.errorFor('currency')}
          value={values.currency}
          onChange={(v) => set('currency', v)}
          testId="rate-currency"
          withoutUsd
        />
        <FormField id={`${id}-date`} name="rate-date" label={t('funding.date')} error={form.errorFor('date')} required>
          {(describedBy) => (
            <input
              id={`${id}-date`}
              type="date"
              value={values.date}
              onChange={(e) => set('date', e.target.value)}
              aria-describedby={describedBy}
              data-testid="rate-date"
            />
          )}
        </FormField>
        <FormField
          id={`${id}-rate`}
          name="rateToUsd"
          label={t('funding.rateToUsd')}
          error={form.errorFor('rateToUsd')}
          required
        >
          {(describedBy) => (
            <input
              id={`${id}-rate`}
              type="text"
              inputMode="decimal"
              placeholder="1.27450000"
              value={values.rateToUsd}
              onChange={(e) => set('rateToUsd', e.target.value)}
              aria-describedby={describedBy}
              data-testid="rate-value"
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <span className="spacer" />
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={loading} data-testid="rate-submit">
          {t('funding.saveRate')}
        </button>
      </div>
    </form>
  );
}
