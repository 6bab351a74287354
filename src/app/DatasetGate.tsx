import { Fragment, useDeferredValue, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data/queries';
import { DatasetContext } from '../data/DatasetContext';
import { DatasetError } from '../data/DatasetError';
import { ImportError } from '../data/ImportError';
import { OpenedContext } from '../data/OpenedContext';
import { setArticleOrigin } from '../data/articleOrigin';
import { getLoadProgress, subscribeLoadProgress } from '../data/loadProgress';
import type { LoadedDataset } from '../data/openedDataset';
import type { DataSource } from '../data/source';
import { formatCount } from '../lib/formatCount';
import { WORKER_MIN } from '../data/worker/threshold';

const readyMarked = new WeakSet<object>();
const generations = new WeakMap<object, number>();
let generation = 0;

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

/** A number per loaded dataset: the page below is mounted afresh for each new one. */
function generationOf(data: LoadedDataset): number {
  let g = generations.get(data);
  if (g === undefined) generations.set(data, (g = ++generation));
  return g;
}

function pendingWords(source: DataSource): string {
  if (source.kind === 'synthetic') return `Generating ${formatCount(source.count)} synthetic events…`;
  if (source.kind === 'url') return `Opening the dataset at ${source.url}…`;
  if (source.kind === 'local') return 'Reopening the file you opened here before…';
  return 'Loading the dataset…';
}

function LoadProgressLine() {
  const p = useSyncExternalStore(subscribeLoadProgress, getLoadProgress, () => null);
  if (!p) return null;
  return (
    <p className="gate__progress">
      {p.totalBytes ? <progress max={p.totalBytes} value={p.bytes} aria-label="Reading the file" /> : null}
      <span>{formatCount(p.rows)} rows read</span>
    </p>
  );
}

/**
 * Loads the dataset; shows progress, or a readable error with a retry, and never a blank page.
 * `actions` are offered beside the progress and the error (open another dataset, go back to the bundled one).
 */
export function DatasetGate({
  source,
  children,
  actions,
}: {
  source: DataSource;
  children: ReactNode;
  actions?: ReactNode;
}) {
  const query = useQuery(datasetQuery(source));
  // A big dataset's page is rendered as a transition, which React does in slices between other tasks: rendered in one
  // go, the panels' first pass over a million events was one task of 50-60 ms. The progress stays on screen meanwhile.
  // A small one is shown in the same task, as soon as it is in.
  const arrived = query.data;
  if (arrived) markReady(arrived);
  const deferred = useDeferredValue(arrived);
  // Never a dataset the deferred value still holds from before: the progress stays until this one is rendered.
  const loaded = arrived && arrived.index.count >= WORKER_MIN ? (deferred === arrived ? arrived : undefined) : arrived;
  // A retry puts a query with no data back to pending: keep the error on screen meanwhile, so the button keeps focus,
  // and say when it failed again.
  const [retry, setRetry] = useState<{ error: Error; failedAt: number | null } | null>(null);
  const tryAgain = (error: Error) => {
    setRetry({ error, failedAt: null });
    void query.refetch().then((r) => setRetry(r.isError ? { error: r.error, failedAt: Date.now() } : null));
  };
  if ((query.isPending && !retry) || (query.isSuccess && !loaded)) {
    return (
      <div className="gate" role="status" aria-live="polite">
        <div className="gate__spinner" aria-hidden="true" />
        <p>{pendingWords(source)}</p>
        {source.kind === 'url' || source.kind === 'local' ? <LoadProgressLine /> : null}
        {actions ? <div className="gate__actions">{actions}</div> : null}
      </div>
    );
  }
  const err = query.isError ? query.error : query.isPending ? retry?.error : null;
  if (err) {
    const retrying = query.isFetching;
    return (
      <div className="gate gate--error" role="alert">
        <h2>The dataset could not be {source.kind === 'url' || source.kind === 'local' ? 'opened' : 'loaded'}</h2>
        {err instanceof DatasetError ? (
          <>
            <p>
              Problems in <code>{err.file}</code>:
            </p>
            <ul>
              {err.problems.slice(0, 20).map((p, i) => (
                <li key={i}>
                  <strong>{p.record}</strong>
                  {p.field ? (
                    <>
                      {' '}
                      › <code>{p.field}</code>
                    </>
                  ) : null}
                  : {p.message}
                </li>
              ))}
            </ul>
            {err.problems.length > 20 ? <p>…and {err.problems.length - 20} more.</p> : null}
          </>
        ) : (
          <>
            <p>{err.message}</p>
            {err instanceof ImportError && err.details.length > 0 ? (
              <ul>
                {err.details.slice(0, 20).map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
          </>
        )}
        <div className="gate__actions">
          {/* aria-disabled, not disabled, so focus stays on the button while it retries. */}
          <button type="button" aria-disabled={retrying} onClick={() => retrying || tryAgain(err)}>
            Try again
          </button>
          {actions}
        </div>
        <p className="gate__retry" role="status" aria-live="polite">
          {retrying ? 'Trying again…' : retry?.failedAt ? `Failed again at ${clock(retry.failedAt)}.` : ''}
        </p>
      </div>
    );
  }
  if (!loaded) return null; // unreachable: pending and error are handled above
  // Set while rendering, before the reader below asks for an article of this dataset.
  setArticleOrigin(loaded.index.id, loaded.articles);
  return (
    <DatasetContext.Provider value={loaded.index}>
      <OpenedContext.Provider value={loaded.opened}>
        <Fragment key={generationOf(loaded)}>{children}</Fragment>
      </OpenedContext.Provider>
    </DatasetContext.Provider>
  );
}
