import { FLAG_CODES } from '../data/model';
import type { FacetCounts } from '../data/facetCounts';
import { FLAG_KIND_WORDS } from '../data/flagWords';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectFlagged } from '../state/selectors';
import { formatCount } from '../lib/formatCount';

/**
 * "Flagged only": events where a source contradicts itself or another, gives an impossible date, a typo, or a
 * claim no one confirms. Counted in view under the other filters, with the kinds beneath.
 */
export function FlaggedSection(props: { counts: FacetCounts }) {
  const on = useEnvoy(selectFlagged);
  const a = useEnvoy(selectActions);
  const { flagged, flagKinds } = props.counts;
  const kinds = FLAG_CODES.map((k, j) => [FLAG_KIND_WORDS[k], flagKinds[j] ?? 0] as const).filter(([, n]) => n > 0);
  const events = `${formatCount(flagged)} ${flagged === 1 ? 'event' : 'events'} in view`;
  return (
    <section className="facet facet--flagged" aria-labelledby="facet-flagged">
      <h3 id="facet-flagged" className="facet__title">
        Flags
      </h3>
      <label className={`frow__label flagged${flagged === 0 ? ' frow--zero' : ''}`}>
        <input
          type="checkbox"
          checked={on}
          onChange={(e) => a.setFlagged(e.target.checked)}
          aria-describedby="facet-flagged-count facet-flagged-kinds"
        />
        <span className="flagged__glyph" aria-hidden="true">
          ⚑
        </span>
        <span className="frow__name">Flagged only</span>
        <span className="frow__count" aria-hidden="true">
          {formatCount(flagged)}
        </span>
        <span id="facet-flagged-count" hidden>
          {events}
        </span>
      </label>
      <p id="facet-flagged-kinds" className="filters__note flagged__kinds">
        {kinds.length > 0 ? kinds.map(([w, n]) => `${n} ${w}`).join(', ') : 'No flagged events in view.'}
      </p>
    </section>
  );
}
