import type { TimeWindow } from '../../lib/timeWindow';

/** How many halvings of the view the search for a view of single marks may try. */
const MAX_HALVINGS = 24;

/**
 * A view of single marks the user has not asked for, to lay out ahead while the page is idle (see the engine's
 * warm-up): centred a quarter (or `across`) of the way across `view`, away from its middle where zooms usually start, and halved
 * until `showsMarks` says it shows single marks. Null when `view` itself does, or when no halving gets there.
 */
export function warmWindow(
  view: TimeWindow,
  showsMarks: (w: TimeWindow) => boolean,
  /** Where across the view, as a share of it (a quarter by default). */
  across = 0.25,
): TimeWindow | null {
  if (showsMarks(view)) return null;
  let span = view[1] - view[0];
  const at = view[0] + span * across;
  for (let k = 0; k < MAX_HALVINGS; k++) {
    span /= 2;
    const w: TimeWindow = [at - span / 2, at + span / 2];
    if (showsMarks(w)) return w;
  }
  return null;
}
