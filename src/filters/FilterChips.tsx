import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { useFilterCriteria } from '../state/useFilterCriteria';
import { selectActions } from '../state/selectors';
import { placeColumns } from '../data/places';

interface Chip {
  key: string;
  kind: string;
  text: string;
  remove: () => void;
}

/**
 * One removable chip per active filter, and "Reset all". The time window is the view, not a filter: zooming adds no
 * chip and "Reset all" keeps it (the timeline's "Reset view" and "Fit all" move it).
 */
export function FilterChips() {
  const index = useIndex();
  const { actors, actorMode, themes, themeMode, search, flagged, places = [] } = useFilterCriteria();
  const a = useEnvoy(selectActions);

  const chips: Chip[] = [];
  for (const id of actors) {
    const actor = index.actors[index.actorIndex.get(id) ?? -1];
    if (actor)
      chips.push({
        key: `a:${id}`,
        kind: actorMode === 'all' && actors.length > 1 ? 'actor (all)' : 'actor',
        text: actor.name,
        remove: () => a.toggleActor(id),
      });
  }
  for (const id of themes) {
    const theme = index.themes[index.themeIndex.get(id) ?? -1];
    if (theme)
      chips.push({
        key: `t:${id}`,
        kind: themeMode === 'all' && themes.length > 1 ? 'theme (all)' : 'theme',
        text: theme.label,
        remove: () => a.toggleTheme(id),
      });
  }
  const cols = placeColumns(index);
  for (const id of places) {
    const place = cols.places[cols.placeIndex.get(id) ?? -1];
    if (place) chips.push({ key: `p:${id}`, kind: 'place', text: place.name, remove: () => a.togglePlace(id) });
  }
  if (search.trim())
    chips.push({ key: 's', kind: 'search', text: `“${search.trim()}”`, remove: () => a.setSearch('') });
  if (flagged) chips.push({ key: 'f', kind: 'flags', text: 'flagged only', remove: () => a.setFlagged(false) });
  const active = chips.length > 0 || actorMode !== 'any' || themeMode !== 'any';

  return (
    <div className="filters__chips">
      {chips.length > 0 && (
        <ul className="chips" aria-label="Active filters">
          {chips.map((c) => (
            <li key={c.key}>
              <button
                type="button"
                className="chip"
                aria-label={`Remove ${c.kind} filter: ${c.text}`}
                onClick={c.remove}
              >
                <span className="chip__kind">{c.kind}</span>
                <span className="chip__text">{c.text}</span>
                <span aria-hidden="true" className="chip__x">
                  ×
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="filters__small" disabled={!active} onClick={a.resetFilters}>
        Reset all
      </button>
    </div>
  );
}
