import { CombinedError } from '@urql/core';
import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import { newIdempotencyKey, readDraft, removeDraftWithKey, setDraftAside, writeDraft, type Draft } from './drafts';

/**
 * Submissions made while the line was down, or whose answer was lost mid-flight: kept in IndexedDB and sent
 * again, with the same idempotency key, when the browser is online (the online event and a periodic retry), so
 * the server records each exactly once. Shared by the tabs of this browser.
 */
export type OutboxKind =
  'logAssistanceRequest' | 'recordWorkshopOutcome' | 'createActivity' | 'defineResult' | 'defineIndicator';

export interface OutboxEntry {
  idempotencyKey: string;
  kind: OutboxKind;
  variables: Record<string, unknown>;
  /** Where the values go back if the server refuses them (the form's draft), and the values themselves. */
  draftName: string;
  draftValues: unknown;
  /** Who submitted it: only sent while that user is signed in (never under another user's session). */
  userId: string;
  draftBasis?: string | number;
  queuedAt: string;
}

let store: UseStore | null | undefined;
function outboxStore(): UseStore | null {
  if (store === undefined) store = typeof indexedDB === 'undefined' ? null : createStore('ta-outbox', 'outbox');
  return store;
}

const CHANGED = 'ta:outbox-changed';
// Opened when first needed, as the store is: a channel open from the module's start would also keep a process that
// only imports this file (a test of its rules, under Node) from ending.
let channel: BroadcastChannel | null | undefined;
function outboxChannel(): BroadcastChannel | null {
  if (channel === undefined)
    channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('ta-outbox');
  return channel;
}

function changed(): void {
  window.dispatchEvent(new Event(CHANGED));
  outboxChannel()?.postMessage('changed');
}

/** Calls `listener` when this tab or another changes the outbox. */
export function onOutboxChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  outboxChannel()?.addEventListener('message', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    outboxChannel()?.removeEventListener('message', listener);
  };
}

export async function queueSubmission(entry: Omit<OutboxEntry, 'queuedAt'>): Promise<void> {
  const s = outboxStore();
  if (!s) throw new Error('This browser cannot keep submissions (no IndexedDB).');
  await set(entry.idempotencyKey, { ...entry, queuedAt: new Date().toISOString() }, s);
  changed();
}

/** The user's queued submissions, oldest first. */
export async function queuedSubmissions(userId: string): Promise<OutboxEntry[]> {
  const s = outboxStore();
  if (!s) return [];
  const all = await entries<string, OutboxEntry>(s).catch(() => []);
  return all
    .map(([, entry]) => entry)
    .filter((entry) => entry.userId === userId)
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
}

/** Whether the submission made with `key` waits in the outbox (not yet on the server). */
export async function isQueued(key: string): Promise<boolean> {
  const s = outboxStore();
  if (!s) return false;
  return (await get<OutboxEntry>(key, s).catch(() => undefined)) !== undefined;
}

async function removeSubmission(key: string): Promise<void> {
  const s = outboxStore();
  if (s) await del(key, s);
  changed();
}

/**
 * Why a submission got no answer to act on — the one place that decides it:
 * - `line`: the line, not the server, failed: nothing (or no readable answer) came back, or the server says it cannot
 *   reach its database (503). The server may or may not have recorded it — the idempotency key makes sending again safe.
 * - `session`: the session expired (every error UNAUTHENTICATED): the server answered, nothing was recorded, and
 *   sending again will not help until the person signs in again.
 * - null: the API refused it with its reasons (an answer about the submission itself).
 */
export type SendFailure = 'line' | 'session' | null;

export function sendFailure(error: unknown): SendFailure {
  // The server says so itself (503: its database away, or it is stopping), whatever errors the answer carries: a
  // query that met the database gone after a refusal of another field answers both errors, the refusal first.
  if (error instanceof CombinedError && (error.response as Response | undefined)?.status === 503) return 'line';
  if (error instanceof CombinedError && error.graphQLErrors.length) {
    const codes = error.graphQLErrors.map((e) => String(e.extensions?.code));
    if (codes.every((code) => code === 'UNAUTHENTICATED')) return 'session';
    // The server cannot reach its database just now: not refused, to be sent again later.
    return codes.every((code) => code === 'UNAUTHENTICATED' || code === 'SERVICE_UNAVAILABLE') ? 'line' : null;
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'line';
  const message = error instanceof Error ? error.message : String(error);
  if (/Failed to fetch|NetworkError|Load failed|network|timed? ?out|aborted/i.test(message)) return 'line';
  const status =
    error instanceof CombinedError
      ? (error.response as Response | undefined)?.status
      : (error as { statusCode?: number } | null)?.statusCode;
  return status === undefined || status === 0 || status === 408 || status >= 500 ? 'line' : null;
}

/**
 * Not refused, to be sent again later (the outbox keeps it): the line failed, or the session expired — a queued
 * submission waits for its user to sign in again (it is only sent while they are). A refusal by the API (GraphQL
 * errors other than an expired session) is an answer, not a line problem.
 */
export function isLineProblem(error: unknown): boolean {
  return sendFailure(error) !== null;
}

/**
 * Refused only until the person chooses their own password (an administrator set it since they queued this): an
 * answer, but not about the submission, which stays queued and goes once they have.
 */
function refusedForNow(error: unknown): boolean {
  return (
    error instanceof CombinedError &&
    error.graphQLErrors.some((e) => e.extensions?.reason === 'PASSWORD_CHANGE_REQUIRED')
  );
}

export type Sent =
  | { entry: OutboxEntry; result: unknown }
  | {
      entry: OutboxEntry;
      refused: unknown;
      /** Its values went back into the form's draft (true), or were set apart: the person had typed another. */
      restored: boolean;
    };

/**
 * What one pass through the outbox did: the submissions that left it (sent, or refused), and why it stopped
 * before the end, if it did: the line (`line`: try again later), an expired session (`session`: nothing to try
 * until the person signs in again), or a password to choose first (`password`).
 */
export interface Flushed {
  done: Sent[];
  waiting: 'line' | 'session' | 'password' | null;
}

/**
 * Whether a refused submission's values go back into the form's draft: only when nothing else is there — no draft
 * (the form untouched since "Start another", or closed), or still this submission's own (the form kept it under the
 * entry's key). A draft under another key is what the person typed since: it stays, and the refused values are
 * set apart beside it (`setDraftAside`), never over it.
 */
export function refusedGoesBack(current: Pick<Draft<unknown>, 'idempotencyKey'> | undefined, key: string): boolean {
  return current === undefined || current.idempotencyKey === key;
}

/**
 * The variables a queued create is sent with, carrying its entry's idempotency key (in `input` when the create
 * takes one, else as the `idempotencyKey` argument), whatever the form put there: every create of the API takes
 * one, and the key is what makes sending again safe.
 */
export function withIdempotencyKey(entry: Pick<OutboxEntry, 'idempotencyKey' | 'variables'>): Record<string, unknown> {
  const { input } = entry.variables;
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    return { ...entry.variables, input: { ...input, idempotencyKey: entry.idempotencyKey } };
  }
  return { ...entry.variables, idempotencyKey: entry.idempotencyKey };
}

/**
 * Sends a submission, or keeps it in the outbox when the line is down (the browser is offline, or the line failed
 * on the way — never "Failed to fetch"): the answer, or null when it was queued, to be sent when the line returns
 * with the same idempotency key. A refusal by the API is thrown, as `send` threw it.
 */
export async function sendOrQueue<T>(send: () => Promise<T>, entry: Omit<OutboxEntry, 'queuedAt'>): Promise<T | null> {
  const queue = async (): Promise<null> => {
    await queueSubmission(entry);
    return null;
  };
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return queue();
  try {
    return await send();
  } catch (error) {
    if (isLineProblem(error)) return queue();
    throw error;
  }
}

let flushing: Promise<Flushed> | null = null;
/** Whose submissions the pass under way sends. */
let flushingFor: string | null = null;

/** The Web Lock a tab of this browser holds while it sends the outbox (`oneTabAtATime`). */
export const OUTBOX_LOCK = 'ta-outbox-flush';

/** What a pass did when another tab was sending the outbox: nothing, and nothing to wait for here. */
const NOTHING_SENT: Flushed = { done: [], waiting: null };

/**
 * Runs `work` unless another tab of this browser is sending the outbox (a Web Lock, taken only if free): that tab
 * sends what this one would, and what it leaves is tried at this tab's next turn (the online event, the periodic
 * retry, "Send now"). Where the browser has no Web Locks (an old browser, a page not served securely) it runs at
 * once. Two tabs sending together — both hear the line return — would each send a submission (harmless: the server
 * records its key once) and, when it is refused, each put its values back: the second copy set apart beside the
 * first, as if the person had typed it since. Not waited for: a send held up by a stalled line would otherwise hold
 * up every tab's (and each send gives up after a while, OutboxStatus's SEND_TIMEOUT_MS).
 */
function oneTabAtATime<T>(work: () => Promise<T>, otherTabSending: T): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return work();
  return locks.request(OUTBOX_LOCK, { ifAvailable: true }, (lock) => (lock ? work() : otherTabSending));
}

/**
 * Sends every queued submission once, oldest first, unless another tab is sending them (`oneTabAtATime`) or this
 * tab already is (this call then answers what that pass did); stops at
 * the first line problem, an expired session, or a refusal until the person has chosen their own password (the rest
 * waits: `waiting` says for what). A sent one takes the form's draft with it if the form kept it under the entry's
 * key. A refused one leaves the outbox and its values go back to the form's draft — or, when the person has typed
 * another draft since, are set apart beside it with the API's reasons (`refusal` says them), to be opened from the
 * form: nothing typed is overwritten.
 */
export function flushOutbox(
  userId: string,
  send: (entry: OutboxEntry) => Promise<unknown>,
  refusal: (error: unknown) => string = (error) => (error instanceof Error ? error.message : String(error)),
): Promise<Flushed> {
  // Already sending in this tab (the line returned during the periodic retry, or "Send now" while it sends): this
  // call answers what that pass did — every caller hears of each submission sent, even one that came after the
  // caller that started it went (the shell restarted meanwhile), so callers keep each once (by its key). A pass for
  // another user (one signed out, another signed in meanwhile) is theirs: this one's goes after it.
  if (flushing) {
    return flushingFor === userId ? flushing : flushing.then(() => flushOutbox(userId, send, refusal));
  }
  flushingFor = userId;
  flushing = oneTabAtATime(async (): Promise<Flushed> => {
    const done: Sent[] = [];
    for (const entry of await queuedSubmissions(userId)) {
      try {
        const result = await send(entry);
        // The server has it: a draft the form kept until then (still under this key) goes too.
        await removeDraftWithKey(entry.draftName, entry.idempotencyKey);
        await removeSubmission(entry.idempotencyKey);
        done.push({ entry, result });
      } catch (error) {
        const failure = sendFailure(error);
        if (failure !== null) return { done, waiting: failure };
        if (refusedForNow(error)) return { done, waiting: 'password' };
        const values: Draft<unknown> = {
          values: entry.draftValues,
          // Refused, so not recorded: once corrected, it is a new submission.
          idempotencyKey: newIdempotencyKey(),
          savedAt: new Date().toISOString(),
          ...(entry.draftBasis === undefined ? {} : { basis: entry.draftBasis }),
        };
        const restored = refusedGoesBack(await readDraft(entry.draftName), entry.idempotencyKey);
        // Its reasons go with it: should it be set apart again before anything is typed, they are still said.
        const refused = { ...values, refusal: refusal(error) };
        const kept = restored
          ? await writeDraft(entry.draftName, refused)
          : await setDraftAside(entry.draftName, refused);
        // Not on the device (the write failed): it stays in the outbox rather than be lost; tried again later.
        if (!kept) return { done, waiting: 'line' };
        await removeSubmission(entry.idempotencyKey);
        done.push({ entry, refused: error, restored });
      }
    }
    return { done, waiting: null };
  }, NOTHING_SENT).finally(() => {
    flushing = null;
    flushingFor = null;
  });
  return flushing;
}
