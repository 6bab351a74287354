import { useEffect, type RefObject } from 'react';
import { useEnvoyStore } from '../state/useEnvoy';

const HOVER = 'reader-mark--hover';

/**
 * Lights up the marks of the event under the pointer on the timeline (store.hover), without re-rendering
 * the article: the store is watched directly and only the affected marks change class.
 */
export function useHoverMarks(ref: RefObject<HTMLElement | null>, contentKey: unknown): void {
  const store = useEnvoyStore();
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const apply = (id: string | null) => {
      for (const m of root.querySelectorAll(`.${HOVER}`)) m.classList.remove(HOVER);
      if (id === null) return;
      for (const m of root.querySelectorAll('mark[data-event]')) if ((m as HTMLElement).dataset.event === id) m.classList.add(HOVER);
    };
    apply(store.getState().hover);
    return store.subscribe((s, prev) => {
      if (s.hover !== prev.hover) apply(s.hover);
    });
  }, [ref, store, contentKey]);
}
