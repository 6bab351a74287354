import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { DatasetContext } from '../data/DatasetContext';
import { DatasetError } from '../data/DatasetError';
import type { DataSource } from '../data/source';

const readyMarked = new WeakSet<object>();

/** Marks the moment a dataset is first ready (once per dataset), so the benchmark can time the first timeline paint from it. */
function markReady(data: object) {
  if (readyMarked.has(data)) return;
  readyMarked.add(data);
  performance.mark('envoy:data-ready');
}

/** Loads the dataset; shows progress, or a readable error with a retry, and never a blank page. */
export function DatasetGate({ source, children }: { source: DataSource; children: ReactNode }) {
  const query = useQuery(datasetQuery(source));
  if (query.isPending) {
    return (
      <div className="gate" role="status" aria-live="polite">
        <div className="gate__spinner" aria-hidden="true" />
        <p>
          {source.kind === 'synthetic'
            ? `Generating ${source.count.toLocaleString('en-US')} synthetic events…`
            : 'Loading the dataset…'}
        </p>
      </div>
    );
  }
  if (query.isError) {
    const err = query.error;
    return (
      <div className="gate gate--error" role="alert">
        <h2>The dataset could not be loaded</h2>
        {err instanceof DatasetError ? (
          <>
            <p>
              Problems in <code>{err.file}</code>:
            </p>
            <ul>
              {err.problems.slice(0, 20).map((p, i) => (
                <li key={i}>
                  <strong>{p.record}</strong>
                  {p.field ? <> › <code>{p.field}</code></> : null}: {p.message}
                </li>
              ))}
            </ul>
            {err.problems.length > 20 ? <p>…and {err.problems.length - 20} more.</p> : null}
          </>
        ) : (
          <p>{err.message}</p>
        )}
        <button type="button" onClick={() => void query.refetch()}>
          Try again
        </button>
      </div>
    );
  }
  markReady(query.data);
  return <DatasetContext.Provider value={query.data}>{children}</DatasetContext.Provider>;
}
