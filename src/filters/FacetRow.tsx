import type { CSSProperties } from 'react';
import { formatCount } from '../lib/formatCount';

export interface FacetRowProps {
  /** Unique DOM id base for this row. */
  domId: string;
  name: string;
  colour: string;
  /** Second line: affiliation, title, or the alias an actor search matched. */
  meta: string | null;
  /** Longer explanation shown on hover (a theme's description). */
  hint?: string;
  checked: boolean;
  count: number;
  onToggle: () => void;
  onOnly: () => void;
  style?: CSSProperties;
  /** Row number in its list, for keyboard movement. */
  index?: number;
  /** Position in a virtualised list (1-based) and the list's size, for screen readers. */
  pos?: [number, number];
}

/** One actor or theme: checkbox with the name, a colour mark, the count in view, and "only this". Zero counts are dimmed. */
export function FacetRow(p: FacetRowProps) {
  const countId = `${p.domId}-count`;
  const metaId = `${p.domId}-meta`;
  const nameId = `${p.domId}-name`;
  return (
    <li
      className={`frow${p.count === 0 ? ' frow--zero' : ''}${p.meta ? ' frow--two' : ''}`}
      style={p.style}
      data-index={p.index}
      aria-posinset={p.pos?.[0]}
      aria-setsize={p.pos?.[1]}
    >
      <label className="frow__label" title={p.hint}>
        <input
          type="checkbox"
          checked={p.checked}
          onChange={p.onToggle}
          aria-labelledby={nameId}
          aria-describedby={p.meta ? `${metaId} ${countId}` : countId}
        />
        <span className="frow__swatch" style={{ background: p.colour }} aria-hidden="true" />
        <span className="frow__text">
          <span className="frow__name" id={nameId} title={p.hint ? undefined : p.name}>
            {p.name}
          </span>
          {p.meta && (
            <span className="frow__meta" id={metaId} title={p.meta}>
              {p.meta}
            </span>
          )}
        </span>
      </label>
      <span className="frow__count" aria-hidden="true">
        {formatCount(p.count)}
      </span>
      <span id={countId} hidden>
        {`${formatCount(p.count)} ${p.count === 1 ? 'event' : 'events'} in view`}
      </span>
      <button type="button" className="frow__only" aria-label={`Only ${p.name}`} onClick={p.onOnly}>
        only
      </button>
    </li>
  );
}
