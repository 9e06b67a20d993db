import { makeOperation, type Exchange } from '@urql/core';
import { map, pipe, tap } from 'wonka';

/** How many query requests this page has sent so far; each carries its number as `context.sentAt`. */
let sent = 0;
/** How many had been sent when the last change became known (see `noteChange`). */
let sentBeforeChange = 0;

/**
 * The number of the last query request sent before the last change this page knows of (a mutation's answer, a
 * live event): an answer to it may have been read before that change (0 when nothing has changed yet).
 */
export function lastSentBeforeChange(): number {
  return sentBeforeChange;
}

/** Something changed on the server now (a live event said so): answers to requests sent until now may predate it. */
export function noteChange(): void {
  sentBeforeChange = sent;
}

/**
 * Numbers every query request that goes to the server (it sits before the fetch exchange: a kept answer is not a
 * request) and notes where the last mutation's answer falls, so `askAgain` (hooks.ts) can tell an answer the
 * server may have read before a change that has since ended from one read after it.
 */
export const numberedRequestsExchange: Exchange =
  ({ forward }) =>
  (operations$) =>
    pipe(
      forward(
        pipe(
          operations$,
          map((operation) =>
            operation.kind === 'query'
              ? makeOperation(operation.kind, operation, { ...operation.context, sentAt: ++sent })
              : operation,
          ),
        ),
      ),
      tap((result) => {
        if (result.operation.kind === 'mutation') noteChange();
      }),
    );
