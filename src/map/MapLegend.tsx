import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import type { EnvoyState } from '../state/store';
import { actorColour } from '../lib/palette';

const selectColorBy = (s: EnvoyState) => s.colorBy;
const MAX_ACTORS = 12;

/** The timeline's colours (its colour-by setting) and what the map's symbols say about how precisely a place is known. */
export function MapLegend() {
  const index = useIndex();
  const colorBy = useEnvoy(selectColorBy);
  const entries =
    colorBy === 'theme'
      ? index.themes.map((t) => ({ key: t.id, label: t.label, colour: t.color }))
      : index.actors.slice(0, MAX_ACTORS).map((a, p) => ({ key: a.id, label: a.name, colour: actorColour(p) }));
  return (
    <details className="map-legend">
      <summary>Map legend</summary>
      <ul className="map-legend__list" aria-label={colorBy === 'theme' ? 'Theme colours (most events at the place)' : 'Actor colours (most events at the place)'}>
        {entries.map((e) => (
          <li key={e.key}>
            <span className="map-legend__swatch" style={{ background: e.colour }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
        {colorBy === 'actor' && index.actors.length > MAX_ACTORS && <li>…and {index.actors.length - MAX_ACTORS} more</li>}
      </ul>
      <ul className="map-legend__list" aria-label="Map symbols">
        <li>
          <span className="map-legend__sym map-legend__sym--dot" aria-hidden="true" /> a site or town: the place is known to the point
        </li>
        <li>
          <span className="map-legend__sym map-legend__sym--ring" aria-hidden="true" /> known only to a district, province or region: somewhere in the ring (sized to such areas, not a boundary)
        </li>
        <li>
          <span className="map-legend__sym map-legend__sym--area" aria-hidden="true" /> known only to the country: the country shaded
        </li>
        <li>
          <span className="map-legend__sym map-legend__sym--cluster" aria-hidden="true">9</span> nearby places merged: click to zoom in
        </li>
      </ul>
      <p className="map-legend__note">Base map: Natural Earth (1:110m, 1:50m when zoomed in), via world-atlas. Events whose sources give no place are not on the map.</p>
    </details>
  );
}
