import { useEffect, type RefObject } from 'react';
import { useHoverChannels } from '../state/hoverChannel';

const HOVER = 'reader-mark--hover';

/**
 * Lights up the marks of the event under the pointer on the timeline (the hover channel), without re-rendering
 * the article: the channel is watched directly and only the affected marks change class.
 */
export function useHoverMarks(ref: RefObject<HTMLElement | null>, contentKey: unknown): void {
  const hover = useHoverChannels().event;
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const apply = (id: string | null) => {
      for (const m of root.querySelectorAll(`.${HOVER}`)) m.classList.remove(HOVER);
      if (id === null) return;
      for (const m of root.querySelectorAll('mark[data-event]'))
        if ((m as HTMLElement).dataset.event === id) m.classList.add(HOVER);
    };
    apply(hover.get());
    return hover.subscribe(apply);
  }, [ref, hover, contentKey]);
}
