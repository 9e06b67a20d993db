import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

/**
 * Drafts of forms, kept in IndexedDB as the user types: they survive Cancel, Escape, a reload, a closed tab and
 * another tab, until the form is submitted (or queued to be sent) or the user discards the draft. Each draft
 * carries the idempotency key its submission will send, made when the draft starts, so a retry of the same
 * submission (after a lost answer, or from the outbox) is recorded once.
 */
export interface Draft<V> {
  values: V;
  idempotencyKey: string;
  savedAt: string;
  /**
   * What the draft was started from (e.g. the record's version): a draft of another basis is not restored (unless
   * the form's `restore` says how it still applies).
   */
  basis?: DraftBasis;
  /**
   * Written by `finish(keep)`: the draft holds what the device keeps beyond a submission (nothing typed since), not
   * what someone typed. A write of what the form shows (the person typed) is no longer kept.
   */
  kept?: true;
  /**
   * The API's reasons for refusing a submission of exactly these values (a refused draft put back, or opened from
   * those set apart): said again if it is set apart once more. A write of what the person typed has none.
   */
  refusal?: string | null;
}

/** A draft's basis: a version, or a few named values (compared by their JSON). */
export type DraftBasis = string | number | Readonly<Record<string, string | number | null>>;

let store: UseStore | null | undefined;
function draftStore(): UseStore | null {
  if (store === undefined) store = typeof indexedDB === 'undefined' ? null : createStore('ta-drafts', 'drafts');
  return store;
}

/** 8–100 characters of [A-Za-z0-9_-], as the API accepts: a random UUID (or 128 random bits where it is missing). */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The idempotency key of a form that keeps no draft on the device (a report asked for, a file imported, an
 * allocation): one key per draft, i.e. per set of values — the same for every retry of those values (after a
 * lost answer, a double click), a new one once the values change (`keyFor` is given the values submitted) or
 * the submission succeeded (`succeeded`). Forms with a device draft get theirs from `useDraft`.
 */
export function useSubmissionKey(): { keyFor: (values: unknown) => string; succeeded: () => void } {
  const current = useRef<{ key: string; values: string } | null>(null);
  const keyFor = useCallback((values: unknown): string => {
    const serialized = JSON.stringify(values);
    if (current.current?.values !== serialized) current.current = { key: newIdempotencyKey(), values: serialized };
    return current.current.key;
  }, []);
  const succeeded = useCallback((): void => {
    current.current = null;
  }, []);
  return { keyFor, succeeded };
}

export async function readDraft<V>(name: string): Promise<Draft<V> | undefined> {
  const s = draftStore();
  return s ? get<Draft<V>>(name, s).catch(() => undefined) : undefined;
}

/** Resolves to whether the draft is on the device now (false: no IndexedDB here, or the write failed). */
export async function writeDraft<V>(name: string, draft: Draft<V>): Promise<boolean> {
  const s = draftStore();
  if (!s) return false;
  return set(name, draft, s).then(
    () => true,
    () => false,
  );
}

export async function removeDraft(name: string): Promise<void> {
  const s = draftStore();
  if (s) await del(name, s).catch(() => undefined);
}

/**
 * Removes the draft `name` if it still carries `key`: the submission made with that key is on the server now. A
 * draft started since (another key) stays.
 */
export async function removeDraftWithKey(name: string, key: string): Promise<void> {
  const draft = await readDraft(name);
  if (draft?.idempotencyKey === key) await removeDraft(name);
}

/** Where drafts are kept: the device's IndexedDB (a map in tests). */
export interface DraftShelf {
  read: (name: string) => Promise<Draft<unknown> | undefined>;
  /** Resolves to false (or rejects) when the draft could not be written. */
  write: (name: string, draft: Draft<unknown>) => Promise<boolean | void>;
  remove: (name: string) => Promise<void>;
}

const deviceShelf: DraftShelf = { read: readDraft, write: writeDraft, remove: removeDraft };

/**
 * A draft an earlier release kept under another name (and in another shape) moves to `name`: the first of
 * `oldNames` that holds one is converted (`convert` answers null when it no longer applies, e.g. someone saved the
 * record since) and written under `name`. A draft already under `name` (typed after a move that failed, say) is
 * given to `convert` as `current`: what it answers replaces it, so it must keep what `current` holds. The old
 * names are removed then (they are never read again). A conversion that fails (throws: e.g. the questions of the
 * old version could not be read), a draft under `name` that changed while the move was under way (another tab),
 * or a write that does not reach the device leaves the old drafts where they are, for the next load to try again
 * (whether or not something was typed meanwhile): they are removed only once what they hold is kept under `name`
 * (or does not apply any more).
 */
export async function moveOldDraft<V>(
  name: string,
  oldNames: readonly string[],
  convert: (
    draft: Draft<unknown>,
    oldName: string,
    current: Draft<V> | undefined,
  ) => Draft<V> | null | Promise<Draft<V> | null>,
  shelf: DraftShelf = deviceShelf,
): Promise<void> {
  if (oldNames.length === 0) return;
  const current = (await shelf.read(name)) as Draft<V> | undefined;
  const found: string[] = [];
  let moved: Draft<V> | null = null;
  for (const oldName of oldNames) {
    const old = await shelf.read(oldName);
    if (!old) continue;
    found.push(oldName);
    if (found.length === 1) moved = await convert(old, oldName, current);
  }
  if (found.length === 0) return;
  // Typed meanwhile (another tab)? The old drafts wait for the next load, to be combined with what is there then.
  if (JSON.stringify(await shelf.read(name)) !== JSON.stringify(current)) return;
  if (moved) {
    if ((await shelf.write(name, moved as Draft<unknown>)) === false) return;
    // Read back: a write IndexedDB swallowed must not cost the old drafts.
    if (JSON.stringify(await shelf.read(name)) !== JSON.stringify(moved)) return;
  }
  for (const oldName of found) await shelf.remove(oldName);
}

/** Rows' React keys are made afresh for each empty form: they say nothing about what was typed. */
function withoutRowKeys(json: string): string {
  return JSON.stringify(JSON.parse(json), (name: string, value: unknown) => (name === 'key' ? undefined : value));
}

interface DraftForm<V> {
  values: V;
  reset: (next?: V) => void;
}

export interface DraftControls<V = unknown> {
  /** A draft was found and put back in the form. */
  restored: boolean;
  /** The draft on the device is still the one `finish(keep)` wrote: nothing was typed since. */
  kept: boolean;
  /** There is a draft of this form on this device (the user typed something). */
  hasDraft: boolean;
  /** When the values now shown were last written to the device (null until then): a reload keeps them. */
  savedAt: string | null;
  /**
   * Resolves once what the form shows is written to the device (e.g. before the form is remounted): true if it is
   * there, false if it could not be written (no IndexedDB, or the write failed) — then the form must stay as it is.
   */
  written: () => Promise<boolean>;
  /** The key the submission carries (the draft's, made now if the form had none). */
  idempotencyKey: () => string;
  /**
   * The submission was recorded or queued: the draft goes, the next one gets a new key — or, given `keep`, the
   * draft becomes `keep` (what the device keeps beyond the submission, with a new key), written in one step so a
   * form shown again meanwhile never finds the submitted draft gone and `keep` not yet there. `keep` is marked as
   * such (`Draft.kept`): the form that restores it knows nothing in it was typed since.
   */
  finish: (keep?: { values: V; basis?: DraftBasis }) => Promise<void>;
  /** The user threw the draft away: the form starts over. */
  discard: () => Promise<void>;
}

/**
 * Keeps `form`'s values as the draft `name` while `active` (e.g. the dialog is open): restored when it becomes
 * active, written on every change, until `finish` or `discard`.
 */
export function useDraft<V extends object>(
  name: string,
  form: DraftForm<V>,
  options: {
    active?: boolean;
    empty: () => V;
    basis?: DraftBasis;
    /**
     * How a draft kept on the device comes back (default: as it was, if its basis is the form's). Given, it
     * decides alone: the values to put back (e.g. carried over to a newer form), or null to leave the draft out.
     */
    restore?: (draft: Draft<V>) => V | null;
  },
): DraftControls<V> {
  const active = options.active ?? true;
  // Compared by value: a basis of named values is a new object on every render.
  const basisKey = options.basis === undefined ? undefined : JSON.stringify(options.basis);
  const basis = useMemo(() => (basisKey === undefined ? undefined : (JSON.parse(basisKey) as DraftBasis)), [basisKey]);
  const [restored, setRestored] = useState(false);
  const [kept, setKept] = useState(false);
  const [hasDraft, setHasDraft] = useState(false);
  // When the values written last reached the device, and which they were.
  const [saved, setSaved] = useState<{ values: string; at: string } | null>(null);
  // The draft was read since the form became active: only then may the form's values overwrite it.
  const loaded = useRef(false);
  // Bumped when the read is done: what was typed while it was under way is written then, not lost.
  const [reads, setReads] = useState(0);
  const key = useRef<string | null>(null);
  const lastWritten = useRef<string | null>(null);
  // The last write (or none yet: nothing typed to lose), resolving to whether it reached the device.
  const writing = useRef<Promise<boolean>>(Promise.resolve(true));
  const { reset } = form;
  const empty = useRef(options.empty);
  const resetRef = useRef(reset);
  const restoreRef = useRef(options.restore);
  useEffect(() => {
    empty.current = options.empty;
    resetRef.current = reset;
    restoreRef.current = options.restore;
  });

  // Becoming active (the form opens, or the page loads): what was typed before, here or in another tab, is back.
  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    void readDraft<V>(name).then((draft) => {
      if (cancelled) return;
      const restore = restoreRef.current;
      const values = !draft
        ? null
        : restore
          ? restore(draft)
          : JSON.stringify(draft.basis) === basisKey
            ? draft.values
            : null;
      if (draft && values) {
        key.current = draft.idempotencyKey;
        // Carried over, the values differ from those kept: written again (with the new basis) as the form's — but
        // a draft `finish(keep)` wrote stays as it is (and marked) until the person types.
        lastWritten.current = values === draft.values || draft.kept ? JSON.stringify(values) : null;
        resetRef.current(values);
        setRestored(true);
        setKept(Boolean(draft.kept));
        setHasDraft(!draft.kept);
      }
      loaded.current = true;
      setReads((n) => n + 1);
    });
    return () => {
      cancelled = true;
      loaded.current = false;
    };
  }, [active, name, basisKey]);

  const serialized = JSON.stringify(form.values);
  useEffect(() => {
    if (!loaded.current || !active || serialized === lastWritten.current) return;
    // The untouched form is no draft: nothing to keep (a draft already started stays, with its key).
    if (!key.current && withoutRowKeys(serialized) === withoutRowKeys(JSON.stringify(empty.current()))) return;
    key.current ??= newIdempotencyKey();
    lastWritten.current = serialized;
    setHasDraft(true);
    setKept(false);
    setSaved(null);
    const at = new Date().toISOString();
    const write = writeDraft<V>(name, {
      values: JSON.parse(serialized) as V,
      idempotencyKey: key.current,
      savedAt: at,
      ...(basis === undefined ? {} : { basis }),
    }).then((ok) => {
      if (ok && lastWritten.current === serialized) setSaved({ values: serialized, at });
      return ok;
    });
    // The last write tells: what the form shows is on the device only if it was written.
    writing.current = writing.current.then(() => write);
  }, [serialized, active, name, basis, reads]);

  const written = useCallback((): Promise<boolean> => writing.current, []);

  const idempotencyKey = useCallback((): string => {
    key.current ??= newIdempotencyKey();
    return key.current;
  }, []);

  const finish = useCallback(
    async (keep?: { values: V; basis?: DraftBasis }): Promise<void> => {
      key.current = null;
      lastWritten.current = null;
      setRestored(false);
      setKept(Boolean(keep));
      setHasDraft(false);
      setSaved(null);
      if (keep) {
        const at = new Date().toISOString();
        await writeDraft<V>(name, { ...keep, idempotencyKey: newIdempotencyKey(), savedAt: at, kept: true });
      } else await removeDraft(name);
    },
    [name],
  );

  const discard = useCallback(async (): Promise<void> => {
    const next = empty.current();
    // The form starts over at once (not once the device answered), and what it shows then is not written again.
    const removed = finish(undefined);
    lastWritten.current = JSON.stringify(next);
    resetRef.current(next);
    await removed;
  }, [finish]);

  // "Saved" only for the values the form shows: between a change and its write (the effect above runs after the
  // render) the time of the previous write would say that values not yet written are on the device.
  const savedAt = saved !== null && saved.values === serialized ? saved.at : null;
  return { restored, kept, hasDraft, savedAt, written, idempotencyKey, finish, discard };
}

/**
 * A draft kept apart from the form's own: a queued submission the server refused while the person had typed another
 * (`refusal`: the API's reasons), or the draft the form held when the person opened such a one (`refusal` null).
 * Nothing typed is overwritten: each comes back into the form only when the person opens it (`openSetAside`).
 */
export interface SetAsideDraft<V = unknown> extends Draft<V> {
  refusal: string | null;
}

/** Where the drafts set apart from the draft `name` are kept (the same device store, beside it). */
export function setAsideName(name: string): string {
  return `${name}#set-aside`;
}

/** The drafts set apart from the draft `name`, oldest first. */
export async function setAsideDrafts(name: string): Promise<SetAsideDraft[]> {
  return (await readDraftList(name)) ?? [];
}

async function readDraftList(name: string): Promise<SetAsideDraft[] | undefined> {
  const s = draftStore();
  return s ? get<SetAsideDraft[]>(setAsideName(name), s).catch(() => undefined) : undefined;
}

async function writeDraftList(name: string, list: SetAsideDraft[]): Promise<boolean> {
  const s = draftStore();
  if (!s) return false;
  const write = list.length ? set(setAsideName(name), list, s) : del(setAsideName(name), s);
  return write.then(
    () => true,
    () => false,
  );
}

/** Keeps `draft` apart from the draft `name` (after those already set apart). */
export async function setDraftAside(name: string, draft: SetAsideDraft): Promise<boolean> {
  return writeDraftList(name, [...(await setAsideDrafts(name)), draft]);
}

/**
 * Puts the set-aside draft with `key` back in the form's draft `name`; the draft there now (what the person typed
 * since) is set apart in its turn, unless `keepCurrent` says the device holds it elsewhere (it waits in the outbox)
 * or it holds the same values. Resolves to false when that draft is gone (opened in another tab) or a write failed:
 * then nothing moved.
 */
export async function openSetAside(
  name: string,
  key: string,
  keepCurrent: (current: Draft<unknown>) => boolean | Promise<boolean> = () => true,
): Promise<boolean> {
  const list = await setAsideDrafts(name);
  const chosen = list.find((d) => d.idempotencyKey === key);
  if (!chosen) return false;
  const current = await readDraft<unknown>(name);
  const rest = list.filter((d) => d !== chosen);
  if (current && JSON.stringify(current.values) !== JSON.stringify(chosen.values) && (await keepCurrent(current)))
    rest.push({ ...current, refusal: current.refusal ?? null });
  // The current one is set apart before the chosen one replaces it: a failure between the two loses nothing.
  if (!(await writeDraftList(name, rest.length ? [...rest, chosen] : [chosen]))) return false;
  const { refusal, ...draft } = chosen;
  const opened = { ...draft, ...(refusal === null ? {} : { refusal }), savedAt: new Date().toISOString() };
  if (!(await writeDraft(name, opened))) return false;
  return writeDraftList(name, rest);
}
