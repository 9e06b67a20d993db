import { useCallback, useEffect, useRef, useState } from 'react';
import { readDraft } from './drafts';
import { isQueued, onOutboxChange } from './outbox';

/**
 * For a form that keeps its draft until the server has the submission (queued, the draft stays on the device under
 * the submission's key): whether the draft `name` waits in the outbox now — checked when the form shows and
 * whenever the outbox changes, in this tab or another. When it leaves the outbox (sent: the outbox removed the
 * draft; or refused: the outbox gave the values back under a new key), `onSettled` runs, for the form to show
 * afresh from what the device keeps then.
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
