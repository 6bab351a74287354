import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import type { EnvoyState } from '../state/store';
import { actorColour } from '../lib/palette';

const selectColorBy = (s: EnvoyState) => s.colorBy;
const MAX_ACTORS = 12;

/** What colours and shapes mean: the same theme colours as the filter panel, and the date and kind encodings. */
export function TimelineLegend() {
  const index = useIndex();
  const colorBy = useEnvoy(selectColorBy);
  const entries =
    colorBy === 'theme'
      ? index.themes.map((t) => ({ key: t.id, label: t.label, colour: t.color }))
      : index.actors.slice(0, MAX_ACTORS).map((a, p) => ({ key: a.id, label: a.name, colour: actorColour(p) }));
  return (
    <details className="tl-legend">
      <summary>Legend</summary>
      <ul className="tl-legend__list" aria-label={colorBy === 'theme' ? 'Theme colours' : 'Actor colours'}>
        {entries.map((e) => (
          <li key={e.key}>
            <span className="tl-legend__swatch" style={{ background: e.colour }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
        {colorBy === 'actor' && index.actors.length > MAX_ACTORS && <li>…and {index.actors.length - MAX_ACTORS} more</li>}
      </ul>
      <ul className="tl-legend__list" aria-label="Mark shapes">
        <li>
          <span className="tl-legend__shape tl-legend__shape--point" aria-hidden="true" /> happened on a known day
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--bar" aria-hidden="true" /> lasted: a duration, solid over its whole time
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--window" aria-hidden="true" /> happened once, some time in this window (day not known)
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--likeliest" aria-hidden="true" /> its likeliest part, only where a source points to one
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--approx" aria-hidden="true" /> faded end: that end is known only to the month or year (or is approximate)
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--planned" aria-hidden="true" /> planned or announced (hollow, dashed)
        </li>
        <li>
          <span className="tl-legend__flag" aria-hidden="true">⚑</span> flagged: a source error or doubt (see the event card)
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--badge" aria-hidden="true">+3</span> more events: click to zoom in
        </li>
      </ul>
    </details>
  );
}
