import { useMutation } from '@apollo/client/react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAmount } from '@ta/domain';
import { FormField } from '../../components/FormField';
import { hasProblems } from '../../forms';
import { CURRENCIES, validateRate, type RateValues } from './funding-forms';
import { setExchangeRateMutation } from './funding.graphql';
import { useFormErrors } from './use-form-errors';

const FIELDS = ['currency', 'date', 'rateToUsd'];

interface ExchangeRateFormProps {
  initial: Partial<RateValues>;
  onSaved: (rate: { currency: string; date: string; rateToUsd: string }) => void;
  onCancel: () => void;
}

/** US dollars for one unit of a currency on a date, as the secretariat keeps them. */
export function ExchangeRateForm({ initial, onSaved, onCancel }: ExchangeRateFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<RateValues>({ currency: 'EUR', date: '', rateToUsd: '', ...initial });
  const problems = validateRate(values);
  const errors = useFormErrors(problems, FIELDS);
  const [save, { loading }] = useMutation(setExchangeRateMutation);
  const set = (field: keyof RateValues, value: string): void => {
    setValues((v) => ({ ...v, [field]: value }));
    errors.touch(field);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    event.stopPropagation();
    if (hasProblems(problems)) return errors.touchAll();
    const rate = parseAmount(values.rateToUsd, 8);
    if (!('value' in rate)) return;
    try {
      const { data } = await save({ variables: { currency: values.currency, date: values.date, rateToUsd: rate.value } });
      if (data) onSaved(data.setExchangeRate);
    } catch (error) {
      errors.fromServer(error);
    }
  };

  return (
    <form className="sub-form" noValidate onSubmit={(e) => void submit(e)} data-testid="rate-form">
      <p className="field-hint">{t('funding.rateIntro')}</p>
      {errors.formError && (
        <p className="form-error" role="alert" data-testid="rate-error">
          {errors.formError}
        </p>
      )}
      <div className="log-form__grid">
        <FormField id={`${id}-currency`} name="rate-currency" label={t('funding.currency')} error={errors.errorFor('currency')} required>
          {(describedBy) => (
            <select id={`${id}-currency`} value={values.currency} onChange={(e) => set('currency', e.target.value)} aria-describedby={describedBy} data-testid="rate-currency">
              {CURRENCIES.filter((c) => c !== 'USD').map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-date`} name="rate-date" label={t('funding.date')} error={errors.errorFor('date')} required>
          {(describedBy) => (
            <input id={`${id}-date`} type="date" value={values.date} onChange={(e) => set('date', e.target.value)} aria-describedby={describedBy} data-testid="rate-date" />
          )}
        </FormField>
        <FormField id={`${id}-rate`} name="rateToUsd" label={t('funding.rateToUsd')} error={errors.errorFor('rateToUsd')} required>
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
