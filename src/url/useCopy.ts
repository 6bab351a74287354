import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from './copyText';

export type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; text: string };

/** How long "Link copied" stays on screen. */
export const COPIED_MS = 4000;

/** Copies a text and remembers the outcome: copied, or shown for copying by hand when the clipboard is out of reach. */
export function useCopy() {
  const [state, setState] = useState<CopyState>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  const copy = useCallback(async (text: string) => {
    clearTimeout(timer.current);
    // Empty the live region first, so a second copy is announced again.
    setState({ status: 'idle' });
    const ok = await copyText(text);
    setState(ok ? { status: 'copied' } : { status: 'manual', text });
    if (ok) timer.current = setTimeout(() => setState({ status: 'idle' }), COPIED_MS);
  }, []);
  return { state, copy, reset };
}
