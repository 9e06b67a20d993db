import { sumDecimals } from '@ta/domain';
import type { ActivitiesQuery } from '@ta/graphql-types/graphql';
import { useTranslation } from 'react-i18next';
import { ActivityPhaseChip } from '../../components/ActivityPhaseChip';
import { ActivityStatusBadge } from '../../components/ActivityStatusBadge';
import { Illustrative } from '../../components/Illustrative';
import { UnofficialTranslationsNote } from '../../components/UnofficialTranslation';
import { Money } from '../../components/Money';
import { CardTable } from '../../components/CardTable';

export type ActivityRow = ActivitiesQuery['activities']['nodes'][number];
type YearCost = ActivitiesQuery['programmeTotals'][number];

interface ActivitiesGridProps {
  rows: readonly ActivityRow[];
  totals: readonly YearCost[];
  years: readonly number[];
  busy: boolean;
  onOpen: (id: string) => void;
}

const amountOf = (costs: readonly YearCost[], year: number): string | undefined =>
  costs.find((c) => c.year === year)?.amount;

/** Activities × the plan's years, in US dollars; the totals row is the API's, for the whole filtered programme. */
export function ActivitiesGrid({ rows, totals, years, busy, onOpen }: ActivitiesGridProps) {
  const { t } = useTranslation();
  return (
    <>
      <UnofficialTranslationsNote shown={rows.some((row) => row.unofficialTranslation)} />
      <div className="table-wrap" aria-busy={busy} data-busy={busy}>
        <CardTable
          className="requests-table grid"
          data-testid="activities-grid"
          aria-busy={busy}
          aria-labelledby="programme-title"
        >
          <thead>
            <tr>
              <th scope="col">{t('programme.code')}</th>
              <th scope="col">{t('programme.activity')}</th>
              <th scope="col">{t('columns.priorityArea')}</th>
              <th scope="col">{t('columns.status')}</th>
              <th scope="col">{t('programme.type')}</th>
              {years.map((year) => (
                <th scope="col" key={year} className="cell-amount" data-testid={`year-header-${year}`}>
                  {year}
                </th>
              ))}
              <th scope="col" className="cell-amount">
                {t('programme.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.id}
                data-testid="activity-row"
                data-id={row.id}
                data-code={row.code}
                data-status={row.status}
                data-phase={row.phase}
              >
                <th scope="row" className="cell-code">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onOpen(row.id)}
                    data-testid="activity-open"
                  >
                    {row.code}
                  </button>
                </th>
                <td data-testid="activity-title" data-unofficial-translation={row.unofficialTranslation}>
                  {row.title}
                  {row.illustrativeNote && (
                    <>
                      {' '}
                      <Illustrative note={row.illustrativeNote} />
                    </>
                  )}
                </td>
                <td>
                  <span className="area">
                    <span className="area__code">{row.priorityArea.code}</span>
                    <span className="area__title" title={row.priorityArea.title}>
                      {row.priorityArea.title}
                    </span>
                  </span>
                </td>
                <td>
                  <ActivityStatusBadge status={row.status} />
                  <ActivityPhaseChip phase={row.phase} />
                </td>
                <td>{t(`activityTypes.${row.activityType}`)}</td>
                {years.map((year) => {
                  const amount = amountOf(row.costsByYear, year);
                  return (
                    <td key={year} className="cell-amount" data-testid={`cost-${year}`}>
                      {amount ? <Money value={amount} /> : <span className="muted">—</span>}
                    </td>
                  );
                })}
                <td className="cell-amount cell-total" data-testid="cost-total">
                  <Money value={row.totalCost} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="programme-totals">
              <th scope="row" colSpan={5}>
                {t('programme.totals')}
              </th>
              {years.map((year) => (
                <td key={year} className="cell-amount" data-testid={`total-${year}`}>
                  <Money value={amountOf(totals, year) ?? '0.00'} />
                </td>
              ))}
              <td className="cell-amount cell-total" data-testid="total-all">
                {/* The years' totals come from the API; their sum is exact (integer cents). */}
                <Money value={sumDecimals(years.map((year) => amountOf(totals, year) ?? '0.00'))} />
              </td>
            </tr>
          </tfoot>
        </CardTable>
      </div>
    </>
  );
}
