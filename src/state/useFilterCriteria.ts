import { useMemo } from 'react';
import type { FilterCriteria } from '../data/filter';
import { useEnvoy } from './useEnvoy';
import {
  selectActorMode,
  selectActors,
  selectFlagged,
  selectPlaces,
  selectSearch,
  selectStatus,
  selectThemeMode,
  selectThemes,
} from './selectors';

/** The actor, theme, search and place filters from the store, as one object that changes only when a filter does. */
export function useFilterCriteria(): FilterCriteria {
  const actors = useEnvoy(selectActors);
  const actorMode = useEnvoy(selectActorMode);
  const themes = useEnvoy(selectThemes);
  const themeMode = useEnvoy(selectThemeMode);
  const search = useEnvoy(selectSearch);
  const flagged = useEnvoy(selectFlagged);
  const status = useEnvoy(selectStatus);
  const places = useEnvoy(selectPlaces);
  return useMemo(
    () => ({ actors, actorMode, themes, themeMode, search, flagged, status, places }),
    [actors, actorMode, themes, themeMode, search, flagged, status, places],
  );
}
