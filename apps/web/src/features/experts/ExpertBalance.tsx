import { useQuery } from '../../graphql/hooks';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { expertBalanceQuery } from './experts.graphql';

const BalanceChart = lazy(() => import('./BalanceChart').then((m) => ({ default: m.BalanceChart })));

/**
 * The advisory group's geographical balance: the chart, and the same figures as a table that describes it. A
 * bar, or a region's row, shows that region's experts.
 */
export function ExpertBalance({ onRegion }: { onRegion: (region: string) => void }) {
  const { t, i18n } = useTranslation();
  const tableId = useId();
  const { data, error, refetch } = useQuery(expertBalanceQuery);
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { style: 'percent', maximumFractionDigits: 1 });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const balance = data.expertBalance;
  return (
    <section className="card" aria-labelledby="balance-title" data-testid="expert-balance">
      <h2 id="balance-title">{t('experts.balanceTitle')}</h2>
      <p className="page__intro">{t('experts.balanceIntro')}</p>
      <Suspense fallback={<Loading />}>
        <BalanceChart balance={balance} describedBy={tableId} onRegion={onRegion} />
      </Suspense>
      <CardTable className="mini-table" data-testid="balance-table" id={tableId}>
        <thead>
          <tr>
            <th scope="col">{t('filters.region')}</th>
            <th scope="col">{t('experts.experts')}</th>
            <th scope="col">{t('experts.expertShare')}</th>
            <th scope="col">{t('experts.memberStates')}</th>
            <th scope="col">{t('experts.stateShare')}</th>
          </tr>
        </thead>
        <tbody>
          {balance.map((b) => (
            <tr key={b.region} data-region={b.region}>
              <th scope="row">
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onRegion(b.region)}
                  data-testid="balance-region-open"
                >
                  {t(`regions.${b.region as 'Africa'}`, { defaultValue: b.region })}
                </button>
              </th>
              <td>{b.experts}</td>
              <td>{percent.format(b.expertShare)}</td>
              <td>{b.states}</td>
              <td>{percent.format(b.stateShare)}</td>
            </tr>
          ))}
        </tbody>
      </CardTable>
    </section>
  );
}
