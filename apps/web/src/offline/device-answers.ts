import { clear, createStore, get, set, type UseStore } from 'idb-keyval';

/**
 * The last answers to the few queries a person needs to keep working with no line — who is signed in, the
 * States and priority areas the forms offer, the workshops and a workshop's outcome form — kept on this device
 * (IndexedDB) and given back when the network fails, so a field office that reloads the page offline still has
 * its pages and forms, and its outbox. Nothing else is kept: lists and figures always come from the server.
 *
 * Kept only while someone is signed in: signing out, or the server saying nobody is (`me` null), empties it.
 */
export const KEPT_OPERATIONS: ReadonlySet<string> = new Set(['Me', 'ReferenceData', 'Workshops', 'Workshop']);

export interface KeptAnswer {
  /** The answer's JSON, as the server sent it. */
  body: string;
  /** When the server sent it (ISO). */
  at: string;
}

let store: UseStore | null | undefined;
function answersStore(): UseStore | null {
  if (store === undefined) store = typeof indexedDB === 'undefined' ? null : createStore('ta-device', 'answers');
  return store;
}

/** Whether the last `Me` came from this device rather than the server, and since when it was kept. */
export interface DeviceState {
  servedFromDevice: boolean;
  keptAt: string | null;
}

let state: DeviceState = { servedFromDevice: false, keptAt: null };
const listeners = new Set<() => void>();

function setState(next: DeviceState): void {
  if (next.servedFromDevice === state.servedFromDevice && next.keptAt === state.keptAt) return;
  state = next;
  for (const listener of listeners) listener();
}

export function deviceState(): DeviceState {
  return state;
}

/** For useSyncExternalStore. */
export function onDeviceStateChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

interface Sent {
  name: string;
  key: string;
}

/** The operation's name and the key its answer is kept under (name and variables), or null when not kept. */
export function keptKey(body: unknown): Sent | null {
  if (typeof body !== 'string') return null;
  try {
    const parsed = JSON.parse(body) as { operationName?: unknown; variables?: unknown };
    const name = typeof parsed.operationName === 'string' ? parsed.operationName : '';
    if (!KEPT_OPERATIONS.has(name)) return null;
    return { name, key: `${name}:${JSON.stringify(parsed.variables ?? {})}` };
  } catch {
    return null;
  }
}

/** Whether an answer is worth keeping: whole data, no errors; for `Me`, someone signed in. */
export function worthKeeping(name: string, answer: unknown): boolean {
  if (!answer || typeof answer !== 'object') return false;
  const { data, errors } = answer as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (errors?.length || !data) return false;
  return name !== 'Me' || data.me != null;
}

/** Forgets every kept answer (signing out; the server saying nobody is signed in). */
export async function forgetDeviceAnswers(): Promise<void> {
  setState({ servedFromDevice: false, keptAt: null });
  const s = answersStore();
  if (s) await clear(s).catch(() => undefined);
}

/** A network failure (offline, refused, reset), as opposed to an answer. */
function isNetworkFailure(error: unknown): boolean {
  return error instanceof TypeError || (error instanceof DOMException && error.name !== 'AbortError');
}

/**
 * `fetch` for GraphQL around the session's own: keeps the answers of `KEPT_OPERATIONS`, and gives them back,
 * marked `x-ta-kept-at`, when the network fails. Every other operation, and a kept one the device never
 * answered, fails as before.
 */
export function deviceAnswers(send: typeof fetch): typeof fetch {
  return async (input, init) => {
    const sent = keptKey(init?.body);
    if (!sent) return send(input, init);
    const s = answersStore();
    let response: Response;
    try {
      response = await send(input, init);
    } catch (error) {
      const kept = s && isNetworkFailure(error) ? await get<KeptAnswer>(sent.key, s).catch(() => undefined) : undefined;
      if (!kept) throw error;
      if (sent.name === 'Me') setState({ servedFromDevice: true, keptAt: kept.at });
      return new Response(kept.body, {
        status: 200,
        headers: { 'content-type': 'application/json', 'x-ta-kept-at': kept.at },
      });
    }
    if (!s || !response.ok) return response;
    const text = await response
      .clone()
      .text()
      .catch(() => null);
    let answer: unknown = null;
    try {
      answer = text === null ? null : JSON.parse(text);
    } catch {
      return response;
    }
    if (sent.name === 'Me' && (answer as { data?: { me?: unknown } } | null)?.data?.me === null) {
      await forgetDeviceAnswers();
      return response;
    }
    if (worthKeeping(sent.name, answer) && text !== null) {
      await set(sent.key, { body: text, at: new Date().toISOString() } satisfies KeptAnswer, s).catch(() => undefined);
      if (sent.name === 'Me') setState({ servedFromDevice: false, keptAt: null });
    }
    return response;
  };
}
