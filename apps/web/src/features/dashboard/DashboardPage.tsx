import { useQuery } from '../../graphql/hooks';
import { lazy, Suspense, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seesCountsByState, seesRequests } from '../../app/access';
import type { SignedInUser } from '../../app/session';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { Money } from '../../components/Money';
import { apiLanguage } from '../../i18n';
import { LiveMarker } from '../../components/LiveMarker';
import { isLogged, useLiveChanges } from '../../graphql/live';
import { dashboardQuery, dashboardRequestChanges } from './dashboard.graphql';
import { keyFigures } from './key-figures';

// The map (d3-geo, the atlas's shapes and its own query) and the charts (Chart.js) load after the figures.
const NeedsMap = lazy(() => import('./NeedsMap').then((m) => ({ default: m.NeedsMap })));
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

/**
 * The programme at a glance: key figures, the world map of needs (donors, who are not given requests by
 * State, see them by region instead), open requests by area, status and kind, and cost against funding by year.
 */
export function DashboardPage({ user }: { user: SignedInUser }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const byState = seesCountsByState(user.can);
  // Live: each request logged or moved in the reader's scope refreshes the figures in place, and those logged since
  // the page opened are counted in a marker; without the socket the figures are polled every minute instead.
  const refresh = useRef<() => void>(() => undefined);
  const { live, newSince } = useLiveChanges(dashboardRequestChanges, undefined, isLogged, {
    onEvent: () => refresh.current(),
  });
  const query = useQuery(dashboardQuery, {
    variables: { lang: apiLanguage(lang), byState },
    pollInterval: live ? 0 : 60_000,
  });
  const { refetch } = query;
  useEffect(() => {
    refresh.current = () => void refetch();
  }, [refetch]);
  const source = query.data ?? query.previousData;
  const figures = useMemo(() => (source ? keyFigures(source) : null), [source]);
  const number = new Intl.NumberFormat(lang);

  return (
    <section className="page" aria-labelledby="dashboard-title" data-testid="dashboard-page">
      <div className="page__head">
        <div>
          <h1 id="dashboard-title">{t('dashboard.title')}</h1>
          <p className="page__intro">{t(byState ? 'dashboard.intro' : 'dashboard.introByRegion')}</p>
        </div>
      </div>
      <LiveMarker
        newSince={newSince > 0 ? t('live.newRequestsSinceOpened', { count: newSince }) : null}
        testId="live-new-requests"
      />
      {query.error && <LoadError error={query.error} onRetry={() => void query.refetch()} />}
      {figures ? (
        <dl className="key-figures" data-testid="key-figures">
          <Figure label={t('dashboard.openRequests')} testId="figure-open-requests" value={figures.openRequests}>
            {number.format(figures.openRequests)}
          </Figure>
          {figures.statesWithOpenRequests !== null && (
            <Figure
              label={t('dashboard.statesWithOpenRequests')}
              testId="figure-states"
              value={figures.statesWithOpenRequests}
            >
              {number.format(figures.statesWithOpenRequests)}
            </Figure>
          )}
          <Figure label={t('dashboard.activities')} testId="figure-activities" value={figures.activities}>
            {number.format(figures.activities)}
          </Figure>
          <Figure label={t('dashboard.programmeCost')} testId="figure-programme-cost" value={figures.programmeCost}>
            <Money value={figures.programmeCost} currency="USD" />
          </Figure>
          <Figure label={t('dashboard.fundingGap')} testId="figure-funding-gap" value={figures.fundingGap}>
            <Money value={figures.fundingGap} currency="USD" />
          </Figure>
        </dl>
      ) : (
        !query.error && <Loading testId="figures-loading" />
      )}

      {byState && (
        <section className="card" aria-label={t('dashboard.mapTitle')}>
          <Suspense fallback={<Loading testId="map-loading" />}>
            <NeedsMap />
          </Suspense>
        </section>
      )}

      {source && (
        <Suspense fallback={<Loading testId="charts-loading" />}>
          <DashboardCharts
            byAreaStatus={source.openByAreaStatus}
            byKind={source.openByKind}
            byRegion={source.openByRegion ?? null}
            costByYear={source.programmeTotals}
            gapsByYear={source.gapsByYear.map((r) => ({ ...r, label: String(r.year ?? '?') }))}
            opensRequests={seesRequests(user.can)}
          />
        </Suspense>
      )}
    </section>
  );
}

function Figure({
  label,
  value,
  testId,
  children,
}: {
  label: string;
  value: number | string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <div className="key-figure" data-testid={testId} data-value={value}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
