import type { EventIndex } from '../../data/model';
import type { ColorBy } from '../../data/vocabulary';
import type { TimeWindow } from '../../lib/timeWindow';
import { layoutSteps, showsMarks, type Frame, type FrameInput } from '../core/frame';
import { stepUntil } from '../../lib/steps';
import type { LaneSet } from '../core/lanes';
import { chooseTicks } from '../core/ticks';
import { TimeScale } from '../core/timeScale';
import type { VisibleIndex } from '../core/visible';
import { warmWindow } from '../core/warmWindow';
import { paintBase } from './paint';

export interface WarmInput {
  index: EventIndex;
  vis: VisibleIndex;
  lanes: LaneSet;
  view: TimeWindow;
  width: number;
  height: number;
  colourBy: ColorBy;
  labelWidth(i: number): number;
  title(i: number): string;
  /** Where across the view to look for single marks, as a share of it. */
  across: number;
  /** A canvas off the page to draw into (null: lay out only). */
  canvas: HTMLCanvasElement | null;
}

/**
 * Finds, off the page, a view of single marks the user has not asked for (core/warmWindow.ts), and returns the work
 * that lays it out and then draws it into `w.canvas` (null when there is no such view, or nowhere to draw): a step
 * runs until the clock passes `until` and says whether the work is done, so each fits in an idle period (the layout
 * goes on where it stopped; the drawing has a step of its own). The first zoom into single marks on a million events
 * otherwise runs the stacking, title and drawing code cold, and that one frame costs several times what the next
 * does. The result is thrown away; the titles it measured stay in the cache.
 */
export function warmMarks(w: WarmInput): ((until: number) => boolean) | null {
  const input = (win: TimeWindow): FrameInput => ({
    index: w.index,
    vis: w.vis,
    lanes: w.lanes,
    scale: new TimeScale(win[0], win[1], w.width),
    viewHeight: w.height,
    scrollY: 0,
    labelWidth: w.labelWidth,
    splitByTheme: w.colourBy === 'theme',
  });
  const found = warmWindow(w.view, (v) => showsMarks(input(v)), w.across);
  if (!found) return null;
  // Half the first view of single marks, so half its marks: enough to compile the code, and no long task itself.
  const quarter = (found[1] - found[0]) / 4;
  const f = input([found[0] + quarter, found[1] - quarter]);
  const canvas = w.canvas;
  const ctx = canvas?.getContext('2d');
  if (!canvas || !ctx) return null;
  const steps = layoutSteps(f, null);
  let frame: Frame | undefined;
  return (until) => {
    if (!frame) {
      frame = stepUntil(steps, until);
      return false;
    }
    canvas.width = Math.max(1, Math.round(w.width));
    canvas.height = Math.max(1, Math.round(w.height));
    paintBase(ctx, {
      width: w.width,
      height: w.height,
      scale: f.scale,
      ticks: chooseTicks(f.scale.from, f.scale.to, w.width).ticks,
      frame,
      index: w.index,
      lanes: w.lanes,
      colourBy: w.colourBy,
      highlights: { selected: -1, hover: -1, focus: -1, placeHover: null },
      title: w.title,
      textWidth: w.labelWidth,
    });
    return true;
  };
}
