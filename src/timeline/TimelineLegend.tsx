import { useLegendColours } from '../state/legendColours';

/** What colours and shapes mean: the same theme colours as the filter panel, and the date and kind encodings. */
export function TimelineLegend() {
  const { colorBy, rows, more } = useLegendColours();
  return (
    <details className="tl-legend">
      <summary>Legend</summary>
      <ul className="tl-legend__list" aria-label={colorBy === 'theme' ? 'Theme colours' : 'Actor colours'}>
        {rows.map((e) => (
          <li key={e.key}>
            <span className="tl-legend__swatch" style={{ background: e.colour }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
        {more > 0 && <li>…and {more} more</li>}
      </ul>
      <ul className="tl-legend__list" aria-label="Mark shapes">
        <li>
          <span className="tl-legend__shape tl-legend__shape--point" aria-hidden="true" /> happened on a known day
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--bar" aria-hidden="true" /> lasted: a duration, solid over
          its whole time
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--window" aria-hidden="true" /> happened once, some time in
          this window (day not known)
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--likeliest" aria-hidden="true" /> its likeliest part, only
          where a source points to one
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--approx" aria-hidden="true" /> faded end: that end is known
          only to the month or year (or is approximate)
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--planned" aria-hidden="true" /> planned or announced
          (hollow, dashed)
        </li>
        <li>
          <span className="tl-legend__flag" aria-hidden="true">
            ⚑
          </span>{' '}
          flagged: a source error or doubt (see the event card)
        </li>
        <li>
          <span className="tl-legend__shape tl-legend__shape--badge" aria-hidden="true">
            +3
          </span>{' '}
          more events: click to zoom in
        </li>
      </ul>
    </details>
  );
}
