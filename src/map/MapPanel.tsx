import { useIndex } from '../data/DatasetContext';
import { placeColumns } from '../data/places';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectMapCamera } from '../state/selectors';
import { MapView } from './MapView';
import { MapLegend } from './MapLegend';
import { MapCaption } from './MapCaption';
import { loadBasemap } from './core/basemap';
import './map.css';

// The base map starts loading with this module, while React renders the panel, not after the engine exists.
performance.mark('envoy:map-module');
void loadBasemap('110m').catch(() => undefined);

/** The map panel: its toolbar (fit, where the selected event happened, hide), the canvas map and the legend. */
export function MapPanel() {
  const index = useIndex();
  const actions = useEnvoy(selectActions);
  const fitted = useEnvoy(selectMapCamera) === null;
  if (placeColumns(index).places.length === 0) {
    return (
      <div className="map-panel">
        <p className="map-panel__empty">This dataset names no places, so there is nothing to map.</p>
      </div>
    );
  }
  return (
    <div className="map-panel">
      <div className="map-toolbar" role="toolbar" aria-label="Map controls">
        <button
          type="button"
          title="Fit the map to the places (0)"
          disabled={fitted}
          onClick={() => actions.setMapCamera(null)}
        >
          Fit to places
        </button>
        <MapCaption />
        <button type="button" className="map-toolbar__hide" onClick={() => actions.setMapShown(false)}>
          Hide map
        </button>
      </div>
      <MapView />
      <MapLegend />
    </div>
  );
}
