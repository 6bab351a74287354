import type { CslDate, CslItem, CslName } from './cslItem';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** RIS's DA: YYYY/MM/DD/ with unknown parts left empty ("2019/05//"). */
function risDate(parts: number[]): string {
  const [y, m, d] = parts;
  return `${y}/${m ? String(m).padStart(2, '0') : ''}/${d ? String(d).padStart(2, '0') : ''}/`;
}

function risName(n: CslName): string {
  return 'literal' in n ? n.literal : `${n.family}, ${n.given}`;
}

function words(parts: number[]): string {
  const [y, m, d] = parts;
  return [d, m ? MONTHS[m - 1] : undefined, y].filter((x) => x !== undefined).join(' ');
}

/**
 * RIS's DA holds one date: an interval is written as the part both ends share (the year and month, or the year)
 * and spelled out in full in N1, so nothing is claimed that the source does not say.
 */
function intervalLines(date: CslDate): [string, string][] {
  const [a, b] = date['date-parts'];
  if (!a) return [];
  if (!b)
    return [
      ['PY', String(a[0])],
      ['DA', risDate(a)],
    ];
  const shared: number[] = [];
  for (let k = 0; k < Math.min(a.length, b.length) && a[k] === b[k]; k++) shared.push(a[k]!);
  const lines: [string, string][] = [];
  if (shared.length > 0) lines.push(['PY', String(shared[0])], ['DA', risDate(shared)]);
  lines.push(['N1', `Published between ${words(a)} and ${words(b)}; the exact date is not known.`]);
  return lines;
}

/**
 * A RIS record: TY NEWS for a news article, with its authors (AU) and date (DA) — which citation-js's RIS
 * writer leaves out for NEWS — and TY DATA for an Envoy view, with its version (ET), link and access date (Y2).
 */
export function risRecord(item: CslItem): string {
  const lines: [string, string][] = [
    ['TY', item.type === 'dataset' ? 'DATA' : 'NEWS'],
    ['ID', item.id],
  ];
  for (const n of item.author ?? []) lines.push(['AU', risName(n)]);
  lines.push(['TI', item.title]);
  if (item['container-title']) lines.push(['T2', item['container-title']]);
  if (item.issued) lines.push(...intervalLines(item.issued));
  if (item.publisher) lines.push(['PB', item.publisher]);
  if (item.version) lines.push(['ET', item.version]);
  if (item.URL) lines.push(['UR', item.URL]);
  if (item.accessed?.['date-parts'][0]) lines.push(['Y2', risDate(item.accessed['date-parts'][0])]);
  if (item.note) lines.push(['N1', item.note]);
  lines.push(['ER', '']);
  // Values are one line each: a line break inside one would start a bogus tag.
  return `${lines.map(([tag, v]) => `${tag}  - ${v.replace(/\s*[\r\n]+\s*/g, ' ')}`).join('\r\n')}\r\n`;
}
