import { useEffect, useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { ActorT } from '../data/schema';
import { actorColour } from '../lib/palette';
import { FacetRow } from './FacetRow';
import type { ActorRow } from './core/actorGroups';
import type { ActorHit } from './core/actorSearch';
import { usePendingFocus } from './usePendingFocus';
import { formatCount } from '../lib/formatCount';

/** Lists longer than this are virtualised: only the rows in the scroll box are in the page. */
export const VIRTUALISE_FROM = 80;
const HEADING_H = 30;
const ROW_H = 34;
const ROW2_H = 46;

export interface ActorListProps {
  rows: ActorRow[];
  actors: readonly ActorT[];
  counts: Uint32Array;
  selected: ReadonlySet<string>;
  /** Actor position -> how an actor search found it. */
  hits: Map<number, ActorHit> | null;
  meta: (position: number) => string | null;
  onToggle: (id: string) => void;
  onOnly: (id: string) => void;
  onClearGroup: (group: number) => void;
  selectedInGroup: (group: number) => number;
  /** Up from the first actor: back to whatever sits above the list (the actor search box). */
  onExitTop?: () => void;
}

/** Grouped actor rows; real checkboxes with labels whether or not the list is virtualised. */
export function ActorList(p: ActorListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = usePendingFocus();
  const virtual = p.rows.length >= VIRTUALISE_FROM;
  const metaOf = (position: number) => {
    const hit = p.hits?.get(position);
    const meta = p.meta(position);
    if (!hit?.via) return meta;
    return `${hit.similar ? 'similar to' : 'matches'} “${hit.via}”${meta ? ` · ${meta}` : ''}`;
  };
  const v = useVirtualizer({
    count: p.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => {
      const row = p.rows[i]!;
      return row.kind === 'heading' ? HEADING_H : metaOf(row.position) ? ROW2_H : ROW_H;
    },
    overscan: 8,
    enabled: virtual,
  });
  // Row heights depend on the rows shown and on which alias matched: forget the old layout when they change.
  useEffect(() => {
    if (virtual) v.measure();
  }, [p.rows, p.hits, virtual, v]);

  // Tab only reaches the rows in the page, so the arrow keys walk the whole list (scrolling it as they go).
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const target = e.target as HTMLElement;
    const at = target.closest<HTMLElement>('[data-index]');
    if (!at || target.tagName !== 'INPUT') return;
    const actorRows = p.rows.flatMap((r, i) => (r.kind === 'actor' ? [i] : []));
    const k = actorRows.indexOf(pendingFocus.from(Number(at.dataset.index)));
    if (k === 0 && e.key === 'ArrowUp' && p.onExitTop) {
      e.preventDefault();
      p.onExitTop();
      return;
    }
    const next = { ArrowDown: k + 1, ArrowUp: k - 1, Home: 0, End: actorRows.length - 1 }[e.key];
    const j = next === undefined ? undefined : actorRows[Math.max(0, Math.min(actorRows.length - 1, next))];
    if (j === undefined) return;
    e.preventDefault();
    if (virtual) v.scrollToIndex(j, { align: 'auto' });
    const list = e.currentTarget;
    pendingFocus.focusRow(j, (i) => list.querySelector<HTMLInputElement>(`[data-index="${i}"] input`));
  };

  const renderRow = (i: number, style?: CSSProperties) => {
    const row = p.rows[i]!;
    if (row.kind === 'heading') {
      const n = p.selectedInGroup(row.group);
      return (
        <li
          key={`g${row.group}`}
          className="agroup"
          style={style}
          data-index={i}
          aria-posinset={virtual ? i + 1 : undefined}
          aria-setsize={virtual ? p.rows.length : undefined}
        >
          <h4 className="agroup__title">
            {row.label} <span className="agroup__size">{row.size}</span>
          </h4>
          {n > 0 && (
            <button
              type="button"
              className="filters__link"
              aria-label={`Clear ${row.label} (${n} selected)`}
              onClick={() => p.onClearGroup(row.group)}
            >
              Clear
            </button>
          )}
        </li>
      );
    }
    const actor = p.actors[row.position]!;
    return (
      <FacetRow
        key={actor.id}
        domId={`actor-${row.position}`}
        name={actor.name}
        colour={actorColour(row.position)}
        meta={metaOf(row.position)}
        checked={p.selected.has(actor.id)}
        count={p.counts[row.position] ?? 0}
        onToggle={() => p.onToggle(actor.id)}
        onOnly={() => p.onOnly(actor.id)}
        style={style}
        index={i}
        pos={virtual ? [i + 1, p.rows.length] : undefined}
      />
    );
  };

  if (!virtual) {
    return (
      <ul className="facet__list" aria-labelledby="facet-actors" onKeyDown={onKeyDown}>
        {p.rows.map((_, i) => renderRow(i))}
      </ul>
    );
  }
  const actorCount = p.rows.length - p.rows.filter((r) => r.kind === 'heading').length;
  // The group of the top visible row stays pinned, so a scrolled list still says whose names these are.
  const offset = v.scrollOffset ?? 0;
  const top = v.getVirtualItems().find((item) => item.end > offset);
  const topRow = top ? p.rows[top.index] : undefined;
  const pinned = topRow
    ? (p.rows.find((r) => r.kind === 'heading' && r.group === topRow.group) as
        Extract<ActorRow, { kind: 'heading' }> | undefined)
    : undefined;
  return (
    <>
      <p className="filters__note">{formatCount(actorCount)} actors. Arrow keys move through the whole list.</p>
      <div ref={scroller} className="facet__scroller" data-virtual="true">
        {pinned && (
          <div className="agroup agroup--pinned" aria-hidden="true">
            <span className="agroup__title">
              {pinned.label} <span className="agroup__size">{pinned.size}</span>
            </span>
          </div>
        )}
        <ul
          className="facet__list facet__list--virtual"
          aria-labelledby="facet-actors"
          style={{ height: v.getTotalSize() }}
          onKeyDown={onKeyDown}
        >
          {v.getVirtualItems().map((item) =>
            renderRow(item.index, {
              position: 'absolute',
              top: 0,
              left: 0,
              right: 0,
              height: item.size,
              transform: `translateY(${item.start}px)`,
            }),
          )}
        </ul>
      </div>
    </>
  );
}
