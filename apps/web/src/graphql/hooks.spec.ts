import { Client, fetchExchange } from '@urql/core';
import { parse } from 'graphql';
import { sendFailure } from '../offline/outbox';
import { mutate } from './hooks';

const logout = parse('mutation Logout { logout }');

/**
 * A JSON answer, with what urql reads of it: a plain object rather than Node's `Response`, whose body stream
 * leaves a timer behind that keeps the test process up after the tests.
 */
const jsonAnswer = (body: unknown): Response =>
  ({
    status: 200,
    statusText: 'OK',
    headers: new Headers({ 'content-type': 'application/json' }),
    text: () => Promise.resolve(JSON.stringify(body)),
  }) as unknown as Response;

/** A client whose line answers with `answer`, or never (the request hangs until aborted), noting each signal. */
function clientOnLine(answer: (() => Response) | null) {
  const signals: AbortSignal[] = [];
  const fetch = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (init?.signal) signals.push(init.signal);
    if (answer) return Promise.resolve(answer());
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  };
  return { client: new Client({ url: 'http://api.test/graphql', exchanges: [fetchExchange], fetch }), signals };
}

describe('a mutation given a time limit (the outbox’s sends)', () => {
  it('gives up on a stalled line: the request is aborted, and the error is a line problem', async () => {
    const { client, signals } = clientOnLine(null);
    const started = Date.now();
    const error = await mutate(client, logout, {}, { timeoutMs: 50 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('The line timed out: no answer within 0 s.');
    // Sent again later with its key, not shown as a refusal.
    expect(sendFailure(error)).toBe('line');
    expect(signals).toHaveLength(1);
    expect(signals[0].aborted).toBe(true);
  });

  it('answers as without one when the answer comes in time', async () => {
    const { client, signals } = clientOnLine(() => jsonAnswer({ data: { logout: true } }));
    await expect(mutate(client, logout, {}, { timeoutMs: 5_000 })).resolves.toEqual({ data: { logout: true } });
    expect(signals[0].aborted).toBe(false);
  });

  it('rejects with the API’s refusal, as without one', async () => {
    const { client } = clientOnLine(() =>
      jsonAnswer({ errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }] }),
    );
    const error = await mutate(client, logout, {}, { timeoutMs: 5_000 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(sendFailure(error)).toBeNull();
  });
});
