import { useDeferredValue, useLayoutEffect, useRef, useState } from 'react';
import { useIndex } from '../data/DatasetContext';
import { viewWindow } from '../data/home';
import { useEnvoy, useEnvoyStore } from '../state/useEnvoy';
import { useFilteredEvents } from '../state/useFilteredEvents';
import { selectColorBy, selectWindow } from '../state/selectors';
import { MapEngine } from './MapEngine';
import { PlacePopup } from './PlacePopup';
import { installMapHook } from './debugHook';

/**
 * The canvas map. React renders these elements once; the engine draws into them imperatively, so panning and
 * zooming re-render no React tree. The place popup (a place's events, "Only here") is React.
 */
export function MapView() {
  const index = useIndex();
  const filtered = useFilteredEvents();
  const storeWindow = useDeferredValue(useEnvoy(selectWindow));
  const colourBy = useEnvoy(selectColorBy);
  const store = useEnvoyStore();
  const refs = {
    root: useRef<HTMLDivElement>(null),
    canvas: useRef<HTMLCanvasElement>(null),
    live: useRef<HTMLDivElement>(null),
    tooltip: useRef<HTMLDivElement>(null),
    box: useRef<HTMLDivElement>(null),
  };
  const engine = useRef<MapEngine | null>(null);
  const [popup, setPopup] = useState<{ place: number; x: number; y: number } | null>(null);

  // Layout effects, so the engine exists (and asks for its first frame) before the browser paints the panel.
  useLayoutEffect(() => {
    const els = Object.fromEntries(Object.entries(refs).map(([k, r]) => [k, r.current]));
    const e = new MapEngine(els as unknown as ConstructorParameters<typeof MapEngine>[0], store, {
      onPick: (place, x, y) => setPopup({ place, x, y }),
      onDismiss: () => setPopup(null),
      onBox: (places) => {
        const ids = places.map((k) => e.cols!.places[k]!.id);
        const live = e.els.live;
        if (ids.length === 0) {
          live.textContent = 'No place with events lies wholly inside the box.';
          return;
        }
        store.getState().actions.addPlaces(ids);
        live.textContent = `Place filter: ${places.map((k) => e.cols!.places[k]!.name).join(', ')}.`;
      },
    });
    engine.current = e;
    const uninstall = installMapHook(e);
    return () => {
      uninstall();
      e.destroy();
      engine.current = null;
    };
    // The elements and store live as long as this component: create the engine once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  const window = viewWindow(index, storeWindow);
  useLayoutEffect(() => {
    engine.current?.setData({ index, filtered, window, colourBy });
    // `window` is a fresh array only when the store's window or the index changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, filtered, storeWindow, colourBy]);

  return (
    <div className="map">
      <div
        ref={refs.root}
        className="map__surface"
        tabIndex={0}
        role="application"
        aria-roledescription="map"
        aria-label="Map of where the events in view happened. Arrow keys move between places and say how many events each has, Enter filters to the place, Space lists its events, Shift with arrows pans, plus and minus zoom, 0 fits the map to the data. The Places list in the filter panel gives the same places as text."
      >
        <canvas ref={refs.canvas} className="map__canvas" data-testid="map-canvas" aria-hidden="true" />
        <div ref={refs.tooltip} className="map__tooltip" role="presentation" hidden />
        <div ref={refs.box} className="map__box" aria-hidden="true" hidden />
        {popup && engine.current && (
          <PlacePopup
            engine={engine.current}
            {...popup}
            onClose={() => {
              setPopup(null);
              refs.root.current?.focus();
            }}
          />
        )}
      </div>
      <div
        ref={refs.live}
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="map-announcement"
      />
    </div>
  );
}
