import type { EventIndex } from '../../data/model';
import { LABEL_FONT } from '../draw/marks';

/** Keeps memory bounded on a million events: the caches are dropped whole when they grow past this. */
const MAX_ENTRIES = 50_000;

/**
 * Event titles and their drawn widths, cached: synthetic titles are generated on demand and measuring
 * text is slow, while a zoom or pan shows mostly the same events frame after frame.
 */
export class TitleCache {
  private index: EventIndex | null = null;
  private readonly titles = new Map<number, string>();
  private readonly widths = new Map<number, number>();
  private readonly canvas: HTMLCanvasElement;

  constructor(canvas: HTMLCanvasElement) {
    this.canvas = canvas;
  }

  reset(index: EventIndex) {
    this.index = index;
    this.titles.clear();
    this.widths.clear();
  }

  title(i: number): string {
    let t = this.titles.get(i);
    if (t === undefined) {
      if (this.titles.size > MAX_ENTRIES) this.titles.clear();
      t = this.index?.event(i).title ?? '';
      this.titles.set(i, t);
    }
    return t;
  }

  width(i: number): number {
    let w = this.widths.get(i);
    if (w === undefined) {
      if (this.widths.size > MAX_ENTRIES) this.widths.clear();
      const ctx = this.canvas.getContext('2d');
      if (ctx) ctx.font = LABEL_FONT;
      // Without a canvas (tests in jsdom) an average glyph width stands in.
      w = Math.ceil(ctx ? ctx.measureText(this.title(i)).width : this.title(i).length * 6.5);
      this.widths.set(i, w);
    }
    return w;
  }
}
