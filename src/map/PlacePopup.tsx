import { useEffect, useMemo, useRef } from 'react';
import { windowRange } from '../data/facetCounts';
import { placeTrail } from '../data/places';
import { formatInterval } from '../lib/formatDate';
import type { MapEngine } from './MapEngine';
import { lowerBound } from '../lib/bisect';
import { formatCount } from '../lib/formatCount';

const MAX_LISTED = 30;

/** The events in view placed at one place (the ones its mark stands for), in time order. */
function eventsAt(e: MapEngine, place: number): number[] {
  const d = e.data;
  const cols = e.cols;
  if (!d || !cols) return [];
  const [first, last] = windowRange(d.index, d.window);
  const from = d.window ? d.window[0] : -Infinity;
  const out: number[] = [];
  for (const i of cols.eventsByPlace[place] ?? []) {
    if (i < first || i >= last || d.index.end[i]! <= from) continue;
    // eventsByPlace and filtered are both in time order; a binary search keeps this cheap for big places.
    if (d.filtered[lowerBound(d.filtered, i)] === i) out.push(i);
  }
  return out;
}

/** A place's events, to pick one for the reader, and "Only here" to filter to the place. */
export function PlacePopup(p: { engine: MapEngine; place: number; x: number; y: number; onClose: () => void }) {
  const { engine: e, place } = p;
  const ref = useRef<HTMLDivElement>(null);
  const events = useMemo(() => eventsAt(e, place), [e, place]);
  useEffect(() => ref.current?.querySelector<HTMLElement>('button')?.focus(), [place]);
  if (!e.cols || !e.data) return null;
  const { index } = e.data;
  const pl = e.cols.places[place]!;
  const actions = e.store.getState().actions;
  const left = Math.max(8, Math.min(p.x + 12, e.width - 300));
  const top = Math.max(8, Math.min(p.y - 20, e.height - 260));
  const title = placeTrail(e.cols, place);
  return (
    <div
      ref={ref}
      className="map-popup"
      role="dialog"
      aria-label={`${title}: ${events.length} ${events.length === 1 ? 'event' : 'events'}`}
      style={{ left, top }}
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') {
          ev.stopPropagation();
          p.onClose();
        }
      }}
    >
      <div className="map-popup__head">
        <strong>{title}</strong>
        <button type="button" className="map-popup__close" aria-label="Close" onClick={p.onClose}>
          ×
        </button>
      </div>
      <p className="map-popup__note">
        {formatCount(events.length)} {events.length === 1 ? 'event' : 'events'} in view
        {pl.precision === 'exact' || pl.precision === 'town' ? '' : `, known only to the ${pl.precision}`}
      </p>
      <ul className="map-popup__list">
        {events.slice(0, MAX_LISTED).map((i) => {
          const ev = index.event(i);
          return (
            <li key={ev.id}>
              <button
                type="button"
                onClick={() => {
                  actions.select(ev.id);
                  p.onClose();
                }}
              >
                <span className="map-popup__date">
                  {formatInterval(ev.date.earliest, ev.date.latest, ev.date.precision, ev.date.approximate)}
                </span>{' '}
                {ev.title}
              </button>
            </li>
          );
        })}
        {events.length > MAX_LISTED && (
          <li className="map-popup__more">
            and {formatCount(events.length - MAX_LISTED)} more: filter to the place to see them all
          </li>
        )}
      </ul>
      <button
        type="button"
        className="map-popup__only"
        onClick={() => {
          actions.onlyPlace(pl.id);
          p.onClose();
        }}
      >
        Only here
      </button>
    </div>
  );
}
