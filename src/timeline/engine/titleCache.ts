import type { EventIndex } from '../../data/model';
import { LABEL_FONT } from '../draw/marks';
import { wordWidths } from '../draw/textWidths';

/** Keeps memory bounded on a million events: the caches are dropped whole when they grow past this. */
const MAX_ENTRIES = 50_000;

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
      const ctx = this.canvas.getContext('2d');
      // Without a canvas (tests in jsdom) an average glyph width stands in.
      w = ctx ? wordWidths(ctx, LABEL_FONT).ceil(this.title(i)) : Math.ceil(this.title(i).length * 6.5);
      this.widths.set(i, w);
    }
    return w;
  }
}
