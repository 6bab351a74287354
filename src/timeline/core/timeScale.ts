/**
 * Maps a time window [from, to) (UTC ms) onto pixels [0, width). Framework-free and immutable,
 * in the spirit of Perfetto's time_scale: the whole timeline reads positions through one of these.
 */
export class TimeScale {
  readonly from: number;
  readonly to: number;
  readonly width: number;
  private readonly k: number;

  constructor(from: number, to: number, width: number) {
    this.from = from;
    this.to = to > from ? to : from + 1;
    this.width = Math.max(1, width);
    this.k = this.width / (this.to - this.from);
  }

  /** Milliseconds covered by one CSS pixel. */
  get msPerPx(): number {
    return 1 / this.k;
  }

  toPx(t: number): number {
    return (t - this.from) * this.k;
  }

  toTime(px: number): number {
    return this.from + px / this.k;
  }

  /** Width in pixels of a duration. */
  durationPx(ms: number): number {
    return ms * this.k;
  }
}
