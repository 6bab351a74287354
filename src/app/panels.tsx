import { startTransition, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';

// The panels load as their own chunks so the shell stays small; the downloads start at once,
// in parallel with the dataset, rather than when the dataset arrives.
const timeline = import('../timeline/TimelinePanel');
const filters = import('../filters/FilterPanel');
const reader = import('../reader/ReaderPanel');

/**
 * A panel from its chunk: drawn at once when the chunk is in, else a quiet line until it is. Not React.lazy: a lazy
 * component suspends on its first render even when its chunk has arrived, and React then holds the reveal back by
 * its Suspense throttle (300 ms), which was most of the bundled dataset's time to first paint.
 */
function chunkPanel<P extends object>(
  chunk: Promise<ComponentType<P>>,
  name: string,
  opts: { afterPaint?: boolean } = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let failed: unknown = null;
  chunk.then(
    (c) => (loaded = c),
    (e: unknown) => (failed = e ?? new Error(`the ${name} could not be loaded`)),
  );
  return function Panel(props: P) {
    const [, setReady] = useState(0);
    const [due, setDue] = useState(!opts.afterPaint);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      const again = () => live && setReady((n) => n + 1);
      chunk.then(again, again);
      return () => {
        live = false;
      };
    }, []);
    // As a transition, so React renders the panel in slices and no task of it is long.
    useEffect(() => (due ? undefined : afterNextPaint(() => startTransition(() => setDue(true)))), [due]);
    // A chunk that failed to load is an error for the panel's boundary, in words.
    if (failed) throw failed;
    if (!loaded || !due) return <PanelLoading name={name} />;
    const Loaded = loaded;
    return <Loaded {...props} />;
  };
}

export const TimelinePanel = chunkPanel(
  timeline.then((m) => m.TimelinePanel),
  'timeline',
);
// The filters count every facet and lay out their lists when they mount: after the page's first paint, rendered in
// slices of their own, so the timeline is not held up behind them in one long task when a big dataset arrives.
export const FilterPanel = chunkPanel(
  filters.then((m) => m.FilterPanel),
  'filters',
  { afterPaint: true },
);
export const ReaderPanel = chunkPanel(
  reader.then((m) => m.ReaderPanel),
  'article reader',
);

/** Runs `run` in a task after the next frame is painted (or soon, where there are no frames); returns a cancel. */
function afterNextPaint(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const raf = globalThis.requestAnimationFrame;
  const frame = raf ? raf(() => (timer = setTimeout(run, 0))) : undefined;
  if (frame === undefined) timer = setTimeout(run, 0);
  return () => {
    if (frame !== undefined) globalThis.cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

function PanelLoading({ name }: { name: string }) {
  return (
    <p className="panel" role="status">
      Loading the {name}…
    </p>
  );
}

/** Shows a quiet line while a panel's code arrives. */
export function PanelSuspense({ name, children }: { name: string; children: ReactNode }) {
  return <Suspense fallback={<PanelLoading name={name} />}>{children}</Suspense>;
}
