import type { TimeWindow } from '../../lib/timeWindow';
import { memo } from '../core/memo';
import type { LaneSet } from '../core/lanes';
import { chooseTicks } from '../core/ticks';
import type { TimeScale } from '../core/timeScale';
import { drawAxis } from '../draw/axis';
import { drawOverview, OVERVIEW_H } from '../draw/overview';
import type { TimelineElements } from './elements';
import { renderLaneLabels } from './laneLabels';

/** What the DOM pass shows: the axis, lane names, the status words, the overview and its brush. */
export interface OverlayContext {
  scale: TimeScale;
  lanes: LaneSet | null;
  /** Height of one lane, where each lane's name goes. */
  laneH: number;
  /** The overview's counts per column (computed lazily, once per filter change and width), or null. */
  overview: Float32Array | null;
  window: TimeWindow;
  full: TimeWindow;
  width: number;
  dpr: number;
  /** The status line; null leaves it as it is (during a gesture, so it is not announced on every frame). */
  status: string | null;
}

/** Where the overview's brush goes (the d3-brush adapter, or a fake in tests). */
export interface BrushPort {
  resize(full: TimeWindow, width: number, height: number): void;
  move(w: TimeWindow): void;
  destroy(): void;
}

/**
 * The DOM pass, apart from the canvas: each part is rewritten only when its own inputs change (memoised on them),
 * so a frame that only moves the hover touches no DOM at all.
 */
export class Overlays {
  private readonly els: TimelineElements;
  private readonly brush: BrushPort;

  constructor(els: TimelineElements, brush: BrushPort) {
    this.els = els;
    this.brush = brush;
  }

  // Keyed by the scale, which the engine keeps as one object while the view stays put.
  private readonly axis = memo((scale: TimeScale) =>
    drawAxis(this.els.axis, chooseTicks(scale.from, scale.to, scale.width), scale),
  );

  private readonly labelText = memo((lanes: LaneSet) => renderLaneLabels(this.els.laneLabels, lanes));
  private readonly labelTops = memo((lanes: LaneSet, laneH: number) => {
    this.labelText(lanes);
    for (const [k, el] of [...this.els.laneLabels.children].entries()) (el as HTMLElement).style.top = `${k * laneH}px`;
  });

  private readonly overviewStrip = memo((counts: Float32Array, width: number, dpr: number) => {
    const oc = this.els.overviewCanvas;
    oc.width = Math.round(width * dpr);
    oc.height = Math.round(OVERVIEW_H * dpr);
    oc.style.width = `${width}px`;
    oc.style.height = `${OVERVIEW_H}px`;
    const octx = oc.getContext('2d');
    if (!octx) return;
    octx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawOverview(octx, counts, width, OVERVIEW_H);
  });

  private readonly brushSize = memo((full: TimeWindow, width: number) => this.brush.resize(full, width, OVERVIEW_H));
  private readonly brushAt = memo((w: TimeWindow, _full: TimeWindow, _width: number) => this.brush.move(w));

  paint(o: OverlayContext) {
    this.axis(o.scale);
    if (o.lanes) this.labelTops(o.lanes, o.laneH);
    if (o.overview) this.overviewStrip(o.overview, o.width, o.dpr);
    this.brushSize(o.full, o.width);
    this.brushAt(o.window, o.full, o.width);
    // A live region: rewrite it only when the words change, or it is announced on every frame.
    if (o.status !== null && this.els.status.textContent !== o.status) this.els.status.textContent = o.status;
  }

  destroy() {
    this.brush.destroy();
  }
}
