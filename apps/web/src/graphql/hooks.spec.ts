import { cacheExchange, Client, fetchExchange } from '@urql/core';
import { parse } from 'graphql';
import { sendFailure } from '../offline/outbox';
import { askAgain, mutate } from './hooks';
import { noteChange, numberedRequestsExchange } from './numbered-requests';

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

describe('a query asked again while an earlier request for it is on the line (a page still loading)', () => {
  const stageQuery = parse('query Stage { contribution { id stage } }');
  const pledge = parse('mutation Pledge { pledge { id stage } }');

  /** Waits until `done` holds; fails after 2 s, saying what was awaited. */
  async function until(what: string, done: () => boolean): Promise<void> {
    const deadline = Date.now() + 2_000;
    while (!done()) {
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  /**
   * A line to a server holding one contribution's stage: each query reads it when it arrives, and the answers to
   * the requests numbered in `held` (the first, unless told) wait until `release(n)` (slow requests, read before
   * the change that follows them).
   */
  function slowFirstLine(held: readonly number[] = [1]) {
    let stage = 'INTENDED';
    let queries = 0;
    const waiting = new Map<number, () => void>();
    const fetch = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      const body = JSON.parse(String(init?.body)) as { query: string };
      if (body.query.startsWith('mutation')) {
        stage = 'PLEDGED';
        return Promise.resolve(jsonAnswer({ data: { pledge: { __typename: 'Contribution', id: '1', stage } } }));
      }
      queries += 1;
      const answer = jsonAnswer({ data: { contribution: { __typename: 'Contribution', id: '1', stage } } });
      if (!held.includes(queries)) return Promise.resolve(answer);
      const number = queries;
      return new Promise<Response>((resolve) => waiting.set(number, () => resolve(answer)));
    };
    // As the app's client (client.ts): queries go as POST, through the same exchanges.
    const client = new Client({
      url: 'http://api.test/graphql',
      preferGetMethod: false,
      exchanges: [cacheExchange, numberedRequestsExchange, fetchExchange],
      fetch,
    });
    return {
      client,
      queries: () => queries,
      /** Resolves once `n` queries have reached the line. */
      sent: (n: number) => until(`${n} queries on the line`, () => queries >= n),
      release: (n = 1) => waiting.get(n)?.(),
      changeElsewhere: (): void => {
        stage = 'PLEDGED';
      },
    };
  }

  /** The query on screen: the stages it shows, in order. */
  function showStage(client: Client) {
    const shown: string[] = [];
    const onScreen = client.query(stageQuery, {}).subscribe((r) => {
      // A kept answer shown again while its query is asked anew is marked stale (urql).
      const data = r.data as { contribution: { stage: string } } | undefined;
      if (data && !r.stale) shown.push(data.contribution.stage);
    });
    return { shown, onScreen };
  }

  it('asks again once the earlier answer is in, and answers with what the server says after the change', async () => {
    const line = slowFirstLine();
    // The query on screen: its first request is on the line, held.
    const { shown, onScreen } = showStage(line.client);
    await line.sent(1);

    await mutate(line.client, pledge, {});
    const fresh = askAgain(line.client, stageQuery, {});
    // The held answer, read before the pledge, comes back: it is not the answer, and the query goes again.
    line.release();
    await expect(fresh).resolves.toMatchObject({ data: { contribution: { stage: 'PLEDGED' } } });
    expect(line.queries()).toBe(2);
    expect(shown).toEqual(['INTENDED', 'PLEDGED']);
    onScreen.unsubscribe();
  });

  it('answers after the change when the earlier answer was already in (the cache asks again too)', async () => {
    const line = slowFirstLine();
    const { shown, onScreen } = showStage(line.client);
    await line.sent(1);
    line.release();
    await until('the first answer shown', () => shown.length > 0);
    await mutate(line.client, pledge, {});
    await expect(askAgain(line.client, stageQuery, {})).resolves.toMatchObject({
      data: { contribution: { stage: 'PLEDGED' } },
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    // The earlier answer, then only the pledge (urql itself may send the query twice here: the cache and the call).
    expect(shown[0]).toBe('INTENDED');
    expect(shown.slice(1)).not.toContain('INTENDED');
    expect(shown.at(-1)).toBe('PLEDGED');
    onScreen.unsubscribe();
  });

  it('takes the answer on the line when nothing changed since it was sent (a retry, a poll)', async () => {
    const line = slowFirstLine();
    const onScreen = line.client.query(stageQuery, {}).subscribe(() => undefined);
    await line.sent(1);
    const again = askAgain(line.client, stageQuery, {});
    line.release();
    await expect(again).resolves.toMatchObject({ data: { contribution: { stage: 'INTENDED' } } });
    expect(line.queries()).toBe(1);
    onScreen.unsubscribe();
  });

  it('asks again when a live event said something changed after the request on the line was sent', async () => {
    const line = slowFirstLine();
    const { shown, onScreen } = showStage(line.client);
    await line.sent(1);
    // Another person's pledge, told by a live event (not by this page's own mutation).
    line.changeElsewhere();
    noteChange();
    const fresh = askAgain(line.client, stageQuery, {});
    line.release();
    await expect(fresh).resolves.toMatchObject({ data: { contribution: { stage: 'PLEDGED' } } });
    expect(line.queries()).toBe(2);
    expect(shown).toEqual(['INTENDED', 'PLEDGED']);
    onScreen.unsubscribe();
  });

  it('refuses every answer to a request sent before the change, however many are on the line', async () => {
    const line = slowFirstLine([2, 3]);
    const { shown, onScreen } = showStage(line.client);
    await until('the first answer shown', () => shown.length > 0);
    // Two requests for the list on the line (a refresh, then another), both read before the pledge.
    void askAgain(line.client, stageQuery, {});
    void askAgain(line.client, stageQuery, {});
    await line.sent(3);
    await mutate(line.client, pledge, {});
    const fresh = askAgain(line.client, stageQuery, {});
    line.release(2);
    await line.sent(4);
    line.release(3);
    await expect(fresh).resolves.toMatchObject({ data: { contribution: { stage: 'PLEDGED' } } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shown.at(-1)).toBe('PLEDGED');
    onScreen.unsubscribe();
  });

  it('drops an answer that comes back after the answer to a later request for the same list', async () => {
    const line = slowFirstLine([2]);
    const { shown, onScreen } = showStage(line.client);
    await until('the first answer shown', () => shown.length > 0);
    const older = askAgain(line.client, stageQuery, {});
    await line.sent(2);
    line.changeElsewhere();
    const newer = askAgain(line.client, stageQuery, {});
    await expect(newer).resolves.toMatchObject({ data: { contribution: { stage: 'PLEDGED' } } });
    // The older request's answer, read before the change, comes back last: not shown.
    line.release(2);
    await expect(older).resolves.toMatchObject({ data: { contribution: { stage: 'PLEDGED' } } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(shown).toEqual(['INTENDED', 'PLEDGED']);
    onScreen.unsubscribe();
  });
});
