import { useMutation, useQuery } from '@apollo/client/react';
import { DEFAULT_PLAN_YEARS, todayUtc } from '@ta/domain';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { FormField } from '../../components/FormField';
import { LoadError } from '../../components/LoadError';
import { Money } from '../../components/Money';
import { Notice } from '../../components/Notice';
import { useForm } from '../../components/use-form';
import { useApiLanguage } from '../../i18n';
import { formatMoney } from '../../money';
import type { ReferenceData } from '../reference/use-reference-data';
import { evictFunding } from './evict-funding';
import { recordContributionMutation, whatIfPledgeQuery } from './funding.graphql';
import {
  CURRENCIES,
  newIdempotencyKey,
  toWhatIfInput,
  validateWhatIf,
  WHAT_IF_FIELDS,
  type WhatIfValues,
} from './funding-forms';

/** How long the donor pauses typing before the figures are asked for. */
const DEBOUNCE_MS = 400;

/** The values once the donor stops typing for a moment. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * "What would a pledge close?": as the donor types, the gap by priority area before and after the prospective
 * contribution, and what it covers. Nothing is recorded unless the donor saves it as an intention.
 */
export function WhatIfPanel({
  donorId,
  reference,
  canSave,
}: {
  donorId: string;
  reference: ReferenceData;
  canSave: boolean;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = useApiLanguage();
  const [saved, setSaved] = useState<{ id: string; text: string } | null>(null);
  /** Made once per intention: a double click or retry records it once; a new one after it is saved. */
  const [idempotencyKey, setIdempotencyKey] = useState(newIdempotencyKey);
  const form = useForm<WhatIfValues>({
    initial: () => ({ amount: '', currency: 'USD', priorityAreaCode: '', yearsCovered: [] }),
    validate: validateWhatIf,
    isField: (path) => WHAT_IF_FIELDS.includes(path),
  });
  const { values, set } = form;
  const settled = useDebounced(values, DEBOUNCE_MS);
  const ready = Object.keys(validateWhatIf(settled)).length === 0;
  const today = todayUtc();
  const whatIf = useQuery(whatIfPledgeQuery, {
    variables: { input: toWhatIfInput(settled, donorId, today), lang },
    skip: !ready,
  });
  const [record, { loading: saving }] = useMutation(recordContributionMutation, { update: evictFunding });

  const save = form.handleSubmit(async (v) => {
    const { data } = await record({
      variables: {
        input: { ...toWhatIfInput(v, donorId, today), stage: 'INTENDED', idempotencyKey },
      },
    });
    if (data) {
      const c = data.recordContribution;
      setSaved({
        id: c.id,
        text: t('funding.whatIf.saved', { amount: formatMoney(c.amount, i18n.resolvedLanguage ?? 'en', c.currency) }),
      });
      setIdempotencyKey(newIdempotencyKey());
    }
  });

  const rows = ready ? (whatIf.data ?? whatIf.previousData)?.whatIfPledge : undefined;

  return (
    <section className="card" aria-labelledby="what-if-title" data-testid="what-if">
      <div className="section-head">
        <h2 id="what-if-title">{t('funding.whatIf.title')}</h2>
      </div>
      <p className="muted">{t('funding.whatIf.intro')}</p>
      <form className="log-form" noValidate onSubmit={save} data-testid="what-if-form">
        {form.formError && (
          <p className="form-error" role="alert" data-testid="what-if-error">
            {form.formError}
          </p>
        )}
        <div className="log-form__grid">
          <FormField
            id={`${id}-amount`}
            name="amount"
            label={t('funding.amount')}
            error={form.errorFor('amount')}
            required
          >
            {(describedBy) => (
              <input
                id={`${id}-amount`}
                type="text"
                inputMode="decimal"
                placeholder="250000.00"
                value={values.amount}
                onChange={(e) => set('amount', e.target.value)}
                aria-describedby={describedBy}
                data-testid="what-if-amount"
              />
            )}
          </FormField>
          <FormField
            id={`${id}-currency`}
            name="currency"
            label={t('funding.currency')}
            error={form.errorFor('currency')}
            required
          >
            {(describedBy) => (
              <select
                id={`${id}-currency`}
                value={values.currency}
                onChange={(e) => set('currency', e.target.value)}
                aria-describedby={describedBy}
                data-testid="what-if-currency"
              >
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField
            id={`${id}-area`}
            name="priorityAreaCode"
            label={t('form.priorityArea')}
            error={form.errorFor('priorityAreaCode')}
          >
            {(describedBy) => (
              <select
                id={`${id}-area`}
                value={values.priorityAreaCode}
                onChange={(e) => set('priorityAreaCode', e.target.value)}
                aria-describedby={describedBy}
                data-testid="what-if-area"
              >
                <option value="">{t('funding.whatIf.anyArea')}</option>
                {reference.priorityAreas.map((area) => (
                  <option key={area.code} value={area.code}>
                    {area.code} — {area.title}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
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
                  data-testid={`what-if-year-${year}`}
                />
                {year}
              </label>
            ))}
          </div>
          <p className="field-hint">{t('funding.yearsCoveredHint')}</p>
        </fieldset>

        {whatIf.error && <LoadError error={whatIf.error} onRetry={() => void whatIf.refetch()} />}
        {!ready && <p className="muted">{t('funding.whatIf.typeAmount')}</p>}
        {rows && (
          <div className="table-wrap">
            <CardTable className="requests-table" data-testid="what-if-table" aria-busy={whatIf.loading}>
              <thead>
                <tr>
                  <th scope="col">{t('columns.priorityArea')}</th>
                  <th scope="col" className="cell-amount">
                    {t('funding.whatIf.gapBefore')}
                  </th>
                  <th scope="col" className="cell-amount">
                    {t('funding.whatIf.covered')}
                  </th>
                  <th scope="col" className="cell-amount">
                    {t('funding.whatIf.gapAfter')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) =>
                  row.priorityArea ? (
                    <tr key={row.priorityArea.code} data-testid="what-if-row" data-area={row.priorityArea.code}>
                      <th scope="row">
                        {row.priorityArea.code} — {row.priorityArea.title}
                      </th>
                      <td className="cell-amount" data-testid="what-if-before" data-value={row.gapBefore}>
                        <Money value={row.gapBefore} />
                      </td>
                      <td className="cell-amount" data-testid="what-if-covered" data-value={row.covered}>
                        <Money value={row.covered} />
                      </td>
                      <td className="cell-amount" data-testid="what-if-after" data-value={row.gapAfter}>
                        <Money value={row.gapAfter} />
                      </td>
                    </tr>
                  ) : null,
                )}
              </tbody>
            </CardTable>
          </div>
        )}

        {saved && (
          <Notice
            tone="success"
            onDismiss={() => setSaved(null)}
            testId="what-if-saved"
            data={{ 'data-contribution-id': saved.id }}
          >
            <p>{saved.text}</p>
          </Notice>
        )}
        {canSave && (
          <footer className="dialog__footer">
            <button type="submit" className="button button--primary" disabled={saving} data-testid="what-if-save">
              {saving ? t('form.submitting') : t('funding.whatIf.save')}
            </button>
          </footer>
        )}
      </form>
    </section>
  );
}
