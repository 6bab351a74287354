import { useMemo } from 'react';
import { useIndex } from '../data/DatasetContext';
import { candidateMask } from '../data/filter';
import { useEnvoy } from '../state/useEnvoy';
import { selectActions, selectStatus } from '../state/selectors';
import type { StatusFilter as Status } from '../data/vocabulary';

/** Review status: every event, only the drafted candidates, or only reviewed ones. Shown when the dataset has candidates. */
export function StatusFilter() {
  const index = useIndex();
  const status = useEnvoy(selectStatus);
  const { setStatus } = useEnvoy(selectActions);
  const candidates = useMemo(() => candidateMask(index).reduce((n, x) => n + x, 0), [index]);
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
          <input type="radio" name="envoy-status" value={value} checked={status === value} onChange={() => setStatus(value)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}
