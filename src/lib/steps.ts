/**
 * Work that can stop between chunks and go on later: a generator that yields after each chunk and returns its
 * result. The same code runs to the end at once (finish) or a frame's share at a time (stepUntil), so a long layout
 * is one algorithm, not two.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the work to its end. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs chunks until the work is done (its result) or the clock passes `until` (undefined: call again to go on). */
export function stepUntil<T>(
  steps: Steps<T>,
  until: number,
  now: () => number = () => performance.now(),
): T | undefined {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (now() >= until) return undefined;
  }
}
