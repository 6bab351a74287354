import { useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { matchTerms, searchNeedle } from '../data/filter';
import { HAYSTACK_MAX } from '../data/searchHaystack';
import { parseQuery } from '../lib/searchMatches';
import { noMatchReason } from './core/noMatchReason';
import { useEnvoy } from '../state/useEnvoy';
import { useSearchState } from '../state/searchAnswer';
import { selectActions } from '../state/selectors';
import { makeNameHinter, type NameHint } from './core/nameHint';
import { useDebouncedValue } from './useDebouncedValue';
import './spellingHint.css';

/** How many events a search finds in the whole dataset, ignoring the other filters. */
function countFound(mask: Uint8Array | null): number {
  let n = 0;
  if (mask) for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}

function sentence(hint: NameHint, names: string[]): string {
  const who = names.join(' or ');
  if (hint.noEvents) return `No events mention “${hint.query}”. Did you mean ${who}?`;
  return `“${hint.query}” looks like ${who}.`;
}

/**
 * Under the event search: when the search finds nothing, which word found nothing; when the words look like an actor's
 * name spelled another way ("Zalmai", "Suhail Shahin"),
 * names the actor and offers to show their events instead. Waits until typing pauses, like the summary, so a screen
 * reader hears it once; the live region stays in the page, empty, so its first words are announced.
 */
export function SpellingHint(props: { search: string; id: string; onPicked(): void }) {
  const index = useIndex();
  const { onlyActor, setSearch } = useEnvoy(selectActions);
  const settled = useDebouncedValue(props.search, 500);
  const hinter = useMemo(() => makeNameHinter(index.actors, (p) => index.eventsByActor[p]?.length ?? 0), [index]);
  const needle = searchNeedle(settled);
  // The same answer the filters show: on big data the worker's, which may still be on its way.
  const { answer } = useSearchState(index, needle);
  const { hint, reason } = useMemo(() => {
    if (!needle || answer.needle !== needle) return { hint: null, reason: null };
    const found = answer.rows ? answer.rows.length : countFound(answer.mask);
    const terms = parseQuery(needle);
    // One search per word only when the words together find nothing: the worker's counts, or, where a search here
    // is a few milliseconds, searched again word by word.
    const perTerm =
      found > 0
        ? null
        : (answer.perTerm ??
          (index.count <= HAYSTACK_MAX ? terms.map((t) => countFound(matchTerms(index, [t]))) : null));
    return { hint: hinter(settled, found), reason: noMatchReason(terms, found, perTerm) };
  }, [hinter, index, settled, needle, answer]);
  // Typing again hides the old hint at once; the new one waits for the next pause.
  const fresh = settled === props.search;
  const shown = hint && fresh ? hint : null;
  const why = !shown && fresh ? reason : null;
  const actors = shown ? shown.actors.map((p) => index.actors[p]!) : [];
  return (
    <div className={shown || why ? 'spell spell--on' : 'spell'}>
      <p id={props.id} className="spell__text" aria-live="polite" aria-atomic="true">
        {shown
          ? sentence(
              shown,
              actors.map((a) => a.name),
            )
          : (why ?? '')}
      </p>
      {actors.map((a) => (
        <button
          key={a.id}
          type="button"
          className="spell__go"
          onClick={() => {
            onlyActor(a.id);
            setSearch('');
            props.onPicked();
          }}
        >
          Show {a.name}'s events
        </button>
      ))}
    </div>
  );
}
