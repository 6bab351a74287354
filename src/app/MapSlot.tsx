import { useEffect, useState, type ComponentType } from 'react';
import { useEnvoy } from '../state/useEnvoy';
import { selectMapShown, selectPanel } from '../state/selectors';

const loadMap = () => import('../map/MapPanel').then((m) => m.MapPanel);

/**
 * The map mounts (and its code and base map load) only once it is shown: beside the timeline, or as the phone's
 * Map tab. Loaded by hand rather than through Suspense, so it appears the moment its code arrives (React holds a
 * revealed Suspense boundary back for a while, which would add that wait to the map's first draw).
 */
export function MapSlot() {
  const shown = useEnvoy(selectMapShown);
  const panel = useEnvoy(selectPanel);
  const wanted = shown || panel === 'map';
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted || Panel) return;
    let live = true;
    loadMap().then(
      (p) => live && setPanel(() => p),
      (err: unknown) => live && setFailed(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      live = false;
    };
  }, [wanted, Panel]);
  if (!wanted) return null;
  if (failed) {
    return (
      <p className="panel" role="alert">
        The map could not be loaded ({failed}). Reload the page to try again; the timeline and the Places list still
        work.
      </p>
    );
  }
  if (!Panel) {
    return (
      <p className="panel" role="status">
        Loading the map…
      </p>
    );
  }
  return <Panel />;
}
