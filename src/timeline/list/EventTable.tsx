import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useIndex } from '../../data/DatasetContext';
import { useEnvoy } from '../../state/useEnvoy';
import type { EnvoyState } from '../../state/store';
import { useFilteredEvents } from '../../state/useFilteredEvents';
import { useHoverChannels } from '../../state/hoverChannel';
import { selectActions, selectEvent, selectSearch, selectWindow } from '../../state/selectors';
import { viewWindow } from '../../data/home';
import type { EventIndex } from '../../data/model';
import { countOverlapping, overlapIndex } from '../../data/overlap';
import { COLUMNS, PAGE_ROWS, ROW_HEIGHT, ROW_HEIGHT_NARROW } from './columns';
import { useNarrow } from './useNarrow';
import { EventRow } from './EventRow';
import { SortHeader, type Sort } from './SortHeader';
import { useSortedRows } from '../../state/useSortedRows';
import { PageNav } from './PageNav';
import './EventTable.css';
import { formatCount } from '../../lib/formatCount';

const selectSortKey = (s: EnvoyState) => s.sortKey;
const selectSortDir = (s: EnvoyState) => s.sortDir;

/** How many of the rows overlap [from, to) (all of them without a window), from the rows' shared overlap index. */
function countInWindow(index: EventIndex, rows: Uint32Array, window: readonly [number, number] | null): number {
  if (!window) return rows.length;
  return countOverlapping(overlapIndex(rows, index.start, index.end), window[0], window[1]);
}

/**
 * The list view: the filtered events as a sortable, virtualised grid named "Events", so keyboard and
 * screen-reader users reach every event. Arrow keys move between rows, Enter selects; only the rows in
 * view (plus the focused one) are in the DOM, and aria-rowcount/aria-rowindex tell where they are.
 */
export function EventTable() {
  const index = useIndex();
  const rows = useFilteredEvents();
  const selected = useEnvoy(selectEvent);
  const search = useEnvoy(selectSearch);
  const actions = useEnvoy(selectActions);
  const window = useEnvoy(selectWindow);
  // The list holds every date; the filter panel counts only the dates in view, so say how the two differ.
  const inView = useMemo(() => countInWindow(index, rows, viewWindow(index, window)), [index, rows, window]);
  // The order is part of the view, so a link reopens the list sorted the same way.
  const sortKey = useEnvoy(selectSortKey);
  const sortDir = useEnvoy(selectSortDir);
  const sort = useMemo<Sort>(() => ({ key: sortKey, dir: sortDir }), [sortKey, sortDir]);
  const setSort = useCallback((next: Sort) => actions.setSort(next.key, next.dir), [actions]);
  // The order the list opened in is not announced; only a change the person makes is.
  const openedSort = useRef(sort);
  // The header answers at once and the rows follow: on big data the worker sorts, and the last order stays until then.
  const sorted = useSortedRows(index, rows, sort);
  const { order } = sorted;
  const shownSort = sorted.sort.key === sort.key && sorted.sort.dir === sort.dir ? sort : sorted.sort;
  const selectedRow = useMemo(() => {
    const pos = selected ? index.indexOf(selected) : -1;
    return pos < 0 ? -1 : order.indexOf(pos);
  }, [index, order, selected]);

  const selectedRowRef = useRef(selectedRow);
  selectedRowRef.current = selectedRow;

  // Cursor and page belong to one order; when the order changes they fall back to the selected row.
  const [cursor, setCursor] = useState<{ order: Uint32Array; row: number } | null>(null);
  const [paged, setPaged] = useState<{ order: Uint32Array; page: number } | null>(null);
  // The row kept in the DOM and given the tab stop: the last one focused, else the selected one, else none (-1).
  const activeRow = Math.min(cursor?.order === order ? cursor.row : selectedRow, order.length - 1);
  const page = paged?.order === order ? paged.page : Math.floor(Math.max(0, selectedRow) / PAGE_ROWS);
  const first = page * PAGE_ROWS;
  const pageCount = Math.max(0, Math.min(PAGE_ROWS, order.length - first));
  const localActive = activeRow < 0 ? -1 : activeRow - first;

  const rootRef = useRef<HTMLDivElement>(null);
  const narrow = useNarrow(rootRef);
  const rowHeight = narrow ? ROW_HEIGHT_NARROW : ROW_HEIGHT;
  const scrollerRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: pageCount,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    // The focused row stays mounted while scrolled away, so focus is never dropped.
    rangeExtractor: (range) => {
      const list = defaultRangeExtractor(range);
      if (localActive >= 0 && localActive < pageCount && !list.includes(localActive)) list.push(localActive);
      return list.sort((a, b) => a - b);
    },
  });

  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);

  // A row to bring into view once it is on the current page, and whether to focus it. A selection made
  // elsewhere (the timeline, the reader, a link) becomes such a row, so the list follows it.
  const pending = useRef<{ row: number; focus: boolean } | null>(null);
  const lastSelectedRow = useRef(-1);
  useLayoutEffect(() => {
    if (selectedRow >= 0 && selectedRow !== lastSelectedRow.current) {
      pending.current = { row: selectedRow, focus: false };
      // The keyboard carries on from the newly selected event.
      setCursor((c) => (c?.order === order && c.row === selectedRow ? c : { order, row: selectedRow }));
    }
    lastSelectedRow.current = selectedRow;
    const want = pending.current;
    if (!want) return;
    const p = Math.floor(want.row / PAGE_ROWS);
    if (p !== page) {
      setPaged({ order, page: p });
      return;
    }
    pending.current = null;
    virtualizer.scrollToIndex(want.row - first, { align: 'auto' });
    if (want.focus)
      scrollerRef.current?.querySelector<HTMLElement>(`[data-row="${want.row}"]`)?.focus({ preventScroll: true });
  }, [selectedRow, activeRow, page, first, order, virtualizer]);

  // A new order (sorting, filtering) starts at the top, unless the selected event is in it.
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (el && selectedRowRef.current < 0) el.scrollTop = 0;
  }, [order]);

  const moveTo = (row: number, focus = true) => {
    const r = Math.max(0, Math.min(order.length - 1, row));
    const p = Math.floor(r / PAGE_ROWS);
    if (r === activeRow && p === page) {
      virtualizer.scrollToIndex(r - first, { align: 'auto' });
      return;
    }
    if (p !== page) setPaged({ order, page: p });
    setCursor({ order, row: r });
    pending.current = { row: r, focus };
  };

  // A row under the pointer when the list closes must not stay hovered on the timeline.
  const hover = useHoverChannels().event;
  useEffect(() => () => hover.set(null), [hover]);

  const onPick = useCallback(
    (row: number, pos: number) => {
      setCursor({ order, row });
      actions.select(index.event(pos).id);
    },
    [actions, index, order],
  );
  const onFocusRow = useCallback(
    (row: number) => setCursor((c) => (c?.order === order && c.row === row ? c : { order, row })),
    [order],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    if (target.getAttribute('role') !== 'row') return;
    const row = Number(target.dataset.row);
    const perPage = Math.max(1, Math.floor((scrollerRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: row + 1,
      ArrowUp: row - 1,
      PageDown: row + perPage,
      PageUp: row - perPage,
      Home: 0,
      End: order.length - 1,
    };
    if (e.key in moves) moveTo(moves[e.key]!);
    else if (e.key === 'Enter' || e.key === ' ') onPick(row, order[row]!);
    else return;
    e.preventDefault();
  };

  const items = virtualizer.getVirtualItems();
  // Without an active row on screen, the first row in view takes the tab stop, so Tab does not jump the scroll.
  const tabbable = items.some((it) => it.index === localActive)
    ? localActive
    : (virtualizer.range?.startIndex ?? items[0]?.index ?? -1);
  const sortColumn = COLUMNS.find((c) => c.key === sort.key)!;
  const sorting = sort !== shownSort || sorted.pending;
  return (
    <div ref={rootRef} className={`event-table${narrow ? ' event-table--narrow' : ''}`}>
      <p className="event-table__status">
        {formatCount(order.length)} event{order.length === 1 ? '' : 's'}
        {inView < rows.length ? ` across all dates (${formatCount(inView)} in the dates in view)` : ''},{' '}
        {sorting ? 'sorting' : 'sorted'} by {sortColumn.label.toLowerCase()} ({sort.dir}){sorting ? '…' : ''}
      </p>
      <div className="visually-hidden" role="status" aria-live="polite">
        {shownSort === openedSort.current
          ? ''
          : `Sorted by ${COLUMNS.find((c) => c.key === shownSort.key)!.label.toLowerCase()}, ${shownSort.dir}`}
      </div>
      <PageNav page={page} total={order.length} onPage={(p) => moveTo(p * PAGE_ROWS, false)} />
      <div className="event-table__hscroll">
        <div
          role="grid"
          aria-label="Events"
          aria-rowcount={order.length + 1}
          aria-colcount={COLUMNS.length}
          className="event-table__grid"
        >
          <SortHeader sort={shownSort} onSort={setSort} />
          {order.length > 0 && (
            <div role="rowgroup" ref={scrollerRef} className="event-table__body" onKeyDown={onKeyDown}>
              <div role="presentation" className="event-table__space" style={{ height: virtualizer.getTotalSize() }}>
                {items.map((it) => {
                  const row = first + it.index;
                  const pos = order[row]!;
                  return (
                    <EventRow
                      key={pos}
                      index={index}
                      pos={pos}
                      row={row}
                      top={it.start}
                      height={rowHeight}
                      selected={row === selectedRow}
                      tabbable={it.index === tabbable}
                      search={search}
                      onPick={onPick}
                      onFocusRow={onFocusRow}
                      onHover={hover.set}
                    />
                  );
                })}
              </div>
            </div>
          )}
        </div>
        {order.length === 0 && <p className="event-table__empty">No events match the current filters.</p>}
      </div>
    </div>
  );
}
