import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { fetchWithEarlySessionCheck } from '../app/session-check';
import { deviceAnswers } from '../offline/device-answers';
import { numberedRequestsExchange } from './numbered-requests';
import { sessionFetch } from './session-fetch';

/**
 * The API serves this page and GraphQL on the same origin; the session travels in its httpOnly cookie. Queries
 * go as POST (Apollo Server's CSRF prevention refuses a plain GET), answers are kept whole (urql's document
 * cache; see hooks.ts).
 */
export function createGraphQLClient(options: { onSignedOut: () => void }): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin' },
    // The first session check's answer may already be on its way (early.ts). With no line, the few answers a
    // person needs to keep working come from this device (offline/device-answers.ts).
    fetch: deviceAnswers(sessionFetch(options.onSignedOut, fetchWithEarlySessionCheck)),
    exchanges: [cacheExchange, numberedRequestsExchange, fetchExchange],
  });
}
