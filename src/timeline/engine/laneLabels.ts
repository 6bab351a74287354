import type { LaneSet } from '../core/lanes';
import { formatCount } from '../../lib/formatCount';

/** Lane names as DOM text over the canvas; they scroll with the lanes but never pan with time. */
export function renderLaneLabels(host: HTMLElement, lanes: LaneSet) {
  host.replaceChildren();
  if (lanes.mode === 'single') return;
  for (const lane of lanes.lanes) {
    const el = document.createElement('div');
    el.className = 'tl__lane-label';
    if (lane.colour) el.style.setProperty('--lane', lane.colour);
    // A lane counts its events in all dates (the filter panel beside it counts the dates in view): say so.
    el.textContent = `${lane.label} · ${formatCount(lane.count)} in all dates`;
    host.append(el);
  }
}
