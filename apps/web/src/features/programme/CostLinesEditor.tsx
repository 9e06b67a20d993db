import { useMutation } from '../../graphql/hooks';
import { COST_BASES, COST_CATEGORIES, todayUtc, type CostBasis, type CostCategory } from '@ta/domain';
import type { ActivityDetailQuery } from '@ta/graphql-types/graphql';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormField';
import { useForm } from '../../components/use-form';
import { newKey } from '../../forms';
import { costLineRows, toSetCostLinesInput, validateCostLines, type CostLinesValues } from './activity-forms';
import { usePlanYears } from '../reference/use-reference-data';
import { setCostLinesMutation } from './programme.graphql';

type Activity = NonNullable<ActivityDetailQuery['activity']>;

/** Replaces the activity's lines of one basis (original costing, or a revision). */
export function CostLinesEditor({ activity, onDone }: { activity: Activity; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const planYears = usePlanYears();
  const form = useForm<CostLinesValues>({
    initial: () => ({
      basis: 'ORIGINAL',
      rateDate: activity.costs[0]?.rateDate ?? todayUtc(),
      lines: costLineRows(activity.costs, 'ORIGINAL'),
    }),
    validate: (v) => validateCostLines(v, planYears),
    isField: (path) => path === 'rateDate' || path.startsWith('lines.'),
  });
  const { values, errorFor, formError } = form;
  const [save, { loading }] = useMutation(setCostLinesMutation, {
    refetchQueries: ['Activities', 'ActivityDetail', 'FundingOverview', 'FundingByActivity'],
  });
  const setLine = (index: number, patch: Partial<CostLinesValues['lines'][number]>, field: string): void =>
    form.change(
      (v) => ({ ...v, lines: v.lines.map((line, i) => (i === index ? { ...line, ...patch } : line)) }),
      `lines.${index}.${field}`,
    );
  // Another basis is another set of lines: they start untouched.
  const chooseBasis = (basis: CostBasis): void =>
    form.reset({ ...values, basis, lines: costLineRows(activity.costs, basis) });

  const submit = form.handleSubmit(async (v) => {
    await save({ variables: { input: toSetCostLinesInput(activity.id, activity.version, v) } });
    onDone();
  });

  return (
    <form className="sub-form" noValidate onSubmit={submit} data-testid="cost-lines-form">
      {formError && (
        <p className="form-error" role="alert" data-testid="cost-lines-error">
          {formError}
        </p>
      )}
      <div className="inline-form">
        <div className="field">
          <label htmlFor={`${id}-basis`}>{t('activity.basis')}</label>
          <select
            id={`${id}-basis`}
            value={values.basis}
            onChange={(e) => chooseBasis(e.target.value as CostBasis)}
            data-testid="cost-lines-basis"
          >
            {COST_BASES.map((basis) => (
              <option key={basis} value={basis}>
                {t(`costBases.${basis}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${errorFor('rateDate') ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-rate-date`}>{t('activity.rateDate')}</label>
          <input
            id={`${id}-rate-date`}
            type="date"
            value={values.rateDate}
            onChange={(e) => form.set('rateDate', e.target.value)}
            data-testid="cost-lines-rate-date"
          />
          <FieldError name="rateDate" message={errorFor('rateDate')} />
        </div>
      </div>
      <table className="mini-table">
        <thead>
          <tr>
            <th scope="col">{t('funding.year')}</th>
            <th scope="col">{t('activity.category')}</th>
            <th scope="col">{t('funding.amountUsd')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('activity.removeLine')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {values.lines.map((line, i) => (
            <tr key={line.key} data-testid="cost-line-edit">
              <td>
                <select
                  value={line.year}
                  aria-label={t('funding.year')}
                  onChange={(e) => setLine(i, { year: e.target.value }, 'year')}
                  data-testid={`cost-line-year-${i}`}
                >
                  {planYears.map((year) => (
                    <option key={year} value={year}>
                      {year}
                    </option>
                  ))}
                </select>
                <FieldError name={`lines.${i}.year`} message={errorFor(`lines.${i}.year`)} />
              </td>
              <td>
                <select
                  value={line.category}
                  aria-label={t('activity.category')}
                  onChange={(e) => setLine(i, { category: e.target.value as CostCategory | '' }, 'category')}
                  data-testid={`cost-line-category-${i}`}
                >
                  <option value="">{t('form.choose')}</option>
                  {COST_CATEGORIES.map((category) => (
                    <option key={category} value={category}>
                      {t(`costCategories.${category}`)}
                    </option>
                  ))}
                </select>
                <FieldError name={`lines.${i}.category`} message={errorFor(`lines.${i}.category`)} />
              </td>
              <td>
                <input
                  type="text"
                  inputMode="decimal"
                  value={line.amount}
                  aria-label={t('funding.amountUsd')}
                  onChange={(e) => setLine(i, { amount: e.target.value }, 'amount')}
                  data-testid={`cost-line-amount-${i}`}
                />
                <FieldError name={`lines.${i}.amount`} message={errorFor(`lines.${i}.amount`)} />
              </td>
              <td>
                <button
                  type="button"
                  className="button button--quiet button--small"
                  onClick={() => form.change((v) => ({ ...v, lines: v.lines.filter((_, j) => j !== i) }))}
                  data-testid={`cost-line-remove-${i}`}
                >
                  {t('activity.removeLine')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            form.change((v) => ({
              ...v,
              lines: [...v.lines, { key: newKey('line'), year: String(planYears[0]), category: '', amount: '' }],
            }))
          }
          data-testid="cost-line-add"
        >
          + {t('activity.addLine')}
        </button>
        <span className="spacer" />
        <button type="button" className="button button--quiet" onClick={onDone}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={loading} data-testid="cost-lines-submit">
          {t('activity.saveCostLines')}
        </button>
      </div>
    </form>
  );
}
