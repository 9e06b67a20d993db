import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { RequestsPage } from '../pages/RequestsPage';
import { AppHeader } from './AppHeader';

/** The shell: header and, for now, the one page (the requests list is the home page). */
export function App({ client }: { client: ApolloClient }) {
  return (
    <ApolloProvider client={client}>
      <AppHeader />
      <main className="app-main" id="main">
        <RequestsPage />
      </main>
    </ApolloProvider>
  );
}
