import { useEffect, useLayoutEffect, useRef, useState } from 'react';

const SEARCH_DELAY_MS = 350;

/** Free text is sent once the typing pauses, not on every key (field offices are on slow links). */
export function useDebouncedSearch(applied: string, apply: (value: string) => void) {
  const [value, setValue] = useState(applied);
  const sent = useRef(applied);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const applyRef = useRef(apply);
  useLayoutEffect(() => {
    applyRef.current = apply;
  });

  // Cleared or changed from outside (e.g. "Clear filters"): show what is applied.
  useEffect(() => {
    if (applied !== sent.current) {
      sent.current = applied;
      clearTimeout(timer.current);
      setValue(applied);
    }
  }, [applied]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const send = (next: string): void => {
    clearTimeout(timer.current);
    if (next.trim() === sent.current.trim()) return;
    sent.current = next;
    applyRef.current(next);
  };

  return {
    value,
    set(next: string): void {
      setValue(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => send(next), SEARCH_DELAY_MS);
    },
    flush(): void {
      send(value);
    },
  };
}
