import { useRef, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { usePendingFocus } from './usePendingFocus';
import { formatCount } from '../lib/formatCount';

/** A row of the place tree laid flat: a place, or the toggle of the places within it, at its depth. */
export type PlaceRow = { kind: 'place' | 'toggle'; k: number; depth: number };

const PLACE_H = 46;
const TOGGLE_H = 24;
const INDENT = 20;

export interface VirtualPlaceListProps {
  rows: PlaceRow[];
  /** Draws row i (its style positions it; data-index must carry i). */
  render: (row: PlaceRow, i: number, style: CSSProperties, pos: [number, number]) => ReactNode;
}

/**
 * The Places tree when it is long (an import can bring thousands of places, all at the top): only the rows in the
 * scroll box are in the page, as with the actors; the arrow keys walk the whole list.
 */
export function VirtualPlaceList({ rows, render }: VirtualPlaceListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = usePendingFocus();
  const v = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i]!.kind === 'toggle' ? TOGGLE_H : PLACE_H),
    overscan: 8,
  });
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const at = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!at) return;
    const k = pendingFocus.from(Number(at.dataset.index));
    const next = { ArrowDown: k + 1, ArrowUp: k - 1, Home: 0, End: rows.length - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const j = Math.max(0, Math.min(rows.length - 1, next));
    v.scrollToIndex(j, { align: 'auto' });
    const list = e.currentTarget;
    pendingFocus.focusRow(j, (i) =>
      list.querySelector<HTMLElement>(`[data-index="${i}"] input, [data-index="${i}"] button.ptree__toggle`),
    );
  };
  return (
    <>
      <p className="filters__note">
        {formatCount(rows.filter((r) => r.kind === 'place').length)} places listed. Arrow keys move through the whole
        list.
      </p>
      <div ref={scroller} className="facet__scroller" data-virtual="true">
        <ul
          className="facet__list facet__list--virtual"
          aria-labelledby="facet-places"
          style={{ height: v.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {v.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const style: CSSProperties = {
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: item.size,
              transform: `translateY(${item.start}px)`,
              paddingLeft: 4 + row.depth * INDENT,
            };
            return render(row, item.index, style, [item.index + 1, rows.length]);
          })}
        </ul>
      </div>
    </>
  );
}
