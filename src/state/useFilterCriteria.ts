import { useMemo } from 'react';
import type { FilterCriteria } from '../data/filter';
import { useEnvoy } from './useEnvoy';
import { selectActorMode, selectActors, selectSearch, selectStatus, selectThemeMode, selectThemes } from './selectors';

/** The actor, theme and search filters from the store, as one object that changes only when a filter does. */
export function useFilterCriteria(): FilterCriteria {
  const actors = useEnvoy(selectActors);
  const actorMode = useEnvoy(selectActorMode);
  const themes = useEnvoy(selectThemes);
  const themeMode = useEnvoy(selectThemeMode);
  const search = useEnvoy(selectSearch);
  const status = useEnvoy(selectStatus);
  return useMemo(() => ({ actors, actorMode, themes, themeMode, search, status }), [actors, actorMode, themes, themeMode, search, status]);
}
