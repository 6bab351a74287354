import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { useWarmSearch } from './useWarmSearch';
import { selectActions, selectSearch } from '../state/selectors';

/** Filters events by words in their title, summary or evidence; bound straight to the store. */
export function EventSearch() {
  const search = useEnvoy(selectSearch);
  const { setSearch } = useEnvoy(selectActions);
  useWarmSearch(useIndex());
  return (
    <div className="filters__field">
      <label htmlFor="event-search" className="filters__label">
        Search events
      </label>
      <input
        id="event-search"
        className="filters__input"
        type="search"
        value={search}
        placeholder="Words in a title, summary or quote"
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setSearch(e.target.value)}
      />
    </div>
  );
}
