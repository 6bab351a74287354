/** Anything that measures text in its current font: a canvas context, or the SVG export's stand-in. */
export interface Measurer {
  font: string;
  measureText(text: string): { width: number };
}

/** Word widths kept per font before the table is dropped whole (a million distinct titles share a few thousand words). */
const MAX_WORDS = 20_000;
/** Every string is checked against the measurer until this many agreed, then one in CHECK_EVERY. */
const CHECKED_FIRST = 48;
const CHECK_EVERY = 64;
/** A sum closer than this to the measured width is the same width: the browser adds its words' widths in 32-bit floats. */
const SAME = 1e-3;

/**
 * Text widths as the sum of its words' widths, each word measured once per font. A canvas shapes text word by word,
 * between spaces (Blink's CachingWordShaper), so the sum equals measureText; the table checks that on the first
 * strings and then on a sample, and measures everything directly from the first disagreement on (a font that kerns
 * across spaces, an SVG stand-in that measures otherwise).
 */
export class WordWidths {
  private readonly words = new Map<string, number>();
  private space = -1;
  private checked = 0;
  private seen = 0;
  /** False once a sum disagreed with the measurer: from then on every width is measured. */
  exact = true;

  constructor(
    private readonly m: Measurer,
    private readonly font: string,
  ) {}

  private measure(text: string): number {
    if (this.m.font !== this.font) this.m.font = this.font;
    return this.m.measureText(text).width;
  }

  private word(w: string): number {
    let v = this.words.get(w);
    if (v === undefined) {
      if (this.words.size >= MAX_WORDS) this.words.clear();
      v = this.measure(w);
      this.words.set(w, v);
    }
    return v;
  }

  private sum(text: string): number {
    if (this.space < 0) this.space = this.measure(' ');
    let total = 0;
    let from = 0;
    for (;;) {
      const to = text.indexOf(' ', from);
      if (to < 0) break;
      if (to > from) total += this.word(text.slice(from, to));
      total += this.space;
      from = to + 1;
    }
    if (from < text.length) total += this.word(from === 0 ? text : text.slice(from));
    return total;
  }

  /** Width of `text` in this table's font, in CSS pixels: what measureText gives. */
  width(text: string): number {
    if (!this.exact) return this.measure(text);
    const sum = this.sum(text);
    if (this.checked < CHECKED_FIRST || ++this.seen % CHECK_EVERY === 0) {
      const measured = this.measure(text);
      if (Math.abs(measured - sum) > SAME) {
        this.exact = false;
        this.words.clear();
        return measured;
      }
      this.checked++;
    }
    return sum;
  }

  /** True when `text` fits in `room` pixels; measured directly when the sum is too close to the edge to tell. */
  fits(text: string, room: number): boolean {
    const w = this.width(text);
    return Math.abs(w - room) <= SAME ? this.measure(text) <= room : w <= room;
  }

  /**
   * A test of whether the first k characters of `text` and an ellipsis fit in `room`, as fits(`${prefix}…`) gives,
   * for cutting one title at many lengths: the whole words before the cut are added up once, in the order width()
   * adds them (so the sums are the same numbers), and each try measures only its part-word and the ellipsis.
   */
  cutFits(text: string, room: number): (k: number) => boolean {
    if (!this.exact) return (k) => this.fits(`${text.slice(0, k)}…`, room);
    if (this.space < 0) this.space = this.measure(' ');
    // starts[j]: where the j-th part after a space begins; sums[j]: the width of everything before it.
    const starts = [0];
    const sums = [0];
    let total = 0;
    let from = 0;
    for (;;) {
      const to = text.indexOf(' ', from);
      if (to < 0) break;
      if (to > from) total += this.word(text.slice(from, to));
      total += this.space;
      from = to + 1;
      starts.push(from);
      sums.push(total);
    }
    return (k) => {
      let j = starts.length - 1;
      while (j > 0 && starts[j]! > k) j--;
      const w = sums[j]! + this.word(`${text.slice(starts[j]!, k)}…`);
      return Math.abs(w - room) <= SAME ? this.measure(`${text.slice(0, k)}…`) <= room : w <= room;
    };
  }

  /** measureText's width rounded up, as the layout reserves it; measured directly when the sum sits on a whole pixel. */
  ceil(text: string): number {
    const w = this.width(text);
    const whole = Math.round(w);
    return Math.abs(w - whole) <= SAME ? Math.ceil(this.measure(text)) : Math.ceil(w);
  }
}

const tables = new WeakMap<Measurer, Map<string, WordWidths>>();

/** The word-width table of a measurer (a canvas context) in a font: one per pair, kept as long as the measurer lives. */
export function wordWidths(m: Measurer, font: string): WordWidths {
  let byFont = tables.get(m);
  if (!byFont) tables.set(m, (byFont = new Map()));
  let t = byFont.get(font);
  if (!t) byFont.set(font, (t = new WordWidths(m, font)));
  return t;
}
