import { ApolloProvider, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createApolloClient } from '../graphql/client';
import { apiProblems } from '../graphql/errors';
import { meQuery } from '../graphql/session';
import { RequestsPage } from '../pages/RequestsPage';
import { SessionContext, type Session } from '../session';
import { SignInPage } from '../pages/SignInPage';
import { AppHeader } from './AppHeader';
import { Notice } from './Notice';

/** One GraphQL client per session: signing in or out, or the session ending, starts a new one. */
export function App() {
  const [generation, setGeneration] = useState(0);
  const session = useMemo<Session>(() => ({ restart: () => setGeneration((g) => g + 1) }), []);
  const client = useMemo(
    () =>
      createApolloClient({
        // Several operations may find the session gone at once: start over only once for this client.
        onSignedOut: () => setGeneration((g) => (g === generation ? g + 1 : g)),
      }),
    [generation],
  );
  useEffect(() => () => client.stop(), [client]);

  return (
    <SessionContext value={session}>
      <ApolloProvider client={client}>
        <Shell />
      </ApolloProvider>
    </SessionContext>
  );
}

/** Header and, once signed in, the one page (the requests list is the home page). */
function Shell() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(meQuery);
  const user = data?.me ?? null;

  let content;
  if (data) content = user ? <RequestsPage user={user} /> : <SignInPage />;
  else if (loading) content = <p className="checking">{t('session.checking')}</p>;
  else
    content = (
      <Notice tone="error" testId="session-error">
        <p>{t('session.unreachable', { message: apiProblems(error).map((p) => p.message).join(' ') })}</p>
        <button type="button" className="button button--secondary" onClick={() => void refetch()}>
          {t('session.retry')}
        </button>
      </Notice>
    );

  return (
    <>
      <AppHeader user={user} />
      <main className="app-main" id="main">
        {content}
      </main>
    </>
  );
}
