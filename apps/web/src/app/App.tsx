import { Suspense, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../components/Link';
import { Loading } from '../components/Loading';
import { Notice } from '../components/Notice';
import { createGraphQLClient } from '../graphql/client';
import { apiProblems } from '../graphql/errors';
import { GraphQLProvider, useQuery } from '../graphql/hooks';
import { deviceState, onDeviceStateChange } from '../offline/device-answers';
import { isLineProblem } from '../offline/outbox';
import { formatDateTime } from '../format';
import { AppHeader } from './AppHeader';
import { NavBar } from './NavBar';
import { OutboxStatus } from './OutboxStatus';
import { PageBoundary } from './PageBoundary';
import { SignInPage } from './SignInPage';
import { homePage, mayOpen } from './access';
import { lazyPage } from './lazy-page';
import { PAGE_CODE } from './page-code';
import { parseRoute, useLocation, type PageName } from './router';
import { SessionContext, type Session, type SignedInUser } from './session';
import { meQuery } from './session.graphql';

const DashboardPage = lazyPage(() => PAGE_CODE.dashboard().then((m) => m.DashboardPage));
const RequestsPage = lazyPage(() => PAGE_CODE.requests().then((m) => m.RequestsPage));
const ProgrammePage = lazyPage(() => PAGE_CODE.programme().then((m) => m.ProgrammePage));
const WorkshopsPage = lazyPage(() => PAGE_CODE.workshops().then((m) => m.WorkshopsPage));
const WorkshopPage = lazyPage(() => PAGE_CODE.workshop().then((m) => m.WorkshopPage));
const ExpertsPage = lazyPage(() => PAGE_CODE.experts().then((m) => m.ExpertsPage));
const AuthoritiesPage = lazyPage(() => PAGE_CODE.authorities().then((m) => m.AuthoritiesPage));
const CooperationPage = lazyPage(() => PAGE_CODE.cooperation().then((m) => m.CooperationPage));
const OrganisationsPage = lazyPage(() => PAGE_CODE.organisations().then((m) => m.OrganisationsPage));
const StatePage = lazyPage(() => PAGE_CODE.state().then((m) => m.StatePage));
const FundingPage = lazyPage(() => PAGE_CODE.funding().then((m) => m.FundingPage));
const ReportsPage = lazyPage(() => PAGE_CODE.reports().then((m) => m.ReportsPage));
const ImportPage = lazyPage(() => PAGE_CODE.import().then((m) => m.ImportPage));
const NotificationsPage = lazyPage(() => PAGE_CODE.notifications().then((m) => m.NotificationsPage));
const CyclesPage = lazyPage(() => PAGE_CODE.cycles().then((m) => m.CyclesPage));
const LegislationPage = lazyPage(() => PAGE_CODE.legislation().then((m) => m.LegislationPage));
const ChecklistPage = lazyPage(() => PAGE_CODE.checklist().then((m) => m.ChecklistPage));
const UsersPage = lazyPage(() => PAGE_CODE.users().then((m) => m.UsersPage));
const ChangePasswordPage = lazyPage(() => PAGE_CODE.password().then((m) => m.ChangePasswordPage));

/** One GraphQL client per session: signing in or out, or the session ending, starts a new one. */
export function App() {
  const [generation, setGeneration] = useState(0);
  const session = useMemo<Session>(() => ({ restart: () => setGeneration((g) => g + 1) }), []);
  const client = useMemo(
    () =>
      createGraphQLClient({
        // Several operations may find the session gone at once: start over only once for this client.
        onSignedOut: () => setGeneration((g) => (g === generation ? g + 1 : g)),
      }),
    [generation],
  );

  return (
    <SessionContext value={session}>
      <GraphQLProvider value={client}>
        {/* Started afresh with each client: the last session's answers (and the pages they opened) go with it, so
            no page of the user who signed out asks the new client for anything meanwhile. */}
        <Shell key={generation} />
      </GraphQLProvider>
    </SessionContext>
  );
}

/** How often the session is asked again while it could not be, with the browser online. */
const SESSION_RETRY_MS = 5_000;

/** Header, navigation and, once signed in, the page the address names. */
function Shell() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(meQuery);
  const device = useSyncExternalStore(onDeviceStateChange, deviceState);
  const location = useLocation();
  const user = data?.me ?? null;
  const route = parseRoute(location.pathname);
  // Opened (or reloaded) offline, the shell came from the service worker and the session either could not be
  // asked or was answered from this device: ask the server again as soon as the line returns.
  useEffect(() => {
    if (!error && !device.servedFromDevice) return;
    const again = (): void => void refetch();
    window.addEventListener('online', again);
    // On a poor line the first try once the line is back may fail too, and no second 'online' comes: while the
    // session could not be asked, ask again every few seconds the browser says it is online.
    const retry = error ? window.setInterval(() => navigator.onLine && again(), SESSION_RETRY_MS) : undefined;
    return () => {
      window.removeEventListener('online', again);
      window.clearInterval(retry);
    };
  }, [error, device.servedFromDevice, refetch]);
  // A password an administrator chose (a new account's, a reset) is changed first, whatever the address: the page
  // the address names opens once the person has chosen their own.
  const page: PageName | null = user
    ? user.mustChangePassword
      ? 'password'
      : route.page === 'home'
        ? homePage(user.can)
        : route.page === 'notFound'
          ? null
          : route.page
    : null;

  let content: ReactNode;
  if (data) content = user ? <Page user={user} page={page} routeKey={location.key} /> : <SignInPage />;
  else if (loading) content = <p className="checking">{t('session.checking')}</p>;
  else
    content = (
      <Notice tone="error" testId="session-error">
        <p>
          {/* No line (offline, or no answer at all): say so in the user's language, not the browser's "Failed to fetch". */}
          {isLineProblem(error)
            ? t('session.offline')
            : t('session.unreachable', {
                message: apiProblems(error)
                  .map((p) => p.message)
                  .join(' '),
              })}
        </p>
        <button type="button" className="button button--secondary" onClick={() => void refetch()}>
          {t('session.retry')}
        </button>
      </Notice>
    );

  return (
    <>
      {/* The first tab stop: past the header and the navigation, straight to the page. */}
      <a className="skip-link" href="#main" data-testid="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppHeader user={user} />
      {user && !user.mustChangePassword && (
        <NavBar
          user={user}
          current={
            page === 'workshop' ? 'workshops' : page === 'import' ? 'requests' : page === 'checklist' ? 'cycles' : page
          }
        />
      )}
      <main className="app-main" id="main" tabIndex={-1}>
        {user && device.servedFromDevice && device.keptAt && (
          <Notice tone="warning" testId="working-from-device">
            <p>{t('session.fromDevice', { time: formatDateTime(device.keptAt, i18n.resolvedLanguage ?? 'en') })}</p>
          </Notice>
        )}
        {/* Queued submissions go once the person has chosen their own password: the API refuses them until then. */}
        {user && !user.mustChangePassword && <OutboxStatus userId={user.id} />}
        {content}
      </main>
    </>
  );
}

function Page({ user, page, routeKey }: { user: SignedInUser; page: PageName | null; routeKey: number }) {
  const { t } = useTranslation();
  const route = parseRoute(window.location.pathname);
  if (!page) {
    return (
      <Notice tone="warning" testId="page-not-found">
        <p>{t('nav.notFound')}</p>
        <Link to="/">{t('nav.home')}</Link>
      </Notice>
    );
  }
  if (!mayOpen(user.can, page)) {
    return (
      <Notice tone="warning" testId="page-forbidden">
        <p>{t('nav.forbidden', { role: t(`roles.${user.role}`) })}</p>
        <Link to="/">{t('nav.home')}</Link>
      </Notice>
    );
  }
  // Keyed by the navigation: following a link to the same page with other filters starts it afresh.
  let element: ReactNode;
  switch (page) {
    case 'dashboard':
      element = <DashboardPage key={routeKey} user={user} />;
      break;
    case 'requests':
      element = <RequestsPage key={routeKey} user={user} />;
      break;
    case 'programme':
      element = <ProgrammePage key={routeKey} user={user} />;
      break;
    case 'workshops':
      element = <WorkshopsPage key={routeKey} user={user} />;
      break;
    case 'workshop':
      element = route.page === 'workshop' ? <WorkshopPage key={routeKey} id={route.id} user={user} /> : null;
      break;
    case 'experts':
      element = <ExpertsPage key={routeKey} user={user} />;
      break;
    case 'authorities':
      element = <AuthoritiesPage key={routeKey} user={user} />;
      break;
    case 'cooperation':
      element = <CooperationPage key={routeKey} user={user} />;
      break;
    case 'organisations':
      element = <OrganisationsPage key={routeKey} user={user} />;
      break;
    case 'state':
      element = route.page === 'state' ? <StatePage key={routeKey} iso3={route.iso3} user={user} /> : null;
      break;
    case 'funding':
      element = <FundingPage key={routeKey} user={user} />;
      break;
    case 'reports':
      element = <ReportsPage key={routeKey} user={user} />;
      break;
    case 'import':
      element = <ImportPage key={routeKey} />;
      break;
    case 'notifications':
      element = <NotificationsPage key={routeKey} />;
      break;
    case 'cycles':
      element = <CyclesPage key={routeKey} user={user} />;
      break;
    case 'legislation':
      element = <LegislationPage key={routeKey} user={user} />;
      break;
    case 'checklist':
      element =
        route.page === 'checklist' ? (
          <ChecklistPage key={routeKey} cycleId={route.cycleId} iso3={route.iso3} user={user} />
        ) : null;
      break;
    case 'users':
      element = <UsersPage key={routeKey} user={user} />;
      break;
    case 'password':
      element = <ChangePasswordPage key={routeKey} user={user} required={user.mustChangePassword === true} />;
      break;
  }
  // A page that fails (its code not fetched on a poor line, or an error) says so with a retry: never a blank app.
  return (
    <PageBoundary key={routeKey}>
      <Suspense fallback={<Loading testId="page-loading" />}>{element}</Suspense>
    </PageBoundary>
  );
}
