import { useMutation, useQuery } from '../../graphql/hooks';
import { DEFAULT_PLAN_YEARS, todayUtc } from '@ta/domain';
import type { ContributionStage } from '@ta/graphql-types/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { useApiLanguage } from '../../i18n';
import { activityChoicesQuery } from '../programme/programme.graphql';
import type { ReferenceData } from '../reference/use-reference-data';
import { ExchangeRateForm } from './ExchangeRateForm';
import { NewDonorDialog } from './NewDonorDialog';
import { AmountField, CurrencyField, PriorityAreaField } from './MoneyFields';
import { newIdempotencyKey } from '../../offline/drafts';
import { FUNDING_FIELDS } from './evict-funding';
import { donorsQuery, recordContributionMutation } from './funding.graphql';
import {
  CONTRIBUTION_FIELDS,
  emptyContribution,
  STAGES,
  toContributionInput,
  validateContribution,
  type ContributionValues,
  type Earmark,
} from './funding-forms';

export interface RecordedContribution {
  id: string;
  amount: string;
  currency: string;
}

/**
 * Records a contribution. The idempotency key is made when the form opens and kept for its retries, so a
 * double click or a retry after a lost answer records it once. A missing exchange rate can be set right here.
 */
export function ContributionForm({
  reference,
  userId,
  onRecorded,
}: {
  reference: ReferenceData;
  /** Whose drafts these are (the new donor's). */
  userId: string;
  onRecorded: (c: RecordedContribution) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  // One key for as long as the form is open: a retry of a lost answer records the contribution once.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<ContributionValues>({
    initial: () => emptyContribution(todayUtc()),
    validate: validateContribution,
    isField: (path) => CONTRIBUTION_FIELDS.includes(path),
  });
  const { values, set } = form;
  const [settingRate, setSettingRate] = useState(false);
  const [rateSet, setRateSet] = useState<string | null>(null);
  const [addingDonor, setAddingDonor] = useState(false);
  const donors = useQuery(donorsQuery);
  const lang = useApiLanguage();
  const activities = useQuery(activityChoicesQuery, { variables: { filter: {}, lang } });
  const [record, { loading }] = useMutation(recordContributionMutation, { evict: FUNDING_FIELDS });

  const submit = form.handleSubmit(async (v) => {
    const { data } = await record({ variables: { input: toContributionInput(v, idempotencyKey) } });
    if (data) onRecorded(data.recordContribution);
  });

  const currencyError = form.errorFor('currency');
  const earmarks: Earmark[] = ['none', 'activity', 'area'];

  return (
    <>
      <form
        className="log-form"
        noValidate
        onSubmit={submit}
        data-testid="contribution-form"
        data-idempotency-key={idempotencyKey}
      >
        {form.formError && (
          <p className="form-error" role="alert" data-testid="contribution-error">
            {form.formError}
          </p>
        )}
        {rateSet && (
          <Notice tone="success" testId="rate-saved">
            <p>{rateSet}</p>
          </Notice>
        )}
        <div className="log-form__grid">
          <FormField
            id={`${id}-donor`}
            name="donorId"
            label={t('funding.donor')}
            error={form.errorFor('donorId')}
            required
          >
            {(describedBy) => (
              <select
                id={`${id}-donor`}
                value={values.donorId}
                onChange={(e) => set('donorId', e.target.value)}
                aria-describedby={describedBy}
                data-testid="contribution-donor"
              >
                <option value="">{t('form.choose')}</option>
                {(donors.data?.donors ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <p className="field">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setAddingDonor(true)}
              data-testid="contribution-new-donor"
            >
              {t('funding.newDonor.open')}
            </button>
          </p>
          <AmountField
            id={`${id}-amount`}
            name="amount"
            error={form.errorFor('amount')}
            value={values.amount}
            onChange={(v) => set('amount', v)}
            testId="contribution-amount-input"
          />
          <CurrencyField
            id={`${id}-currency`}
            name="currency"
            error={currencyError}
            value={values.currency}
            onChange={(v) => set('currency', v)}
            testId="contribution-currency"
          />
          <FormField id={`${id}-date`} name="date" label={t('funding.date')} error={form.errorFor('date')} required>
            {(describedBy) => (
              <input
                id={`${id}-date`}
                type="date"
                value={values.date}
                onChange={(e) => set('date', e.target.value)}
                aria-describedby={describedBy}
                data-testid="contribution-date"
              />
            )}
          </FormField>
          <FormField id={`${id}-stage`} name="stage" label={t('funding.stage')} error={form.errorFor('stage')} required>
            {(describedBy) => (
              <select
                id={`${id}-stage`}
                value={values.stage}
                onChange={(e) => set('stage', e.target.value as ContributionStage)}
                aria-describedby={describedBy}
                data-testid="contribution-stage"
              >
                {STAGES.map((s) => (
                  <option key={s} value={s}>
                    {t(`stages.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {values.stage !== 'PLEDGED' && (
            <FormField
              id={`${id}-agreement`}
              name="agreementRef"
              label={t('funding.agreementRef')}
              error={form.errorFor('agreementRef')}
              required
            >
              {(describedBy) => (
                <input
                  id={`${id}-agreement`}
                  type="text"
                  value={values.agreementRef}
                  onChange={(e) => set('agreementRef', e.target.value)}
                  aria-describedby={describedBy}
                  data-testid="contribution-agreement"
                />
              )}
            </FormField>
          )}
        </div>
        {currencyError && values.currency !== 'USD' && !settingRate && (
          <p>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setSettingRate(true)}
              data-testid="contribution-set-rate"
            >
              {t('funding.setThisRate', { currency: values.currency, date: values.date })}
            </button>
          </p>
        )}

        <fieldset className="topics">
          <legend>{t('funding.earmarking')}</legend>
          <div className="radio-row">
            {earmarks.map((e) => (
              <label key={e} className="checkbox">
                <input
                  type="radio"
                  name={`${id}-earmark`}
                  checked={values.earmark === e}
                  onChange={() => set('earmark', e)}
                  data-testid={`contribution-earmark-${e}`}
                />
                {t(`funding.earmark.${e}`)}
              </label>
            ))}
          </div>
          {values.earmark === 'activity' && (
            <FormField
              id={`${id}-activity`}
              name="activityId"
              label={t('programme.activity')}
              error={form.errorFor('activityId')}
              required
            >
              {(describedBy) => (
                <select
                  id={`${id}-activity`}
                  value={values.activityId}
                  onChange={(e) => set('activityId', e.target.value)}
                  aria-describedby={describedBy}
                  data-testid="contribution-activity"
                >
                  <option value="">{t('form.choose')}</option>
                  {(activities.data?.activities.nodes ?? []).map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.code} — {a.title}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          )}
          {values.earmark === 'area' && (
            <PriorityAreaField
              id={`${id}-area`}
              name="priorityAreaCode"
              error={form.errorFor('priorityAreaCode')}
              required
              value={values.priorityAreaCode}
              onChange={(v) => set('priorityAreaCode', v)}
              testId="contribution-area"
              reference={reference}
              emptyLabel={t('form.choose')}
            />
          )}
        </fieldset>

        <fieldset className="topics">
          <legend>{t('funding.yearsCovered')}</legend>
          <div className="radio-row">
            {DEFAULT_PLAN_YEARS.map((year) => (
              <label key={year} className="checkbox">
                <input
                  type="checkbox"
                  checked={values.yearsCovered.includes(year)}
                  onChange={(e) =>
                    set(
                      'yearsCovered',
                      e.target.checked ? [...values.yearsCovered, year] : values.yearsCovered.filter((y) => y !== year),
                    )
                  }
                />
                {year}
              </label>
            ))}
          </div>
          <p className="field-hint">{t('funding.yearsCoveredHint')}</p>
        </fieldset>

        <footer className="dialog__footer">
          <button type="submit" className="button button--primary" disabled={loading} data-testid="contribution-submit">
            {loading ? t('form.submitting') : t('funding.record')}
          </button>
        </footer>
      </form>
      {addingDonor && (
        <NewDonorDialog
          reference={reference}
          userId={userId}
          onClose={() => setAddingDonor(false)}
          onCreated={(donor) => {
            setAddingDonor(false);
            // Chosen at once: the list is asked again (evicted), and the new donor is in it.
            set('donorId', donor.id);
          }}
        />
      )}
      {settingRate && (
        <ExchangeRateForm
          initial={{ currency: values.currency, date: values.date }}
          onCancel={() => setSettingRate(false)}
          onSaved={(rate) => {
            setSettingRate(false);
            form.reset(values);
            setRateSet(t('funding.rateSaved', { currency: rate.currency, date: rate.date, rate: rate.rateToUsd }));
          }}
        />
      )}
    </>
  );
}
