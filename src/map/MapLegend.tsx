import { useLegendColours } from '../state/legendColours';

/** The timeline's colours (its colour-by setting) and what the map's symbols say about how precisely a place is known. */
export function MapLegend() {
  const { colorBy, rows, more } = useLegendColours();
  return (
    <details className="map-legend">
      <summary>Map legend</summary>
      <ul
        className="map-legend__list"
        aria-label={
          colorBy === 'theme' ? 'Theme colours (most events at the place)' : 'Actor colours (most events at the place)'
        }
      >
        {rows.map((e) => (
          <li key={e.key}>
            <span className="map-legend__swatch" style={{ background: e.colour }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
        {more > 0 && <li>…and {more} more</li>}
      </ul>
      <ul className="map-legend__list" aria-label="Map symbols">
        <li>
          <span className="map-legend__sym map-legend__sym--dot" aria-hidden="true" /> a site or town: the place is
          known to the point
        </li>
        <li>
          <span className="map-legend__sym map-legend__sym--ring" aria-hidden="true" /> known only to a district,
          province or region: somewhere in the ring (sized to such areas, not a boundary)
        </li>
        <li>
          <span className="map-legend__sym map-legend__sym--area" aria-hidden="true" /> known only to the country: the
          country shaded
        </li>
        <li>
          <span className="map-legend__sym map-legend__sym--cluster" aria-hidden="true">
            9
          </span>{' '}
          nearby places merged: click to zoom in
        </li>
      </ul>
      <p className="map-legend__note">
        Base map: Natural Earth (1:110m, 1:50m when zoomed in), via world-atlas. Events whose sources give no place are
        not on the map.
      </p>
    </details>
  );
}
