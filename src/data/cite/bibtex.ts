import type { CslDate, CslItem, CslName } from './cslItem';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes the characters BibTeX treats specially; braces are kept balanced by escaping them too. */
export function bibEscape(s: string): string {
  return s.replace(/[\\{}%&$#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`,
  );
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (parts: number[]) => [String(parts[0]), ...parts.slice(1).map(pad)].join('-');

/** biblatex's date field: 2019, 2019-05, 2019-05-04, or an interval 2019-12-04/2019-12-06. */
export function bibDate(date: CslDate): string {
  return date['date-parts'].map(iso).join('/');
}

function bibName(n: CslName): string {
  return 'literal' in n ? `{${bibEscape(n.literal)}}` : `${bibEscape(n.family)}, ${bibEscape(n.given)}`;
}

/** A citation key from the item id: letters, digits and hyphens only. */
const key = (id: string) => id.replace(/[^A-Za-z0-9-]/g, '-');

/**
 * A BibTeX entry (biblatex fields, so interval dates and access dates survive): @article with journaltitle
 * for a news article, @dataset for an Envoy view. `year` and `month` are written too when one year (and month) is
 * known, for BibTeX styles that read only those.
 */
export function bibtexEntry(item: CslItem): string {
  const fields: [string, string][] = [];
  if (item.author?.length) fields.push(['author', item.author.map(bibName).join(' and ')]);
  fields.push(['title', `{${bibEscape(item.title)}}`]);
  if (item['container-title'])
    fields.push([item.type === 'dataset' ? 'booktitle' : 'journaltitle', bibEscape(item['container-title'])]);
  if (item.issued) {
    fields.push(['date', bibDate(item.issued)]);
    const [a, b] = item.issued['date-parts'];
    if (a && (!b || b[0] === a[0])) fields.push(['year', String(a[0])]);
    if (a?.[1] && (!b || (b[0] === a[0] && b[1] === a[1]))) fields.push(['month', MONTH_MACROS[a[1] - 1]!]);
  }
  if (item.publisher) fields.push(['publisher', bibEscape(item.publisher)]);
  if (item.version) fields.push(['version', bibEscape(item.version)]);
  if (item.URL) fields.push(['url', item.URL]);
  if (item.accessed) fields.push(['urldate', bibDate(item.accessed)]);
  if (item.note) fields.push(['note', bibEscape(item.note)]);
  const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
  return `@${item.type === 'dataset' ? 'dataset' : 'article'}{${key(item.id)},\n${body}\n}\n`;
}
