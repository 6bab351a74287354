import { useIndex } from '../data/DatasetContext';
import { coversSpan, viewWindow } from '../data/home';
import type { FacetCounts } from '../data/facetCounts';
import { useEnvoy } from '../state/useEnvoy';
import { selectWindow } from '../state/selectors';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';
import { formatCount } from '../lib/formatCount';

/** Quiet time after the last zoom or pan step before the count is spoken: a wheel gesture is announced once, when it ends. */
const GESTURE_SETTLE_MS = 1200;

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? '' : 's'}`;

/**
 * "Showing 12 of 48 events in view": matching events out of all events in the visible time window (the home view
 * when no window is set), then "64 of 64 in all dates"; "in all dates" alone when the view holds every date. Screen readers hear it once the person pauses.
 */
export function FilterSummary(props: { counts: FacetCounts; matchingAllDates: number }) {
  const index = useIndex();
  const rawWindow = useEnvoy(selectWindow);
  const shown = viewWindow(index, rawWindow);
  const partial = shown !== null && !coversSpan(shown, index);
  const { matching, inView } = props.counts;
  // Every count says what it counts: the dates in view, or all dates.
  const where = partial ? ' in view' : ' in all dates';
  const line = `Showing ${formatCount(matching)} of ${plural(inView, 'event')}${where}`;
  const debounced = useDebouncedValue(line, 500);
  const moving = useDebouncedValue(rawWindow, GESTURE_SETTLE_MS) !== rawWindow;
  const [spoken, setSpoken] = useState(debounced);
  useEffect(() => {
    if (!moving) setSpoken(debounced);
  }, [moving, debounced]);
  return (
    <div className="filters__summary">
      <p className="filters__count">
        Showing <strong>{formatCount(matching)}</strong> of {plural(inView, 'event')}
        {where}
      </p>
      {partial && (
        <p className="filters__note">
          {formatCount(props.matchingAllDates)} of {formatCount(index.count)} in all dates
        </p>
      )}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        {spoken}
      </div>
    </div>
  );
}
