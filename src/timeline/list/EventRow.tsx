import { memo } from 'react';
import type { EventIndex } from '../../data/model';
import { dateWords } from '../../lib/formatDate';
import { flagLabel } from '../../data/flagWords';
import { HighlightedTitle } from './HighlightedTitle';
import { CandidateTag } from './CandidateTag';

export interface EventRowProps {
  index: EventIndex;
  /** Event position in the index. */
  pos: number;
  /** Row number in the current order, from 0 (the header is aria-rowindex 1). */
  row: number;
  /** Top of the row inside the scroller's content, and its height, px. */
  top: number;
  height: number;
  selected: boolean;
  /** The one row that takes the grid's tab stop. */
  tabbable: boolean;
  search: string;
  onPick(row: number, pos: number): void;
  onFocusRow(row: number): void;
  /** The event under the pointer (null when it leaves), shared with the timeline through the store. */
  onHover(eventId: string | null): void;
}

/** One event as a grid row: date as precise as known, title with search marks, actors, themes, number of sources. */
export const EventRow = memo(function EventRow(p: EventRowProps) {
  const e = p.index.event(p.pos);
  const themes = [];
  for (let k = p.index.themeOffsets[p.pos]!; k < p.index.themeOffsets[p.pos + 1]!; k++)
    themes.push(p.index.themes[p.index.themeIds[k]!]!);
  const actors = [];
  for (let k = p.index.actorOffsets[p.pos]!; k < p.index.actorOffsets[p.pos + 1]!; k++)
    actors.push(p.index.actors[p.index.actorIds[k]!]!.name);
  const sources = p.index.sourceCount[p.pos]!;
  const flagged = flagLabel(p.index.flags[p.pos]!);
  return (
    <div
      role="row"
      aria-rowindex={p.row + 2}
      aria-selected={p.selected}
      tabIndex={p.tabbable ? 0 : -1}
      data-row={p.row}
      className={`event-table__row${p.selected ? ' event-table__row--selected' : ''}`}
      style={{ transform: `translateY(${p.top}px)`, height: p.height }}
      onClick={() => p.onPick(p.row, p.pos)}
      onPointerEnter={() => p.onHover(e.id)}
      onPointerLeave={() => p.onHover(null)}
      onFocus={(ev) => {
        if (ev.target === ev.currentTarget) p.onFocusRow(p.row);
      }}
    >
      <div role="gridcell" className="event-table__cell event-table__date">
        <span className="event-table__clamp">{dateWords(e.date).short}</span>
      </div>
      <div role="gridcell" className="event-table__cell event-table__title">
        <span className="event-table__clamp">
          {e.status === 'candidate' && <CandidateTag />}
          {flagged && (
            <span className="event-table__flag" role="img" aria-label={flagged} title={flagged}>
              ⚑
            </span>
          )}
          {e.kind === 'planned' && <span className="event-table__tag">planned</span>}
          <HighlightedTitle text={e.title} search={p.search} />
        </span>
      </div>
      <div role="gridcell" className="event-table__cell event-table__actors">
        <span className="event-table__clamp">{actors.join(', ') || '—'}</span>
      </div>
      <div role="gridcell" className="event-table__cell event-table__themes">
        {themes.map((t, k) => (
          // One theme a line; a third or later theme fits only as a count, and the full list stays in the text for screen readers.
          <span key={t.id} className={k < 2 ? 'event-table__theme' : 'visually-hidden'}>
            <span className="event-table__swatch" style={{ background: t.color }} aria-hidden="true" />
            {t.label}
            {k === 1 && themes.length > 2 ? <span aria-hidden="true"> +{themes.length - 2}</span> : null}
            {k < themes.length - 1 ? <span className="visually-hidden">, </span> : null}
          </span>
        ))}
      </div>
      <div
        role="gridcell"
        className="event-table__cell event-table__sources"
        aria-label={`${sources} source${sources === 1 ? '' : 's'}`}
      >
        {sources}
        <span className="event-table__unit" aria-hidden="true">
          {sources === 1 ? ' source' : ' sources'}
        </span>
      </div>
    </div>
  );
});
