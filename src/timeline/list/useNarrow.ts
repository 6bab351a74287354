import { useLayoutEffect, useState, type RefObject } from 'react';

/** Below this width (px) the five columns do not fit, and each row stacks its fields instead. */
export const NARROW_BELOW = 760;

/**
 * True while the element is narrower than NARROW_BELOW: on phones, and in the middle panel of a laptop
 * screen. Follows the element's own width (not the window's), so it holds wherever the list is placed.
 */
export function useNarrow(ref: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setNarrow(el.clientWidth > 0 && el.clientWidth < NARROW_BELOW);
    check();
    const ro = new ResizeObserver(check);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return narrow;
}
