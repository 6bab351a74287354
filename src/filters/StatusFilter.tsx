import { useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { candidateMask } from '../data/filter';
import type { EventIndex } from '../data/model';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectStatus } from '../state/selectors';
import type { StatusFilter as Status } from '../data/vocabulary';

/** How many events are drafted candidates: a plain loop, as a reduce with a callback over a million is several times slower. */
function countCandidates(index: EventIndex): number {
  // Without the raw records (generated data) there are no candidates, by candidateMask's rule: no mask to make.
  if (!index.raw) return 0;
  const mask = candidateMask(index);
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}

/** Review status: every event, only the drafted candidates, or only reviewed ones. Shown when the dataset has candidates. */
export function StatusFilter() {
  const index = useIndex();
  const status = useEnvoy(selectStatus);
  const { setStatus } = useEnvoy(selectActions);
  const candidates = useMemo(() => countCandidates(index), [index]);
  if (candidates === 0 && status === 'all') return null;
  const options: [Status, string][] = [
    ['all', `All events (${index.count})`],
    ['candidate', `Candidates only (${candidates})`],
    ['reviewed', `Reviewed only (${index.count - candidates})`],
  ];
  return (
    <fieldset className="filters__status">
      <legend>Review status</legend>
      {options.map(([value, label]) => (
        <label key={value}>
          <input
            type="radio"
            name="envoy-status"
            value={value}
            checked={status === value}
            onChange={() => setStatus(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
