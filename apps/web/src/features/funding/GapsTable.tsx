import { useQuery } from '../../graphql/hooks';
import type { FundingOverviewQuery } from '@ta/graphql-types/graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { ActivityStatusBadge } from '../../components/ActivityStatusBadge';
import { Illustrative } from '../../components/Illustrative';
import { LoadError } from '../../components/LoadError';
import { Money } from '../../components/Money';
import { useApiLanguage } from '../../i18n';
import { fundingByActivityQuery } from './funding.graphql';

type AreaRow = FundingOverviewQuery['byArea'][number];

interface GapsTableProps {
  byArea: readonly AreaRow[];
  area: string | null;
  onArea: (code: string | null) => void;
  onActivity: (id: string) => void;
}

function Figures({
  row,
}: {
  row: {
    cost: string;
    pledged: string;
    committed: string;
    paid: string;
    gap: string;
    available: string;
    overFunded: string;
    overFundedDeliberately: boolean;
    toReallocate: string;
  };
}) {
  return (
    <>
      <td className="cell-amount" data-testid="cell-cost">
        <Money value={row.cost} />
      </td>
      <td className="cell-amount cell-pledged" data-testid="cell-pledged">
        <Money value={row.pledged} />
      </td>
      <td className="cell-amount" data-testid="cell-committed">
        <Money value={row.committed} />
      </td>
      <td className="cell-amount" data-testid="cell-paid">
        <Money value={row.paid} />
      </td>
      <td className="cell-amount cell-gap" data-testid="cell-gap" data-gap={row.gap}>
        <Money value={row.gap} />
        <OverFundingFlag row={row} />
      </td>
      <td className="cell-amount" data-testid="cell-available" data-available={row.available}>
        <Money value={row.available} />
      </td>
    </>
  );
}

/**
 * Money beyond need, flagged where it sits: deliberate over-funding (the secretariat said why) apart from
 * allocations beyond a revised cost, which are to be re-allocated. Neither lowers another row's gap.
 */
function OverFundingFlag({
  row,
}: {
  row: { overFunded: string; overFundedDeliberately: boolean; toReallocate: string };
}) {
  const { t } = useTranslation();
  const toReallocate = row.toReallocate !== '0.00';
  const over = row.overFunded !== '0.00';
  if (!toReallocate && !over) return null;
  return (
    <div className="small">
      {over && (
        <span
          className="badge badge--warning"
          data-testid="over-funded-flag"
          data-deliberate={row.overFundedDeliberately}
          data-amount={row.overFunded}
        >
          {row.overFundedDeliberately ? t('funding.overFundedDeliberately') : t('funding.overFunded')}{' '}
          <Money value={row.overFunded} />
        </span>
      )}
      {toReallocate && (
        <span className="badge badge--warning" data-testid="to-reallocate-flag" data-amount={row.toReallocate}>
          {t('funding.toReallocate')} <Money value={row.toReallocate} />
        </span>
      )}
    </div>
  );
}

/** Gaps by priority area; a click drills down to the area's activities, and another opens an activity. */
export function GapsTable({ byArea, area, onArea, onActivity }: GapsTableProps) {
  const { t } = useTranslation();
  const head = (first: string) => (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" className="cell-amount">
          {t('funding.cost')}
        </th>
        <th scope="col" className="cell-amount">
          {t('funding.pledged')}
        </th>
        <th scope="col" className="cell-amount">
          {t('funding.committed')}
        </th>
        <th scope="col" className="cell-amount">
          {t('funding.paid')}
        </th>
        <th scope="col" className="cell-amount">
          {t('funding.gap')}
        </th>
        <th scope="col" className="cell-amount" title={t('funding.availableHint')}>
          {t('funding.available')}
        </th>
      </tr>
    </thead>
  );
  const selected = area ? byArea.find((r) => r.priorityArea?.code === area) : undefined;

  return (
    <section className="card" aria-labelledby="gaps-title" data-testid="gaps">
      <div className="section-head">
        <h2 id="gaps-title">
          {selected?.priorityArea
            ? t('funding.areaActivities', { code: selected.priorityArea.code, title: selected.priorityArea.title })
            : t('funding.gapsTitle')}
        </h2>
        {area && (
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={() => onArea(null)}
            data-testid="gaps-back"
          >
            ← {t('funding.allAreas')}
          </button>
        )}
      </div>
      <p className="muted">{t('funding.gapRule')}</p>
      <div className="table-wrap">
        {area ? (
          <AreaActivities area={area} head={head(t('programme.activity'))} onActivity={onActivity} />
        ) : (
          <CardTable className="requests-table" data-testid="gaps-table">
            {head(t('columns.priorityArea'))}
            <tbody>
              {byArea.map((row) =>
                row.priorityArea ? (
                  <tr key={row.priorityArea.code} data-testid="gap-area-row" data-area={row.priorityArea.code}>
                    <th scope="row">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => row.priorityArea && onArea(row.priorityArea.code)}
                        data-testid="gap-area-open"
                      >
                        {row.priorityArea.code} — {row.priorityArea.title}
                      </button>
                    </th>
                    <Figures row={row} />
                  </tr>
                ) : null,
              )}
            </tbody>
          </CardTable>
        )}
      </div>
    </section>
  );
}

interface AreaActivitiesProps {
  area: string;
  head: ReactNode;
  onActivity: (id: string) => void;
}

function AreaActivities({ area, head, onActivity }: AreaActivitiesProps) {
  const { t } = useTranslation();
  const lang = useApiLanguage();
  const { data, loading, error, refetch } = useQuery(fundingByActivityQuery, { variables: { areas: [area], lang } });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const rows = [...(data?.fundingGaps ?? [])].sort((a, b) =>
    (a.activity?.code ?? '').localeCompare(b.activity?.code ?? '', 'en', { numeric: true }),
  );
  return (
    <CardTable className="requests-table" data-testid="gaps-activities" data-area={area} aria-busy={loading}>
      {head}
      <tbody>
        {rows.map((row) =>
          row.activity ? (
            <tr
              key={row.activity.id}
              data-testid="gap-activity-row"
              data-id={row.activity.id}
              data-code={row.activity.code}
            >
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => row.activity && onActivity(row.activity.id)}
                  data-testid="gap-activity-open"
                >
                  {row.activity.code}
                </button>{' '}
                {row.activity.title} <ActivityStatusBadge status={row.activity.status} />
                {row.activity.illustrativeNote && <Illustrative note={row.activity.illustrativeNote} />}
              </th>
              <Figures row={row} />
            </tr>
          ) : null,
        )}
        {!loading && rows.length === 0 && (
          <tr>
            <td colSpan={7} className="muted">
              {t('funding.noActivities')}
            </td>
          </tr>
        )}
      </tbody>
    </CardTable>
  );
}
