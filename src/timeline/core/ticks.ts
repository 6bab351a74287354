import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { DAY_MS } from '../../lib/days';

export interface Tick {
  t: number;
  label: string;
}

export interface TickLevel {
  /** Name of the tick unit, for tests and debugging. */
  unit: string;
  ticks: Tick[];
  /** Coarser labels giving context (the month and year above day ticks); the first is pinned to the left edge. */
  context: Tick[];
}

interface Candidate {
  unit: string;
  ms: number;
  /** Pixels the label needs, with spacing. */
  minPx: number;
  interval: TimeInterval;
  format: (d: Date) => string;
  contextInterval: TimeInterval | null;
  contextFormat: (d: Date) => string;
}

const fmtDay = utcFormat('%-d');
const fmtDayMonth = utcFormat('%-d %b');
const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%B %Y');
const fmtYear = utcFormat('%Y');
const none = () => '';

const every = (i: CountableTimeInterval, n: number): TimeInterval => (n === 1 ? i : (i.every(n) ?? i));

/** Tick units from finest to coarsest; the first whose labels fit is chosen. */
const CANDIDATES: Candidate[] = [
  {
    unit: 'day',
    ms: DAY_MS,
    minPx: 28,
    interval: utcDay,
    format: fmtDay,
    contextInterval: utcMonth,
    contextFormat: fmtMonthYear,
  },
  {
    unit: '2 days',
    ms: 2 * DAY_MS,
    minPx: 28,
    interval: every(utcDay, 2),
    format: fmtDay,
    contextInterval: utcMonth,
    contextFormat: fmtMonthYear,
  },
  {
    unit: 'week',
    ms: 7 * DAY_MS,
    minPx: 52,
    interval: utcMonday,
    format: fmtDayMonth,
    contextInterval: utcYear,
    contextFormat: fmtYear,
  },
  {
    unit: 'month',
    ms: 30 * DAY_MS,
    minPx: 40,
    interval: utcMonth,
    format: fmtMonth,
    contextInterval: utcYear,
    contextFormat: fmtYear,
  },
  {
    unit: '3 months',
    ms: 91 * DAY_MS,
    minPx: 40,
    interval: every(utcMonth, 3),
    format: fmtMonth,
    contextInterval: utcYear,
    contextFormat: fmtYear,
  },
  {
    unit: 'year',
    ms: 365 * DAY_MS,
    minPx: 48,
    interval: utcYear,
    format: fmtYear,
    contextInterval: null,
    contextFormat: none,
  },
  {
    unit: '2 years',
    ms: 2 * 365 * DAY_MS,
    minPx: 48,
    interval: every(utcYear, 2),
    format: fmtYear,
    contextInterval: null,
    contextFormat: none,
  },
  {
    unit: '5 years',
    ms: 5 * 365 * DAY_MS,
    minPx: 48,
    interval: every(utcYear, 5),
    format: fmtYear,
    contextInterval: null,
    contextFormat: none,
  },
  {
    unit: '10 years',
    ms: 10 * 365 * DAY_MS,
    minPx: 48,
    interval: every(utcYear, 10),
    format: fmtYear,
    contextInterval: null,
    contextFormat: none,
  },
  {
    unit: '20 years',
    ms: 20 * 365 * DAY_MS,
    minPx: 48,
    interval: every(utcYear, 20),
    format: fmtYear,
    contextInterval: null,
    contextFormat: none,
  },
  {
    unit: '50 years',
    ms: 50 * 365 * DAY_MS,
    minPx: 48,
    interval: every(utcYear, 50),
    format: fmtYear,
    contextInterval: null,
    contextFormat: none,
  },
  {
    unit: '100 years',
    ms: 100 * 365 * DAY_MS,
    minPx: 48,
    interval: every(utcYear, 100),
    format: fmtYear,
    contextInterval: null,
    contextFormat: none,
  },
];

/**
 * Chooses axis ticks for a window [from, to) drawn over `width` pixels: the finest calendar unit
 * (day, week, month, year...) whose labels do not collide. Depends only on the window, never on today.
 */
export function chooseTicks(from: number, to: number, width: number): TickLevel {
  const msPerPx = (to - from) / Math.max(1, width);
  const c = CANDIDATES.find((x) => x.ms / msPerPx >= x.minPx) ?? CANDIDATES[CANDIDATES.length - 1]!;
  const ticks = c.interval.range(new Date(from), new Date(to)).map((d) => ({ t: +d, label: c.format(d) }));
  const context: Tick[] = [];
  if (c.contextInterval) {
    const first = c.contextInterval.floor(new Date(from));
    context.push({ t: +first, label: c.contextFormat(first) });
    for (const d of c.contextInterval.range(new Date(from), new Date(to))) {
      if (+d !== +first) context.push({ t: +d, label: c.contextFormat(d) });
    }
  }
  return { unit: c.unit, ticks, context };
}

/** An axis label with its wanted left x and its text width, in pixels. */
export interface AxisLabel extends Tick {
  x: number;
  w: number;
}

/** Gap kept between two labels on one axis row. */
export const LABEL_SPACING = 6;

/**
 * Keeps axis labels (in x order) readable: one that would cross either edge of [0, width] is dropped
 * rather than clipped (a label shifted off its tick would name the wrong place), and so is one that
 * would run into the label kept before it.
 */
export function fitLabels(labels: readonly AxisLabel[], width: number): AxisLabel[] {
  const out: AxisLabel[] = [];
  let end = -Infinity;
  for (const l of labels) {
    if (l.x < 0 || l.x + l.w > width || l.x < end + LABEL_SPACING) continue;
    out.push(l);
    end = l.x + l.w;
  }
  return out;
}

/**
 * Context labels (month and year, or year) above the ticks: each starts just right of its boundary;
 * the first is pinned to the left edge and gives way to the next as it arrives, by sliding left ahead
 * of it. All then go through fitLabels, so none is ever clipped at either edge.
 */
export function placeContext(
  context: readonly Tick[],
  toPx: (t: number) => number,
  widthOf: (label: string) => number,
  width: number,
): AxisLabel[] {
  const ls = context.map((c, k) => {
    const px = toPx(c.t) + 3;
    return { ...c, x: k === 0 ? Math.max(2, px) : px, w: widthOf(c.label) };
  });
  const [first, next] = ls;
  if (first && next) first.x = Math.min(first.x, next.x - LABEL_SPACING - first.w);
  return fitLabels(ls, width);
}
