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

function apaName(n: CslName): string {
  if ('literal' in n) return n.literal;
  const initials = n.given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((g) => `${g[0]!.toUpperCase()}.`)
    .join(' ');
  return `${n.family}, ${initials}`;
}

function apaAuthors(names: readonly CslName[]): string {
  const parts = names.map(apaName);
  if (parts.length === 1) return parts[0]!;
  return `${parts.slice(0, -1).join(', ')}, & ${parts[parts.length - 1]}`;
}

/** "2019, May 4", "2019, December 4–6", "2019, April 29–May 4", "2019, April–May", "2019", or "n.d." */
export function apaDate(date: CslDate | undefined): string {
  const [a, b] = date?.['date-parts'] ?? [];
  if (!a) return 'n.d.';
  const [y, m, d] = a;
  const month = (k: number | undefined) => (k ? MONTHS[k - 1]! : '');
  const one = [month(m), d ? String(d) : ''].filter(Boolean).join(' ');
  if (!b) return one ? `${y}, ${one}` : String(y);
  const [y2, m2, d2] = b;
  if (y2 !== y) return `${y}${one ? `, ${one}` : ''}–${y2}${m2 ? `, ${[month(m2), d2 ?? ''].join(' ').trim()}` : ''}`;
  if (m2 === m) return `${y}, ${month(m)} ${d}–${d2}`;
  return `${y}, ${month(m)}${d ? ` ${d}` : ''}–${month(m2)}${d2 ? ` ${d2}` : ''}`;
}

/** A title ends a sentence: no second full stop after ? or !. */
const sentence = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

function accessedWords(date: CslDate | undefined): string {
  const [y, m, d] = date?.['date-parts'][0] ?? [];
  return y && m && d ? `${MONTHS[m - 1]} ${d}, ${y}` : '';
}

/**
 * A reference in an APA-like style, as plain text. The words match citeproc's APA style (citation-js) for the
 * fields Envoy writes: "Naibkhel, F. (2019, May). Title. Outlet." or, with no author, "Title. (2019, May 4). Outlet."
 */
export function plainCitation(item: CslItem): string {
  const date = `(${apaDate(item.issued)}).`;
  if (item.type === 'dataset') {
    const inDataset = item['container-title']
      ? ` In ${item['container-title']}${item.version ? ` (Version ${item.version})` : ''}.`
      : '';
    const accessed = accessedWords(item.accessed);
    const where = item.URL ? (accessed ? ` Retrieved ${accessed}, from ${item.URL}` : ` ${item.URL}`) : '';
    return `${sentence(item.title)} ${date} [Dataset].${inDataset}${item.publisher ? ` ${sentence(item.publisher)}` : ''}${where}`;
  }
  const outlet = item['container-title'] ? ` ${sentence(item['container-title'])}` : '';
  const url = item.URL ? ` ${item.URL}` : '';
  if (item.author && item.author.length > 0)
    return `${sentence(apaAuthors(item.author))} ${date} ${sentence(item.title)}${outlet}${url}`;
  return `${sentence(item.title)} ${date}${outlet}${url}`;
}
