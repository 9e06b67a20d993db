import { useQuery } from '../../graphql/hooks';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTable } from '../../components/CardTable';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { expertBalanceQuery } from './experts.graphql';

const BalanceChart = lazy(() => import('./BalanceChart').then((m) => ({ default: m.BalanceChart })));
const LegalSystemChart = lazy(() => import('./BalanceChart').then((m) => ({ default: m.LegalSystemChart })));

/**
 * The advisory group's geographical balance: the chart, and the same figures as a table that describes it. A
 * bar, or a region's row, shows that region's experts.
 */
export function ExpertBalance({
  onRegion,
  withExpertIds = [],
}: {
  onRegion: (region: string) => void;
  /** Experts chosen in the ranking: the figures with them added are shown beside. */
  withExpertIds?: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const tableId = useId();
  const legalTableId = useId();
  const { data, previousData, error, refetch } = useQuery(expertBalanceQuery, {
    variables: { withExpertIds: withExpertIds.length ? [...withExpertIds] : null },
  });
  const withChoice = withExpertIds.length > 0;
  const percent = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', { style: 'percent', maximumFractionDigits: 1 });
  if (error) return <LoadError error={error} onRetry={() => void refetch()} />;
  const shown = data ?? previousData;
  if (!shown) return <Loading />;
  const balance = shown.expertBalance;
  const legal = shown.expertLegalSystemBalance;
  return (
    <>
      <section className="card" aria-labelledby="balance-title" data-testid="expert-balance">
        <h2 id="balance-title">{t('experts.balanceTitle')}</h2>
        <p className="page__intro">{t('experts.balanceIntro')}</p>
        <Suspense fallback={<Loading />}>
          <BalanceChart balance={balance} describedBy={tableId} onRegion={onRegion} withChoice={withChoice} />
        </Suspense>
        <CardTable className="mini-table" data-testid="balance-table" id={tableId}>
          <thead>
            <tr>
              <th scope="col">{t('filters.region')}</th>
              <th scope="col">{t('experts.experts')}</th>
              <th scope="col">{t('experts.expertShare')}</th>
              <th scope="col">{t('experts.memberStates')}</th>
              <th scope="col">{t('experts.stateShare')}</th>
              {withChoice && <th scope="col">{t('experts.expertsWithChoice')}</th>}
              {withChoice && <th scope="col">{t('experts.shareWithChoice')}</th>}
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
                {withChoice && <td data-testid="balance-with-choice">{b.expertsWithChoice}</td>}
                {withChoice && <td>{percent.format(b.expertShareWithChoice)}</td>}
              </tr>
            ))}
          </tbody>
        </CardTable>
      </section>
      <section className="card" aria-labelledby="legal-balance-title" data-testid="legal-balance">
        <h2 id="legal-balance-title">{t('experts.legalBalanceTitle')}</h2>
        <p className="page__intro">{t('experts.legalBalanceIntro')}</p>
        <Suspense fallback={<Loading />}>
          <LegalSystemChart balance={legal} describedBy={legalTableId} withChoice={withChoice} />
        </Suspense>
        <CardTable className="mini-table" data-testid="legal-balance-table" id={legalTableId}>
          <thead>
            <tr>
              <th scope="col">{t('experts.legalSystem')}</th>
              <th scope="col">{t('experts.experts')}</th>
              {withChoice && <th scope="col">{t('experts.expertsWithChoice')}</th>}
            </tr>
          </thead>
          <tbody>
            {legal.map((b) => (
              <tr key={b.legalSystem} data-legal-system={b.legalSystem}>
                <th scope="row">{t(`legalSystems.${b.legalSystem}`)}</th>
                <td data-testid="legal-balance-experts">{b.experts}</td>
                {withChoice && <td data-testid="legal-balance-with-choice">{b.expertsWithChoice}</td>}
              </tr>
            ))}
          </tbody>
        </CardTable>
      </section>
    </>
  );
}
