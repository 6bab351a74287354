import { useCallback, useEffect, useState, type RefObject } from 'react';

interface Hidden {
  /** Sections (data-section names) not wholly in sight below the visible part of the box. */
  below: string[];
  /** Sections scrolled up out of sight. */
  above: string[];
}

const same = (a: string[], b: string[]) => a.length === b.length && a.every((n, k) => n === b[k]);

/**
 * What of a scroll box is out of sight, by section name (data-section), kept up to date as it scrolls or
 * changes size: what its "More below" and "More above" cues must name. Both [] when everything is seen.
 */
export function useHiddenBelow(
  ref: RefObject<HTMLElement | null>,
  key: unknown,
): Hidden & { reveal(): void; revealAbove(): void } {
  const [hidden, setHidden] = useState<Hidden>({ below: [], above: [] });
  const measure = useCallback(() => {
    const box = ref.current;
    if (!box) return;
    // The cues cover the foot and the head of the box: a section under one is not seen. Two pixels of slack for a chip's border.
    const rect = box.getBoundingClientRect();
    const seenTo =
      box.querySelector<HTMLElement>('.reader-card__more--below')?.getBoundingClientRect().top ?? rect.bottom;
    const seenFrom =
      box.parentElement?.querySelector<HTMLElement>('.reader-card__more--above')?.getBoundingClientRect().bottom ??
      rect.top;
    const below: string[] = [];
    const above: string[] = [];
    for (const el of box.querySelectorAll<HTMLElement>('[data-section]')) {
      const name = el.dataset.section!;
      const r = el.getBoundingClientRect();
      if (r.bottom > seenTo + 2 && !below.includes(name)) below.push(name);
      if (r.top < seenFrom - 2 && !above.includes(name)) above.push(name);
    }
    setHidden((prev) => (same(prev.below, below) && same(prev.above, above) ? prev : { below, above }));
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
  // A cue appearing, going or rewording changes what it covers: measure again once it is drawn.
  const names = `${hidden.below.join('|')}/${hidden.above.join('|')}`;
  useEffect(() => measure(), [measure, names]);
  const reveal = useCallback(() => {
    const box = ref.current;
    const first = box?.querySelector<HTMLElement>(`[data-section="${hidden.below[0] ?? ''}"]`);
    if (!box || !first) return;
    box.scrollTop += first.getBoundingClientRect().top - box.getBoundingClientRect().top - 4;
  }, [ref, hidden.below]);
  const revealAbove = useCallback(() => {
    if (ref.current) ref.current.scrollTop = 0;
  }, [ref]);
  return { ...hidden, reveal, revealAbove };
}
