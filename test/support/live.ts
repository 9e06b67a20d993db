// A real graphql-ws client (the protocol Apollo Client and urql speak) for tests of subscriptions: connects to a
// running API's /graphql socket with a bearer token in connectionParams, or with the session cookie.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscriber<T> {
  /** Everything received so far. */
  received: T[];
  /** The errors the server answered (a refused subscription), if any. */
  errors: unknown[];
  /** Resolves with the first received value that `match` accepts (waiting at most `timeoutMs`). */
  next(match?: (value: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Resolves once the server acknowledged the subscription's socket (connection_ack), or rejects if it refused. */
  connected: Promise<void>;
  close(): Promise<void>;
}

export interface SocketAuth {
  token?: string;
  /** Sent as the Cookie header of the upgrade request. */
  cookie?: string;
}

/** Subscribes to `query` at `httpUrl`'s /graphql and keeps what arrives. */
export function subscribe<T = Record<string, any>>(
  httpUrl: string,
  auth: SocketAuth,
  query: string,
  variables?: Record<string, unknown>,
): Subscriber<T> {
  const url = `${httpUrl.replace(/^http/, 'ws')}/graphql`;
  const received: T[] = [];
  const errors: unknown[] = [];
  const waiters: Array<() => void> = [];
  const cookie = auth.cookie;
  class CookieSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { cookie } } : {});
    }
  }
  let ack!: () => void;
  let refuse!: (error: unknown) => void;
  const connected = new Promise<void>((resolve, reject) => {
    ack = resolve;
    refuse = reject;
  });
  connected.catch(() => undefined);
  const client: Client = createClient({
    url,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
    lazy: false,
    connectionParams: auth.token ? { authorization: `Bearer ${auth.token}` } : {},
    on: {
      connected: () => ack(),
      closed: (event) => refuse(new Error(`socket closed: ${(event as { code?: number }).code}`)),
    },
  });
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors);
        if (value.data) received.push(value.data as T);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => {
        errors.push(error);
        for (const wake of waiters.splice(0)) wake();
      },
      complete: () => undefined,
    },
  );
  // The default deadline is generous (a loaded 2-core machine answers slowly); what is awaited usually comes at once.
  const next = async (match: (value: T) => boolean = () => true, timeoutMs = 30_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = received.find(match);
      if (found) return found;
      if (errors.length) throw new Error(`The subscription failed: ${JSON.stringify(errors)}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Nothing matching arrived within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        // Unreferenced: a wait a failed test abandons does not keep the Jest worker alive for up to `timeoutMs`.
        const timer = setTimeout(resolve, left).unref();
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  };
  return {
    received,
    errors,
    next,
    connected,
    close: async () => {
      unsubscribe();
      await client.dispose();
    },
  };
}

/**
 * How many listeners a process's live events (its `LiveEvents`) have been given so far: each GraphQL subscription
 * the server sets up adds one (`LiveEvents.stream`), before which it could miss an event. A test waits for the count
 * to grow (`until`) instead of sleeping after `connected`, which only says the socket was acknowledged — on a loaded
 * machine the subscription itself may be set up long after.
 */
export function listenCount(live: { listen(listener: never): () => void }): () => number {
  let count = 0;
  const listen = live.listen.bind(live);
  live.listen = (listener: never) => {
    count++;
    return listen(listener);
  };
  return () => count;
}

/**
 * Until a live event caused by `probe` is heard (`heard`), probing again every `everyMs` (3 s) until `timeoutMs`
 * (90 s). A subscription is set up on the server some time after the client asked (on a loaded machine possibly
 * seconds later), and an event before then is not heard; once one probe's event is, everything after it is too (one
 * subscription, one order). So: probe (a change that moves nothing the test counts), wait a while for its event,
 * probe again — instead of sleeping after the socket is acknowledged. `probe` is told which attempt it is (from 1).
 */
export async function untilHeard(
  what: string,
  heard: () => boolean,
  probe: (attempt: number) => Promise<void>,
  { timeoutMs = 90_000, everyMs = 3000 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 1; !heard(); attempt++) {
    if (Date.now() > deadline) throw new Error(`${what}: nothing heard within ${timeoutMs / 1000} s`);
    await probe(attempt);
    const wait = Date.now() + everyMs;
    while (!heard() && Date.now() < wait) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
