import { useCallback, useState } from 'react';
import { isLineProblem } from './outbox';

/**
 * An edit at a version is sent only while the line is up (queued, it would go at a version that may be stale by
 * then): when the line fails, nothing is saved, the form keeps what was typed (its draft stays on the device) and
 * `notSaved` says so until the next try. `attempt` answers what `send` answered, or null when the line failed; a
 * refusal by the API is thrown as `send` threw it.
 */
export function useOnlineOnly(): { notSaved: boolean; attempt: <T>(send: () => Promise<T>) => Promise<T | null> } {
  const [notSaved, setNotSaved] = useState(false);
  const attempt = useCallback(async <T>(send: () => Promise<T>): Promise<T | null> => {
    setNotSaved(false);
    try {
      return await send();
    } catch (error) {
      if (!isLineProblem(error)) throw error;
      setNotSaved(true);
      return null;
    }
  }, []);
  return { notSaved, attempt };
}
