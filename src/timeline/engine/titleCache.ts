import type { EventIndex } from '../../data/model';
import { LABEL_FONT } from '../draw/marks';
import { wordWidths } from '../draw/textWidths';

/** Keeps memory bounded on a million events: the caches are dropped whole when they grow past this. */
const MAX_ENTRIES = 50_000;
/** Titles measured ahead, spread over the data, so the words of most titles are known before a view shows them. */
const WARM_TITLES = 2_000;
/** Milliseconds of an idle period the warm-up may use at a time. */
const WARM_SLICE_MS = 4;

type Idle = (cb: (d: { timeRemaining(): number }) => void, opts?: { timeout: number }) => number;

/**
 * Event titles and their drawn widths, cached: synthetic titles are generated on demand and measuring
 * text is slow, while a zoom or pan shows mostly the same events frame after frame. Widths come from a
 * table of word widths (draw/textWidths.ts), so a view that first shows thousands of titles measures only
 * the few hundred words they are made of.
 */
export class TitleCache {
  private index: EventIndex | null = null;
  private readonly titles = new Map<number, string>();
  private readonly widths = new Map<number, number>();
  private readonly canvas: HTMLCanvasElement;
  private ctx: CanvasRenderingContext2D | null | undefined;

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
  }

  reset(index: EventIndex) {
    this.index = index;
    this.titles.clear();
    this.widths.clear();
    this.warm(index);
  }

  private context(): CanvasRenderingContext2D | null {
    if (this.ctx === undefined) this.ctx = this.canvas.getContext('2d');
    return this.ctx;
  }

  /**
   * Measures the words of a spread of titles while the page is idle, so the frame that first shows thousands of
   * titles finds their words measured (and the code warm) and only adds them up. Nothing drawn depends on it.
   */
  private warm(index: EventIndex) {
    const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
    const ctx = this.context();
    if (!idle || !ctx || index.count === 0) return;
    const table = wordWidths(ctx, LABEL_FONT);
    const step = Math.max(1, Math.floor(index.count / WARM_TITLES));
    let i = 0;
    const slice = (d: { timeRemaining(): number }) => {
      if (this.index !== index) return;
      const until = performance.now() + Math.min(WARM_SLICE_MS, Math.max(1, d.timeRemaining()));
      while (i < index.count && performance.now() < until) {
        table.width(index.eventTitle?.(i) ?? index.event(i).title);
        i += step;
      }
      if (i < index.count) idle(slice, { timeout: 2000 });
    };
    idle(slice, { timeout: 2000 });
  }

  title(i: number): string {
    let t = this.titles.get(i);
    if (t === undefined) {
      if (this.titles.size > MAX_ENTRIES) this.titles.clear();
      const index = this.index;
      // Generated data builds a title alone far faster than the whole event record.
      t = index ? (index.eventTitle?.(i) ?? index.event(i).title) : '';
      this.titles.set(i, t);
    }
    return t;
  }

  width(i: number): number {
    let w = this.widths.get(i);
    if (w === undefined) {
      if (this.widths.size > MAX_ENTRIES) this.widths.clear();
      const ctx = this.context();
      // Without a canvas (tests in jsdom) an average glyph width stands in.
      w = ctx ? wordWidths(ctx, LABEL_FONT).ceil(this.title(i)) : Math.ceil(this.title(i).length * 6.5);
      this.widths.set(i, w);
    }
    return w;
  }
}
