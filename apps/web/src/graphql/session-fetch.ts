/**
 * The session around every GraphQL request (the client's `fetch`), apart from the client so that it can be tested
 * on its own: renewal of an expired token, and signing out when the session cannot be renewed.
 */
function hasUnauthenticated(errors: ReadonlyArray<{ extensions?: Record<string, unknown> }> | undefined): boolean {
  return (errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');
}

interface Answer {
  data?: { me?: unknown } | null;
  errors?: { extensions?: Record<string, unknown> }[];
}

/** The answer's JSON, read from a copy (urql reads the response itself); null when it is not JSON. */
async function peek(response: Response): Promise<Answer | null> {
  try {
    return (await response.clone().json()) as Answer;
  } catch {
    return null;
  }
}

function operationName(init: RequestInit | undefined): string {
  if (typeof init?.body !== 'string') return '';
  try {
    return String((JSON.parse(init.body) as { operationName?: unknown }).operationName ?? '');
  } catch {
    return '';
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

/**
 * `fetch` for GraphQL: on UNAUTHENTICATED (in the answer, or a 401) renew the session once and send again; if
 * that fails, the user is signed out. `me` answers null, rather than an error, when the token has expired: the
 * session may still be renewable, so that is renewed too (e.g. the page reloaded after the token expired).
 */
export function sessionFetch(onSignedOut: () => void, send: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const name = operationName(init);
    const response = await send(input, init);
    if (name === 'Login') return response;
    if (name === 'Me') {
      const answer = await peek(response);
      if (answer?.data?.me !== null) return response;
      return (await refreshSession()) ? fetch(input, init) : response;
    }
    if (response.status !== 401 && !hasUnauthenticated((await peek(response))?.errors)) return response;
    if (await refreshSession()) return fetch(input, init);
    onSignedOut();
    return response;
  };
}
