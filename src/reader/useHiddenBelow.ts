import { useCallback, useEffect, useState, type RefObject } from 'react';

/**
 * The names (data-section) of the sections of a scroll box that are not wholly in sight below its visible
 * part, kept up to date as it scrolls or changes size: what a "More below" cue must name. [] when all is seen.
 */
export function useHiddenBelow(ref: RefObject<HTMLElement | null>, key: unknown): { hidden: string[]; reveal(): void } {
  const [hidden, setHidden] = useState<string[]>([]);
  const measure = useCallback(() => {
    const box = ref.current;
    if (!box) return;
    // The cue itself covers the foot of the box: a section under it is not seen. Two pixels of slack for a chip's border.
    const cue = box.querySelector<HTMLElement>('.reader-card__more');
    const seenTo = cue ? cue.getBoundingClientRect().top : box.getBoundingClientRect().bottom;
    const names: string[] = [];
    for (const el of box.querySelectorAll<HTMLElement>('[data-section]')) {
      const name = el.dataset.section!;
      if (el.getBoundingClientRect().bottom > seenTo + 2 && !names.includes(name)) names.push(name);
    }
    setHidden((prev) => (prev.length === names.length && prev.every((n, k) => n === names[k]) ? prev : names));
  }, [ref]);
  useEffect(() => {
    const box = ref.current;
    if (!box) return;
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(box);
    for (const child of box.children) ro?.observe(child);
    // A <details> opening changes the height without resizing the box itself.
    box.addEventListener('toggle', measure, true);
    return () => {
      box.removeEventListener('scroll', measure);
      box.removeEventListener('toggle', measure, true);
      ro?.disconnect();
    };
  }, [ref, measure, key]);
  // The cue appearing, going or rewording changes what it covers: measure again once it is drawn.
  const names = hidden.join('|');
  useEffect(() => measure(), [measure, names]);
  const reveal = useCallback(() => {
    const box = ref.current;
    const first = box?.querySelector<HTMLElement>(`[data-section="${hidden[0] ?? ''}"]`);
    if (!box || !first) return;
    box.scrollTop += first.getBoundingClientRect().top - box.getBoundingClientRect().top - 4;
  }, [ref, hidden]);
  return { hidden, reveal };
}
