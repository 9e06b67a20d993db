import { makeOperation, type Exchange } from '@urql/core';
import { filter, map, pipe, tap } from 'wonka';

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
 * server may have read before a change that has since ended from one read after it. An answer that comes back
 * after one to a later request for the same query is dropped: it would put older figures back on screen.
 */
export const numberedRequestsExchange: Exchange = ({ forward }) => {
  // The number of the newest request answered, by query key (the query and its variables).
  const newestAnswered = new Map<number, number>();
  return (operations$) =>
    pipe(
      forward(
        pipe(
          operations$,
          tap((operation) => {
            if (operation.kind === 'teardown') newestAnswered.delete(operation.key);
          }),
          map((operation) =>
            operation.kind === 'query'
              ? makeOperation(operation.kind, operation, { ...operation.context, sentAt: ++sent })
              : operation,
          ),
        ),
      ),
      filter(({ operation }) => {
        if (operation.kind === 'mutation') noteChange();
        const number = operation.context.sentAt;
        if (operation.kind !== 'query' || typeof number !== 'number') return true;
        if (number < (newestAnswered.get(operation.key) ?? 0)) return false;
        newestAnswered.set(operation.key, number);
        return true;
      }),
    );
};
