import { useMemo, useRef, useState } from 'react';
import { useIndex } from '../data/DatasetContext';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectActorMode, selectActors } from '../state/selectors';
import { ActorList } from './ActorList';
import { MatchMode } from './MatchMode';
import { actorRows } from './core/actorGroups';
import { makeActorMatcher } from './core/actorSearch';

/**
 * Actors grouped by type, findable by any spelling an article uses.
 * The "find an actor" text only narrows this list (it filters no events), so it is kept in the component.
 */
export function ActorSection(props: { counts: Uint32Array }) {
  const index = useIndex();
  const selectedIds = useEnvoy(selectActors);
  const mode = useEnvoy(selectActorMode);
  const a = useEnvoy(selectActions);
  const [query, setQuery] = useState('');
  const listBox = useRef<HTMLDivElement>(null);
  const findBox = useRef<HTMLInputElement>(null);
  const matcher = useMemo(() => makeActorMatcher(index.actors), [index]);
  const hits = useMemo(() => matcher(query), [matcher, query]);
  const rows = useMemo(() => actorRows(index.actors, hits ? new Set(hits.keys()) : null), [index, hits]);
  const selected = useMemo(() => new Set(selectedIds), [selectedIds]);
  const groupOf = useMemo(() => {
    const m = new Map<string, number>();
    for (const r of actorRows(index.actors, null)) if (r.kind === 'actor') m.set(index.actors[r.position]!.id, r.group);
    return m;
  }, [index]);

  const meta = (position: number) => {
    const actor = index.actors[position]!;
    const aff = actor.affiliation ? index.actors[index.actorIndex.get(actor.affiliation) ?? -1]?.name : undefined;
    return [actor.title, aff].filter(Boolean).join(' · ') || null;
  };

  return (
    <section className="facet" aria-labelledby="facet-actors">
      <div className="facet__head">
        <h3 id="facet-actors" className="facet__title">
          Actors
          {selectedIds.length > 0 && <span className="facet__n"> ({selectedIds.length})</span>}
        </h3>
        <MatchMode label="Actor match" noun="actor" value={mode} onChange={a.setActorMode} />
        <button
          type="button"
          className="filters__small"
          aria-label="Clear actors"
          disabled={selectedIds.length === 0}
          onClick={a.clearActors}
        >
          Clear
        </button>
      </div>
      <div className="filters__field">
        <label htmlFor="actor-find" className="visually-hidden">
          Find an actor
        </label>
        <input
          id="actor-find"
          ref={findBox}
          className="filters__input"
          type="search"
          value={query}
          placeholder="Find an actor (any spelling)"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Down from the search box goes straight to the first actor found.
            if (e.key !== 'ArrowDown') return;
            const first = listBox.current?.querySelector<HTMLInputElement>('[data-index] input');
            if (first) {
              e.preventDefault();
              first.focus();
            }
          }}
        />
      </div>
      <div ref={listBox} className="facet__body">
        {hits && hits.size === 0 ? (
          <p className="filters__note">No actor is called “{query.trim()}”, or anything like it, in any article.</p>
        ) : (
          <ActorList
            rows={rows}
            actors={index.actors}
            counts={props.counts}
            selected={selected}
            hits={hits}
            meta={meta}
            onToggle={a.toggleActor}
            onOnly={a.onlyActor}
            selectedInGroup={(g) => selectedIds.filter((id) => groupOf.get(id) === g).length}
            onClearGroup={(g) => a.setActors(selectedIds.filter((id) => groupOf.get(id) !== g))}
            onExitTop={() => findBox.current?.focus()}
          />
        )}
      </div>
    </section>
  );
}
