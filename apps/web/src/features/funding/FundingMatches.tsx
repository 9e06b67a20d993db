import { useQuery } from '../../graphql/hooks';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Money } from '../../components/Money';
import { useApiLanguage } from '../../i18n';
import { formatMoney } from '../../money';
import { fundingMatchesQuery } from './funding.graphql';

const PAGE = 10;

/**
 * What the donor's page opens on: the unfunded activity-years that match its stated priorities, largest gap
 * first (the API ranks and pages them), each opening its activity.
 */
export function FundingMatches({ donorId, onActivity }: { donorId: string; onActivity: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = useApiLanguage();
  const { data, previousData, loading, error, refetch, fetchMore } = useQuery(fundingMatchesQuery, {
    variables: { donorId, first: PAGE, lang },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.fundingMatches;
  const nodes = connection?.nodes ?? [];
  // Money not earmarked may go to any row: when every row could take the same sum (the usual case), it is said
  // once above the table rather than repeated on each row, where it reads as a sum per row.
  const sameAvailable = nodes.length > 0 && nodes.every((m) => m.available === nodes[0]!.available);
  return (
    <section className="card" aria-labelledby="matches-title" data-testid="matches">
      <div className="section-head">
        <h2 id="matches-title">{t('funding.matches.title')}</h2>
      </div>
      <p className="muted">{t('funding.matches.intro')}</p>
      {error && <LoadError error={error} onRetry={() => void refetch()} />}
      {!connection && !error && <Loading />}
      {connection && (
        <>
          <p className="results-bar__total" data-testid="matches-total" data-count={connection.totalCount}>
            {t('funding.matches.count', { count: connection.totalCount })}
          </p>
          {sameAvailable && (
            <p className="muted" data-testid="matches-available" data-available={nodes[0]!.available}>
              {t('funding.matches.availableOnce', {
                amount: formatMoney(nodes[0]!.available, i18n.resolvedLanguage ?? 'en', 'USD'),
              })}
            </p>
          )}
          {connection.nodes.length === 0 ? (
            <p className="empty">{t('funding.matches.none')}</p>
          ) : (
            <div className="table-wrap">
              <CardTable className="requests-table" data-testid="matches-table" aria-busy={loading}>
                <thead>
                  <tr>
                    <th scope="col">{t('programme.activity')}</th>
                    <th scope="col">{t('funding.year')}</th>
                    <th scope="col" className="cell-amount">
                      {t('funding.cost')}
                    </th>
                    <th scope="col" className="cell-amount">
                      {t('funding.gap')}
                    </th>
                    {!sameAvailable && (
                      <th scope="col" className="cell-amount" title={t('funding.availableHint')}>
                        {t('funding.available')}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {connection.nodes.map((m) =>
                    m.activity ? (
                      <tr
                        key={`${m.activity.id}:${m.year}`}
                        data-testid="match-row"
                        data-code={m.activity.code}
                        data-year={m.year ?? ''}
                        data-gap={m.gap}
                        data-area={m.activity.priorityArea.code}
                      >
                        <th scope="row">
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => onActivity(m.activity!.id)}
                            data-testid="match-open"
                          >
                            {m.activity.code} — {m.activity.title}
                          </button>
                        </th>
                        <td>{m.year}</td>
                        <td className="cell-amount">
                          <Money value={m.cost} />
                        </td>
                        <td className="cell-amount cell-gap">
                          <Money value={m.gap} />
                        </td>
                        {!sameAvailable && (
                          <td className="cell-amount">
                            <Money value={m.available} />
                          </td>
                        )}
                      </tr>
                    ) : null,
                  )}
                </tbody>
              </CardTable>
            </div>
          )}
          {connection.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button--secondary"
              disabled={loading}
              data-testid="matches-more"
              onClick={() =>
                void fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    fundingMatches: {
                      ...fetchMoreResult.fundingMatches,
                      nodes: [...prev.fundingMatches.nodes, ...fetchMoreResult.fundingMatches.nodes],
                    },
                  }),
                })
              }
            >
              {t('funding.matches.more')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
