import { useId } from 'react';
import { MATCH_MODES, type MatchMode as Mode } from '../data/vocabulary';

/** A two-way "any / all" switch built from native radios, so arrow keys and screen readers work as usual. */
export function MatchMode(props: { label: string; noun: string; value: Mode; onChange: (m: Mode) => void }) {
  const name = useId();
  return (
    <div className="seg" role="radiogroup" aria-label={props.label}>
      {MATCH_MODES.map((m) => (
        <label key={m} className="seg__opt">
          <input type="radio" name={name} value={m} checked={props.value === m} onChange={() => props.onChange(m)} />
          <span aria-hidden="true">{m}</span>
          <span className="visually-hidden">
            {m === 'any' ? `Any selected ${props.noun}` : `All selected ${props.noun}s`}
          </span>
        </label>
      ))}
    </div>
  );
}
