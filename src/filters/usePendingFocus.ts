import { useRef } from 'react';

/**
 * Arrow keys in a virtualised list: the row a key moves to may not be in the page yet, so its focus waits a frame or
 * more. A key pressed meanwhile (a held key repeats every 30 ms) must step on from that row, not from the one that
 * still has focus, or steps are lost.
 */
export function usePendingFocus() {
  const pending = useRef<number | null>(null);
  /** The row the next key steps from: the one on its way to focus, else the focused one. */
  const from = (focused: number) => pending.current ?? focused;
  /** Focuses what `find(j)` returns once row j is drawn; a later call takes over. */
  const focusRow = (j: number, find: (j: number) => HTMLElement | null) => {
    pending.current = j;
    let tries = 0;
    const attempt = () => {
      if (pending.current !== j) return;
      const el = find(j);
      if (el) {
        el.focus();
        pending.current = null;
      } else if (++tries < 60) requestAnimationFrame(attempt);
      else pending.current = null;
    };
    attempt();
  };
  return { from, focusRow };
}
