import { useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { homeWindow } from '../data/home';
import { useEnvoy } from '../state/useEnvoy';
import { useFilteredEvents } from '../state/useFilteredEvents';
import { selectActions, selectWindow } from '../state/selectors';
import { eventsOutside, type Outside } from './core/edges';
import { fitWindow, fullWindow, windowOrHome } from './core/limits';
import { buildVisibleIndex } from './core/visible';
import { formatCount } from '../lib/formatCount';

const events = (n: number, which = '') => `${formatCount(n)} ${which}${n === 1 ? 'event' : 'events'}`;

/**
 * "← 3 earlier" and "12 later →" at the edges of the plot, when filtered events lie wholly outside the
 * view; a click fits the view to them. Counted from the committed window (the store), so a gesture
 * costs nothing here: a few binary searches when it ends.
 */
export function EdgeHints() {
  const index = useIndex();
  const filtered = useFilteredEvents();
  const window = useEnvoy(selectWindow);
  const { setWindow } = useEnvoy(selectActions);
  const vis = useMemo(() => buildVisibleIndex(filtered, index.start, index.end), [filtered, index]);
  const home = homeWindow(index);
  const [from, to] = window ?? home;
  const { earlier, later } = useMemo(() => eventsOutside(vis, from, to), [vis, from, to]);
  const reveal = (s: Outside) => setWindow(windowOrHome(fitWindow(s.lo, s.hi, fullWindow(index.span)), home));
  return (
    <>
      {earlier.count > 0 && (
        <button
          type="button"
          className="tl__edge tl__edge--earlier"
          aria-label={`Show ${events(earlier.count, 'earlier ')}`}
          title={`${events(earlier.count)} before this view: show them`}
          onClick={() => reveal(earlier)}
        >
          <span aria-hidden="true">←</span> {formatCount(earlier.count)} earlier
        </button>
      )}
      {later.count > 0 && (
        <button
          type="button"
          className="tl__edge tl__edge--later"
          aria-label={`Show ${events(later.count, 'later ')}`}
          title={`${events(later.count)} after this view: show them`}
          onClick={() => reveal(later)}
        >
          {formatCount(later.count)} later <span aria-hidden="true">→</span>
        </button>
      )}
    </>
  );
}
