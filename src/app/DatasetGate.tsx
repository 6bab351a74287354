import { useState, type ReactNode } from 'react';
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

/** A time of day, as a person reads it on the screen's clock: "14:05:09". */
function clock(ms: number): string {
  return new Date(ms).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

/** Loads the dataset; shows progress, or a readable error with a retry, and never a blank page. */
export function DatasetGate({ source, children }: { source: DataSource; children: ReactNode }) {
  const query = useQuery(datasetQuery(source));
  // A retry puts a query with no data back to pending: keep the error on screen meanwhile, so the button keeps focus,
  // and say when it failed again.
  const [retry, setRetry] = useState<{ error: Error; failedAt: number | null } | null>(null);
  const tryAgain = (error: Error) => {
    setRetry({ error, failedAt: null });
    void query.refetch().then((r) => setRetry(r.isError ? { error: r.error, failedAt: Date.now() } : null));
  };
  if (query.isPending && !retry) {
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
  const err = query.isError ? query.error : query.isPending ? retry?.error : null;
  if (err) {
    const retrying = query.isFetching;
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
        {/* aria-disabled, not disabled, so focus stays on the button while it retries. */}
        <button type="button" aria-disabled={retrying} onClick={() => retrying || tryAgain(err)}>
          Try again
        </button>
        <p className="gate__retry" role="status" aria-live="polite">
          {retrying ? 'Trying again…' : retry?.failedAt ? `Failed again at ${clock(retry.failedAt)}.` : ''}
        </p>
      </div>
    );
  }
  if (!query.isSuccess) return null; // unreachable: pending and error are handled above
  markReady(query.data);
  return <DatasetContext.Provider value={query.data}>{children}</DatasetContext.Provider>;
}
