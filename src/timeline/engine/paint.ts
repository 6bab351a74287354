import type { EventIndex } from '../../data/model';
import type { Frame } from '../core/frame';
import type { LaneSet } from '../core/lanes';
import type { Tick } from '../core/ticks';
import type { TimeScale } from '../core/timeScale';
import type { ColorBy } from '../../data/vocabulary';
import { drawDensity, drawStackedDensity } from '../draw/density';
import { drawHighlights, type Highlights } from '../draw/highlightLayer';
import { drawBackground } from '../draw/lanes';
import { drawMarks } from '../draw/marks';

/** Everything one canvas paint needs, and nothing else: the painter never reads the engine. */
export interface RenderContext {
  width: number;
  height: number;
  scale: TimeScale;
  ticks: readonly Tick[];
  /** The laid-out frame, or null before there is data. */
  frame: Frame | null;
  index: EventIndex | null;
  lanes: LaneSet | null;
  colourBy: ColorBy;
  highlights: Highlights;
  /** Event i's title, and its drawn width (both cached by the caller). */
  title(i: number): string;
  textWidth(i: number): number;
}

/** The layer that changes with the view and the data: lanes, grid lines, then density or marks with their titles. */
export function paintBase(ctx: CanvasRenderingContext2D, rc: RenderContext) {
  const { frame, index, lanes, scale, width, height } = rc;
  drawBackground(
    ctx,
    lanes?.lanes.length ?? 1,
    frame?.geometry ?? { laneH: height, rowTop: 0, rowH: 20, badgeTop: height, scrollY: 0 },
    width,
    height,
    rc.ticks,
    scale,
  );
  if (!frame || !index || !lanes) return;
  if (frame.mode === 'density' && frame.grid) {
    if (frame.grid.lanes !== lanes.lanes.length) {
      drawStackedDensity(
        ctx,
        frame.grid,
        scale,
        frame.geometry,
        index.themes.map((t) => t.color),
      );
    } else {
      // A density column mixes colours unless the lanes are the colour groups themselves.
      const sameGroups = lanes.mode === rc.colourBy;
      drawDensity(
        ctx,
        frame.grid,
        scale,
        frame.geometry,
        lanes.lanes.map((l) => (sameGroups ? l.colour : null)),
        height,
      );
    }
  }
  // In density mode only the selected event has a mark of its own (see withSelected).
  if (frame.mode === 'marks' || frame.placed.length > 0) {
    const style = { index, lanes, colourBy: rc.colourBy, title: rc.title, textWidth: rc.textWidth, scale };
    drawMarks(ctx, frame.placed, frame.badges, frame.geometry, style, width, height);
  }
}

/** The layer that changes with the pointer and the keyboard: hover, selection, focus and map-hover rings. */
export function paintHighlights(ctx: CanvasRenderingContext2D, rc: RenderContext) {
  if (rc.frame && rc.index) drawHighlights(ctx, rc.index, rc.highlights, rc.frame, rc.scale, rc.height);
}

/** One whole canvas paint (the engine caches the base layer between paints that only move highlights). */
export function paint(ctx: CanvasRenderingContext2D, rc: RenderContext) {
  paintBase(ctx, rc);
  paintHighlights(ctx, rc);
}
