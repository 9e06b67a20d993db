import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { expertBalanceQuery } from './experts.graphql';

const BalanceChart = lazy(() => import('./BalanceChart').then((m) => ({ default: m.BalanceChart })));

/** The advisory group's geographical balance: the chart, and the same figures as a table. */
export function ExpertBalance() {
  const { t, i18n } = useTranslation();
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
        <BalanceChart balance={balance} />
      </Suspense>
      <table className="mini-table" data-testid="balance-table">
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
              <th scope="row">{t(`regions.${b.region as 'Africa'}`, { defaultValue: b.region })}</th>
              <td>{b.experts}</td>
              <td>{percent.format(b.expertShare)}</td>
              <td>{b.states}</td>
              <td>{percent.format(b.stateShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
