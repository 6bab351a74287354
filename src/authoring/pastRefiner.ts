/**
 * chrono-node with a refiner that prefers the past (chrono has no such option: wanasit/chrono#599).
 * News reports what has happened, so a bare weekday or a month without a year that chrono places after the
 * reference is moved back (a week, a year). Every move is tagged with chrono's own answer, so the derivation
 * can say where the refiner moved it.
 */
import * as chrono from 'chrono-node';
import type { ParsingResult } from 'chrono-node';

export const MOVED_TAG = 'envoy/moved-from:';

const FUTURE_BEFORE = /\b(next|coming|this coming|until|till|by|from|starting|upcoming)\s+$/i;

function ymdOf(c: ParsingResult['start']): string {
  const y = c.get('year')!;
  const m = c.get('month')!;
  const d = c.get('day')!;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function shiftDays(c: ParsingResult['start'], days: number): void {
  const t = new Date(Date.UTC(c.get('year')!, c.get('month')! - 1, c.get('day')! + days));
  c.imply('year', t.getUTCFullYear());
  c.imply('month', t.getUTCMonth() + 1);
  c.imply('day', t.getUTCDate());
}

function refDay(ref: Date): string {
  return ref.toISOString().slice(0, 10);
}

/** The refiner: runs after chrono's own, moves a future bare weekday or yearless month into the past. */
export const preferPast = {
  refine(context: { text: string; refDate: Date }, results: ParsingResult[]): ParsingResult[] {
    const ref = refDay(context.refDate);
    for (const r of results) {
      if (FUTURE_BEFORE.test(context.text.slice(Math.max(0, r.index - 16), r.index))) continue;
      if (/^(next|this coming|coming)\b/i.test(r.text)) continue;
      const s = r.start;
      const before = ymdOf(s);
      if (before <= ref) continue;
      if (s.isOnlyWeekdayComponent()) {
        shiftDays(s, -7);
      } else if (s.isCertain('month') && !s.isCertain('year') && !/\b(next|later|from now)\b/i.test(r.text)) {
        s.imply('year', s.get('year')! - 1);
      } else continue;
      s.addTag(`${MOVED_TAG}${before}`);
    }
    return results;
  },
};

const parser = chrono.casual.clone();
parser.refiners.push(preferPast);

/** Parses a text against a reference day (noon UTC), preferring the past. */
export function parsePast(text: string, refDay: string): ParsingResult[] {
  return parser.parse(text, { instant: new Date(`${refDay}T12:00:00Z`), timezone: 0 }) as ParsingResult[];
}

/** chrono's own answer for a result the refiner moved, or null. */
export function movedFrom(r: ParsingResult): string | null {
  for (const t of r.start.tags()) if (t.startsWith(MOVED_TAG)) return t.slice(MOVED_TAG.length);
  return null;
}

export function dayOf(r: ParsingResult): string {
  return ymdOf(r.start);
}
