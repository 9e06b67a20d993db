import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ServerError } from '@apollo/client/errors';
import { catchError, from, mergeMap, of, throwError, type Observable } from 'rxjs';
import { fetchWithEarlySessionCheck } from '../app/session-check';

/** `me` answers null, rather than an error, when the token has expired: the session may still be renewable. */
function meIsNull(result: ApolloLink.Result): boolean {
  const data = result.data as { me?: unknown } | null | undefined;
  return data?.me === null;
}

function hasUnauthenticated(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): boolean {
  return (errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');
}

function serverErrorUnauthenticated(error: unknown): boolean {
  if (!ServerError.is(error)) return false;
  if (error.statusCode === 401) return true;
  try {
    const body = JSON.parse(error.bodyText) as { errors?: { extensions?: Record<string, unknown> }[] };
    return hasUnauthenticated(body.errors);
  } catch {
    return false;
  }
}

let refreshing: Promise<boolean> | null = null;

/**
 * Access tokens are short-lived; the session (an httpOnly cookie) lasts longer and `refreshSession` renews the
 * token even after it expired. One refresh at a time, shared by every operation that needed it.
 */
function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify({
      operationName: 'RefreshSession',
      query: 'mutation RefreshSession { refreshSession { expiresAt } }',
    }),
  })
    .then(async (response) => {
      const body = (await response.json()) as { data?: { refreshSession?: unknown } | null };
      return response.ok && Boolean(body.data?.refreshSession);
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

/** On UNAUTHENTICATED: renew the session once and retry; if that fails, the user is signed out. */
function sessionLink(onSignedOut: () => void): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const name = operation.operationName ?? '';
    if (name === 'Login') return forward(operation);
    if (name === 'Me') {
      // E.g. the page reloaded after the token expired: renew, then ask again; if not, nobody is signed in.
      return forward(operation).pipe(
        mergeMap((result) =>
          meIsNull(result)
            ? from(refreshSession()).pipe(mergeMap((renewed) => (renewed ? forward(operation) : of(result))))
            : of(result),
        ),
      );
    }
    const retry = <T>(fallback: Observable<T>): Observable<T | ApolloLink.Result> =>
      from(refreshSession()).pipe(
        mergeMap((renewed) => {
          if (renewed) return forward(operation);
          onSignedOut();
          return fallback;
        }),
      );
    return forward(operation).pipe(
      mergeMap((result) => (hasUnauthenticated(result.errors) ? retry(of(result)) : of(result))),
      catchError((error: unknown) =>
        serverErrorUnauthenticated(error) ? retry(throwError(() => error)) : throwError(() => error),
      ),
    );
  });
}

/** The API serves this page and GraphQL on the same origin; the session travels in its httpOnly cookie. */
export function createApolloClient(options: { onSignedOut: () => void }): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      sessionLink(options.onSignedOut),
      // The first session check's answer may already be on its way (early.ts).
      new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: fetchWithEarlySessionCheck }),
    ]),
    cache: new InMemoryCache({
      typePolicies: {
        State: { keyFields: ['iso3'] },
        PriorityArea: { keyFields: ['code'] },
        Instrument: { keyFields: ['code'] },
        FieldOffice: { keyFields: ['code'] },
        // Kept inside their workshop: a new answer replaces the old outcome as a whole.
        Workshop: { fields: { outcome: { merge: false }, participants: { merge: false } } },
      },
    }),
  });
}
