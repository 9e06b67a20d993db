import { useCallback, useState } from 'react';
import { sendFailure } from './outbox';

/** What a form says when an edit was not saved: the line failed, or the session expired (sign in again). */
export type NotSaved = 'offline.notSaved' | 'offline.sessionExpired';

/**
 * An edit at a version is sent only while the line is up (queued, it would go at a version that may be stale by
 * then): when the line fails, nothing is saved, the form keeps what was typed (its draft stays on the device) and
 * `notSaved` says so until the next try — the words to show (`t(notSaved)`): the line failed, or the session
 * expired (the server answered; not a line problem to try again as if offline, the person signs in again). Which
 * one is `sendFailure`'s word. `attempt` answers what `send` answered, or null when it was not saved; a refusal by
 * the API is thrown as `send` threw it.
 */
export function useOnlineOnly(): {
  notSaved: NotSaved | null;
  attempt: <T>(send: () => Promise<T>) => Promise<T | null>;
} {
  const [notSaved, setNotSaved] = useState<NotSaved | null>(null);
  const attempt = useCallback(async <T>(send: () => Promise<T>): Promise<T | null> => {
    setNotSaved(null);
    try {
      return await send();
    } catch (error) {
      const failure = sendFailure(error);
      if (failure === null) throw error;
      setNotSaved(failure === 'session' ? 'offline.sessionExpired' : 'offline.notSaved');
      return null;
    }
  }, []);
  return { notSaved, attempt };
}
