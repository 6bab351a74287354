import type { PrecisionT } from '../data/schema';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Parts {
  y: number;
  m: number;
  d: number;
}

function parts(day: string): Parts {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { y, m, d };
}

function dayText(p: Parts, withYear = true): string {
  return `${p.d} ${MONTHS[p.m - 1]}${withYear ? ` ${p.y}` : ''}`;
}

/** A day range in words: "4 May 2019", "3–4 May 2019", "29 April – 4 May 2019", "30 Dec 2019 – 2 Jan 2020". */
export function formatDayRange(earliest: string, latest: string): string {
  const a = parts(earliest);
  const b = parts(latest);
  if (earliest === latest) return dayText(a);
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${MONTHS[a.m - 1]} ${a.y}`;
  if (a.y === b.y) return `${dayText(a, false)} – ${dayText(b)}`;
  return `${dayText(a)} – ${dayText(b)}`;
}

/**
 * A date written as precisely as its evidence allows, and no more: "4 May 2019" for a day,
 * "May 2019" for a month, "2019" for a year, "between 29 April and 4 May 2019" for an uncertain day,
 * "2001 – 2021" for a span. Approximate dates get "about".
 */
export function formatInterval(earliest: string, latest: string, precision: PrecisionT, approximate = false): string {
  const a = parts(earliest);
  const b = parts(latest);
  const about = approximate ? 'about ' : '';
  switch (precision) {
    case 'day':
      return earliest === latest ? `${about}${dayText(a)}` : `between ${formatDayRange(earliest, latest).replace(' – ', ' and ').replace('–', ' and ')}`;
    case 'week':
      return `${about}the week of ${formatDayRange(earliest, latest)}`;
    case 'month':
      if (a.y === b.y && a.m === b.m) return `${about}${MONTHS[a.m - 1]} ${a.y}`;
      return `${about}${MONTHS[a.m - 1]}${a.y === b.y ? '' : ` ${a.y}`} – ${MONTHS[b.m - 1]} ${b.y}`;
    case 'year':
      return a.y === b.y ? `${about}${a.y}` : `${about}${a.y} – ${b.y}`;
    case 'span':
      if (a.y === b.y && a.m === b.m && a.d === b.d) return dayText(a);
      return `${about}${formatDayRange(earliest, latest)}`;
  }
}
