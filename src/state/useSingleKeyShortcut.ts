import { useEffect, useRef } from 'react';
import { isTyping } from '../lib/isTyping';
import { useEnvoyStore } from './useEnvoy';

/**
 * A page-wide single-character shortcut. `match` turns a key press into a value (or null for "not mine"),
 * and `run` acts on it. Ignored while typing in a field, with Ctrl, Alt or Meta held, when something else
 * already handled the key, and when the single-key shortcuts are switched off (store `shortcuts`, WCAG 2.1.4).
 */
export function useSingleKeyShortcut<T>(
  match: (e: KeyboardEvent) => T | null,
  run: (value: T) => void,
  { repeat = false }: { repeat?: boolean } = {},
): void {
  const store = useEnvoyStore();
  const latest = useRef({ match, run });
  useEffect(() => {
    latest.current = { match, run };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!store.getState().shortcuts) return;
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || (e.repeat && !repeat) || isTyping(e.target))
        return;
      const value = latest.current.match(e);
      if (value === null) return;
      e.preventDefault();
      latest.current.run(value);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, repeat]);
}
