import { useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { filterEvents } from '../data/filter';
import { useEnvoy } from './useEnvoy';
import { selectActorMode, selectActors, selectSearch, selectThemeMode, selectThemes } from './selectors';

/** Positions of the events passing the current filters, in time order; recomputed only when a filter changes. */
export function useFilteredEvents(): Uint32Array {
  const index = useIndex();
  const actors = useEnvoy(selectActors);
  const actorMode = useEnvoy(selectActorMode);
  const themes = useEnvoy(selectThemes);
  const themeMode = useEnvoy(selectThemeMode);
  const search = useEnvoy(selectSearch);
  return useMemo(
    () => filterEvents(index, { actors, actorMode, themes, themeMode, search }),
    [index, actors, actorMode, themes, themeMode, search],
  );
}
