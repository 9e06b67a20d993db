import { makeOperation, type Exchange } from '@urql/core';
import { map, pipe } from 'wonka';

/** How many query requests this page has sent so far; each carries its number as `context.sentAt`. */
let sent = 0;

export function requestsSent(): number {
  return sent;
}

/**
 * Numbers every query request that goes to the server (it sits before the fetch exchange: a kept answer is not a
 * request), so `askAgain` (hooks.ts) can tell an answer to a request sent before it was called, which the server
 * may have read before a change that has since ended, from one sent after.
 */
export const numberedRequestsExchange: Exchange =
  ({ forward }) =>
  (operations$) =>
    forward(
      pipe(
        operations$,
        map((operation) =>
          operation.kind === 'query'
            ? makeOperation(operation.kind, operation, { ...operation.context, sentAt: ++sent })
            : operation,
        ),
      ),
    );
