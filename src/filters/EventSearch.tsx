import { useEffect, useRef, useState } from 'react';
import { MAX_SEARCH } from '../url/codec';
import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { useSearchState } from '../state/searchAnswer';
import { searchNeedle } from '../data/filter';
import { useWarmSearch } from './useWarmSearch';
import { selectActions, selectSearch } from '../state/selectors';
import { SpellingHint } from './SpellingHint';
import { formatCount } from '../lib/formatCount';

/** Filters events by words in their title, summary or evidence; bound straight to the store. Hints when the words look like an actor's name. */
export function EventSearch() {
  const search = useEnvoy(selectSearch);
  const { setSearch } = useEnvoy(selectActions);
  const box = useRef<HTMLInputElement>(null);
  // A link keeps at most MAX_SEARCH characters of a search, so the box takes no more: what you type is what a link reopens.
  const [cut, setCut] = useState(false);
  const type = (value: string) => {
    const chars = [...value];
    setCut(chars.length > MAX_SEARCH);
    setSearch(chars.length > MAX_SEARCH ? chars.slice(0, MAX_SEARCH).join('') : value);
  };
  const index = useIndex();
  useWarmSearch(index);
  // On big data the worker searches; the events shown stay the last answer's until the new one arrives.
  const { pending, error } = useSearchState(index, searchNeedle(search));
  // Said only when the answer is slow (the worker still building its index): a quick one would only flicker.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!pending) return setSlow(false);
    const t = setTimeout(() => setSlow(true), 400);
    return () => clearTimeout(t);
  }, [pending]);
  return (
    <div className="filters__field">
      <label htmlFor="event-search" className="filters__label">
        Search events
      </label>
      <input
        id="event-search"
        ref={box}
        className="filters__input"
        type="search"
        value={search}
        placeholder="Words in a title, summary or quote"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={cut ? 'event-search-cut event-search-hint' : 'event-search-hint'}
        aria-busy={pending || undefined}
        onChange={(e) => type(e.target.value)}
      />
      {cut && (
        <p id="event-search-cut" className="filters__note" role="status">
          A search holds at most {MAX_SEARCH} characters; the rest was left out.
        </p>
      )}
      {slow && pending && (
        <p className="filters__note">
          Searching {formatCount(index.count)} events… until the answer comes, the previous result stays on screen.
        </p>
      )}
      {error && (
        <p className="filters__note" role="alert">
          {error} Searched on the page instead.
        </p>
      )}
      <SpellingHint search={search} id="event-search-hint" onPicked={() => box.current?.focus()} />
    </div>
  );
}
