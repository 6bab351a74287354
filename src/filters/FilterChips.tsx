import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { useFilterCriteria } from '../state/useFilterCriteria';
import { selectActions, selectWindow } from '../state/selectors';
import { windowDays } from './core/windowEdit';
import { placeColumns } from '../data/places';

const short = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

interface Chip {
  key: string;
  kind: string;
  text: string;
  remove: () => void;
}

/** One removable chip per active filter, and "Reset all". */
export function FilterChips() {
  const index = useIndex();
  const { actors, actorMode, themes, themeMode, search, flagged, places = [] } = useFilterCriteria();
  const window = useEnvoy(selectWindow);
  const a = useEnvoy(selectActions);

  const chips: Chip[] = [];
  for (const id of actors) {
    const actor = index.actors[index.actorIndex.get(id) ?? -1];
    if (actor) chips.push({ key: `a:${id}`, kind: actorMode === 'all' && actors.length > 1 ? 'actor (all)' : 'actor', text: actor.name, remove: () => a.toggleActor(id) });
  }
  for (const id of themes) {
    const theme = index.themes[index.themeIndex.get(id) ?? -1];
    if (theme) chips.push({ key: `t:${id}`, kind: themeMode === 'all' && themes.length > 1 ? 'theme (all)' : 'theme', text: theme.label, remove: () => a.toggleTheme(id) });
  }
  const cols = placeColumns(index);
  for (const id of places) {
    const place = cols.places[cols.placeIndex.get(id) ?? -1];
    if (place) chips.push({ key: `p:${id}`, kind: 'place', text: place.name, remove: () => a.togglePlace(id) });
  }
  if (search.trim()) chips.push({ key: 's', kind: 'search', text: `“${search.trim()}”`, remove: () => a.setSearch('') });
  if (flagged) chips.push({ key: 'f', kind: 'flags', text: 'flagged only', remove: () => a.setFlagged(false) });
  if (window) {
    const [from, to] = windowDays(window);
    chips.push({ key: 'w', kind: 'dates', text: from === to ? short(from) : `${short(from)} – ${short(to)}`, remove: () => a.setWindow(null) });
  }
  const active = chips.length > 0 || actorMode !== 'any' || themeMode !== 'any';

  return (
    <div className="filters__chips">
      {chips.length > 0 && (
        <ul className="chips" aria-label="Active filters">
          {chips.map((c) => (
            <li key={c.key}>
              <button type="button" className="chip" aria-label={`Remove ${c.kind} filter: ${c.text}`} onClick={c.remove}>
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
