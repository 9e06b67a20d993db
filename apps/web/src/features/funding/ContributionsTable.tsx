import type { ContributionsQuery } from '@ta/graphql-types/graphql';
import { useTranslation } from 'react-i18next';
import { Illustrative } from '../../components/Illustrative';
import { Money } from '../../components/Money';
import { formatDate } from '../../format';
import { formatDecimal, formatMoney } from '../../money';
import { HistoryButton } from '../audit/HistoryButton';
import { CardTable } from '../../components/CardTable';

export type ContributionRow = ContributionsQuery['contributions']['nodes'][number];
export type AllocationRow = ContributionRow['allocations'][number];
export type ContributionAction = 'commit' | 'payment' | 'allocate';

interface ContributionsTableProps {
  rows: readonly ContributionRow[];
  /** Secretariat and administrators: commit, pay, allocate, history. */
  onAction?: (action: ContributionAction, row: ContributionRow) => void;
  /** Secretariat and administrators: undo an allocation (after a confirmation). */
  onDeallocate?: (allocation: AllocationRow, row: ContributionRow) => void;
  showDonor: boolean;
  testId: string;
}

/** Contributions as given (amount, currency) and in US dollars at the rate of their date, with what they funded. */
export function ContributionsTable({ rows, onAction, onDeallocate, showDonor, testId }: ContributionsTableProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="table-wrap">
      <CardTable className="requests-table contributions-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('funding.date')}</th>
            {showDonor && <th scope="col">{t('funding.donor')}</th>}
            <th scope="col" className="cell-amount">
              {t('funding.amount')}
            </th>
            <th scope="col">{t('funding.rate')}</th>
            <th scope="col" className="cell-amount">
              {t('funding.amountUsd')}
            </th>
            <th scope="col">{t('funding.stage')}</th>
            <th scope="col">{t('funding.earmarking')}</th>
            <th scope="col">{t('funding.allocations')}</th>
            <th scope="col">{t('funding.payments')}</th>
            {onAction && <th scope="col">{t('funding.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr
              key={c.id}
              data-testid="contribution-row"
              data-id={c.id}
              data-currency={c.currency}
              data-amount={c.amount}
              data-stage={c.stage}
              data-unallocated={c.unallocatedUsd}
            >
              <td className="cell-date">{formatDate(c.date, lang)}</td>
              {showDonor && <td>{c.donor.name}</td>}
              <td className="cell-amount" data-testid="contribution-amount">
                <Money value={c.amount} currency={c.currency} />
                {c.illustrative && (
                  <>
                    {' '}
                    <Illustrative />
                  </>
                )}
              </td>
              <td data-testid="contribution-rate">
                {c.currency === 'USD' ? (
                  '—'
                ) : (
                  <>
                    {formatDecimal(c.rateToUsd, lang, 2)}
                    <div className="muted small">{formatDate(c.rateDate, lang)}</div>
                  </>
                )}
              </td>
              <td className="cell-amount">
                <Money value={c.amountUsd} />
                <div className="muted small">
                  {t('funding.unallocated')}: <Money value={c.unallocatedUsd} />
                </div>
                <Reconciliation contribution={c} />
              </td>
              <td>
                <span className={`badge badge--stage-${c.stage.toLowerCase()}`}>{t(`stages.${c.stage}`)}</span>
                {c.agreementRef && <div className="muted small">{c.agreementRef}</div>}
              </td>
              <td>
                {t(`earmarkings.${c.earmarking}`)}
                {c.activity && <div className="small">{c.activity.code}</div>}
                {c.priorityArea && <div className="small">{c.priorityArea.code}</div>}
              </td>
              <td>
                {c.allocations.length ? (
                  <ul className="plain-list small">
                    {c.allocations.map((a) => (
                      <li key={a.id} data-testid="contribution-allocation" data-id={a.id}>
                        {a.activity.code} · {a.year} · <Money value={a.amountUsd} currency="USD" />
                        {onDeallocate && (
                          <>
                            {' '}
                            <button
                              type="button"
                              className="button button--quiet button--small"
                              onClick={() => onDeallocate(a, c)}
                              aria-label={t('funding.deallocate.oneLabel', { code: a.activity.code, year: a.year })}
                              data-testid="allocation-undo"
                            >
                              {t('funding.deallocate.open')}
                            </button>
                          </>
                        )}
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
              <td>
                {c.payments.length ? (
                  <ul className="plain-list small">
                    {c.payments.map((p, i) => (
                      <li key={i}>
                        {formatDate(p.paidOn, lang)} · <Money value={p.amount} currency={c.currency} />
                      </li>
                    ))}
                  </ul>
                ) : (
                  '—'
                )}
              </td>
              {onAction && (
                <td>
                  <div className="actions actions--column">
                    {c.stage === 'PLEDGED' && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => onAction('commit', c)}
                        data-testid="contribution-commit"
                      >
                        {t('funding.commit')}
                      </button>
                    )}
                    {c.stage === 'COMMITTED' && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => onAction('payment', c)}
                        data-testid="contribution-pay"
                      >
                        {t('funding.recordPayment')}
                      </button>
                    )}
                    {c.unallocatedUsd !== '0.00' && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => onAction('allocate', c)}
                        data-testid="contribution-allocate"
                      >
                        {t('funding.allocate')}
                      </button>
                    )}
                    <HistoryButton
                      entityType="contribution"
                      entityId={c.id}
                      title={`${c.donor.name} · ${formatMoney(c.amount, lang, c.currency)}`}
                    />
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </CardTable>
    </div>
  );
}

/**
 * A contribution's reconciliation, on request: its amount, what is paid, what is allocated (by activity and
 * year) and what is not, in its currency and in US dollars, as the API reconciles them.
 */
function Reconciliation({ contribution }: { contribution: ContributionRow }) {
  const { t } = useTranslation();
  const r = contribution.reconciliation;
  const both = (amount: string, usd: string) => (
    <>
      <Money value={amount} currency={r.currency} />
      {r.currency !== 'USD' && (
        <>
          {' · '}
          <Money value={usd} />
        </>
      )}
    </>
  );
  return (
    <details className="reconciliation small" data-testid="reconciliation">
      <summary data-testid="reconciliation-open">{t('funding.reconciliation.title')}</summary>
      <dl className="reconciliation__figures">
        <dt>{t('funding.amount')}</dt>
        <dd data-testid="reconciliation-amount" data-value={r.amount}>
          {both(r.amount, r.amountUsd)}
        </dd>
        <dt>{t('funding.paid')}</dt>
        <dd data-testid="reconciliation-paid" data-value={r.paid}>
          {both(r.paid, r.paidUsd)}
        </dd>
        <dt>{t('funding.reconciliation.allocated')}</dt>
        <dd data-testid="reconciliation-allocated" data-value={r.allocated}>
          {both(r.allocated, r.allocatedUsd)}
        </dd>
        <dt>{t('funding.unallocated')}</dt>
        <dd data-testid="reconciliation-unallocated" data-value={r.unallocated} data-usd={r.unallocatedUsd}>
          {both(r.unallocated, r.unallocatedUsd)}
        </dd>
      </dl>
      {r.allocations.length > 0 && (
        <table className="mini-table" data-testid="reconciliation-lines">
          <caption className="visually-hidden">{t('funding.reconciliation.byActivity')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('programme.activity')}</th>
              <th scope="col">{t('funding.year')}</th>
              <th scope="col" className="cell-amount">
                {t('funding.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.allocations.map((line) => (
              <tr
                key={`${line.activity.id}:${line.year}`}
                data-testid="reconciliation-line"
                data-code={line.activity.code}
                data-year={line.year}
                data-usd={line.amountUsd}
              >
                <th scope="row">{line.activity.code}</th>
                <td>{line.year}</td>
                <td className="cell-amount">{both(line.amount, line.amountUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
