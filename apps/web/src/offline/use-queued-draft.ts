import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft, writeDraft, type DraftBasis } from './drafts';
import { isQueued, onOutboxChange, sendOrQueue, type OutboxEntry } from './outbox';

/**
 * For a form that keeps its draft until the server has the submission (queued, the draft stays on the device under
 * the submission's key): whether the draft `name` waits in the outbox now — checked when the form shows and
 * whenever the outbox changes, in this tab or another. When it leaves the outbox (sent: the outbox removed the
 * draft; or refused: the outbox gave the values back under a new key — or set them apart, `SetAsideDrafts`, when
 * another draft was typed since), `onSettled` runs, for the form to show afresh from what the device keeps then.
 */
export function useQueuedDraft(name: string, onSettled: () => void): { queued: boolean; check: () => void } {
  const [queued, setQueued] = useState(false);
  const was = useRef(false);
  const settled = useRef(onSettled);
  useEffect(() => {
    settled.current = onSettled;
  });
  const check = useCallback(() => {
    void readDraft<unknown>(name)
      .then((draft) => (draft ? isQueued(draft.idempotencyKey) : false))
      .then((now) => {
        if (was.current && !now) settled.current();
        was.current = now;
        setQueued(now);
      });
  }, [name]);
  useEffect(() => {
    check();
    return onOutboxChange(check);
  }, [check]);
  return { queued, check };
}

/** A form shown afresh (remounted with the key, its draft read again) once its queued submission leaves the outbox. */
export function useShownAgain(): [number, () => void] {
  const [shown, setShown] = useState(0);
  return [shown, useCallback(() => setShown((n) => n + 1), [])];
}

/**
 * Sends a new submission, or queues it when the line is down (`sendOrQueue`, with the draft's key): queued, its
 * draft stays on the device under that key (written here if the form had not written it, e.g. nothing was typed
 * over the values it started from) until the outbox has sent it — a reload, or a refusal when it is sent, still
 * finds what was typed. Resolves to the answer, or null when it was queued.
 */
export async function sendOrKeep<T>(
  send: () => Promise<T>,
  entry: Omit<OutboxEntry, 'queuedAt' | 'draftValues'>,
  draft: { written: () => Promise<boolean> },
  draftValues: unknown,
): Promise<T | null> {
  // What the outbox sends is what the device keeps as the draft, under the same key.
  await draft.written();
  const kept = await readDraft<unknown>(entry.draftName);
  if (kept?.idempotencyKey !== entry.idempotencyKey) {
    await writeDraft(entry.draftName, {
      values: draftValues,
      idempotencyKey: entry.idempotencyKey,
      savedAt: new Date().toISOString(),
      ...(entry.draftBasis === undefined ? {} : { basis: entry.draftBasis as DraftBasis }),
    });
  }
  return sendOrQueue(send, { ...entry, draftValues });
}
