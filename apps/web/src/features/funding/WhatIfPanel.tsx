import { useMutation, useQuery } from '../../graphql/hooks';
import { DEFAULT_PLAN_YEARS, todayUtc } from '@ta/domain';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { Loading } from '../../components/Loading';
import { LoadError } from '../../components/LoadError';
import { Money } from '../../components/Money';
import { Notice } from '../../components/Notice';
import { shareRegionLabel } from '../reference/labels';
import { useForm } from '../../components/use-form';
import { useApiLanguage } from '../../i18n';
import { formatMoney } from '../../money';
import type { ReferenceData } from '../reference/use-reference-data';
import { newIdempotencyKey } from '../../offline/drafts';
import { FUNDING_FIELDS } from './evict-funding';
import { recordContributionMutation, whatIfPledgeQuery } from './funding.graphql';
import { AmountField, CurrencyField, PriorityAreaField } from './MoneyFields';
import { toWhatIfInput, validateWhatIf, WHAT_IF_FIELDS, type WhatIfValues } from './funding-forms';

const WhatIfChart = lazy(() => import('./WhatIfChart').then((m) => ({ default: m.WhatIfChart })));

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
  const [record, { loading: saving }] = useMutation(recordContributionMutation, { evict: FUNDING_FIELDS });

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

  const result = ready ? (whatIf.data ?? whatIf.previousData) : undefined;
  const rows = result?.whatIfPledge;
  const byYear = (result?.byYear ?? []).map((r) => ({ ...r, key: String(r.year ?? ''), label: String(r.year ?? '—') }));

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
          <AmountField
            id={`${id}-amount`}
            name="amount"
            error={form.errorFor('amount')}
            value={values.amount}
            onChange={(v) => set('amount', v)}
            testId="what-if-amount"
          />
          <CurrencyField
            id={`${id}-currency`}
            name="currency"
            error={form.errorFor('currency')}
            value={values.currency}
            onChange={(v) => set('currency', v)}
            testId="what-if-currency"
          />
          <PriorityAreaField
            id={`${id}-area`}
            name="priorityAreaCode"
            error={form.errorFor('priorityAreaCode')}
            value={values.priorityAreaCode}
            onChange={(v) => set('priorityAreaCode', v)}
            testId="what-if-area"
            reference={reference}
            emptyLabel={t('funding.whatIf.anyArea')}
          />
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
        {rows && result && (
          <>
            <WhatIfTable
              caption={t('funding.whatIf.byArea')}
              heading={t('columns.priorityArea')}
              rowTestId="what-if-row"
              keyName="data-area"
              busy={whatIf.loading}
              rows={rows.flatMap((row) =>
                row.priorityArea
                  ? [
                      {
                        ...row,
                        key: row.priorityArea.code,
                        label: `${row.priorityArea.code} — ${row.priorityArea.title}`,
                      },
                    ]
                  : [],
              )}
            />
            <div className="two-columns">
              <Suspense fallback={<Loading testId="what-if-chart-loading" />}>
                <WhatIfChart bars={byYear} onOpen={(key) => document.getElementById(`${id}-year-${key}`)?.focus()} />
              </Suspense>
              <div>
                <WhatIfTable
                  caption={t('funding.whatIf.byYear')}
                  heading={t('charts.year')}
                  rowTestId="what-if-year-row"
                  keyName="data-year"
                  busy={whatIf.loading}
                  rows={byYear}
                  rowId={(key) => `${id}-year-${key}`}
                />
                <WhatIfTable
                  caption={t('funding.whatIf.byRegion')}
                  heading={t('funding.region')}
                  rowTestId="what-if-region-row"
                  keyName="data-region"
                  busy={whatIf.loading}
                  rows={result.byRegion.map((r) => ({
                    ...r,
                    key: r.region ?? '',
                    label: shareRegionLabel(t, r.region),
                  }))}
                />
              </div>
            </div>
          </>
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

interface WhatIfFigures {
  key: string;
  label: string;
  gapBefore: string;
  covered: string;
  gapAfter: string;
}

/** One grouping of the what-if figures: the gap before, what the pledge covers, the gap after. */
function WhatIfTable({
  caption,
  heading,
  rows,
  rowTestId,
  keyName,
  busy,
  rowId,
}: {
  caption: string;
  heading: string;
  rows: readonly WhatIfFigures[];
  rowTestId: string;
  keyName: 'data-area' | 'data-year' | 'data-region';
  busy: boolean;
  rowId?: (key: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <CardTable className="requests-table" data-testid={`${rowTestId}s`} aria-busy={busy}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{heading}</th>
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
          {rows.map((row) => (
            <tr key={row.key} data-testid={rowTestId} {...{ [keyName]: row.key }}>
              <th scope="row" id={rowId?.(row.key)} tabIndex={rowId ? -1 : undefined}>
                {row.label}
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
          ))}
        </tbody>
      </CardTable>
    </div>
  );
}
