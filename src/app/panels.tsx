import { lazy, Suspense, type ReactNode } from 'react';

// The panels load as their own chunks so the shell stays small; the downloads start at once,
// in parallel with the dataset, rather than when the dataset arrives.
const timeline = import('../timeline/TimelinePanel');
const filters = import('../filters/FilterPanel');
const reader = import('../reader/ReaderPanel');

export const TimelinePanel = lazy(() => timeline.then((m) => ({ default: m.TimelinePanel })));
export const FilterPanel = lazy(() => filters.then((m) => ({ default: m.FilterPanel })));
export const ReaderPanel = lazy(() => reader.then((m) => ({ default: m.ReaderPanel })));

/** Shows a quiet line while a panel's code arrives. */
export function PanelSuspense({ name, children }: { name: string; children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <p className="panel" role="status">
          Loading the {name}…
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
