// @vitest-environment node
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { ArticleT } from '../../../src/data/schema';
import { articleItem, bylineNames, publishedDate, viewItem, type CslItem } from '../../../src/data/cite/cslItem';
import { plainCitation } from '../../../src/data/cite/plainText';
import { bibtexEntry } from '../../../src/data/cite/bibtex';
import { risRecord } from '../../../src/data/cite/ris';
import { formatCitations } from '../../../src/data/cite/formats';

const article = (
  over: Omit<Partial<ArticleT>, 'published'> & { published?: Partial<ArticleT['published']> } = {},
): ArticleT => ({
  id: 'khalilzad-comprehensive-peace',
  file: 'a.txt',
  title: 'Khalilzad to Taliban: We seek a comprehensive peace agreement, not withdrawal',
  outlet: 'Pajhwok Afghan News',
  byline: 'Farhad Naibkhel',
  dateline: 'Kabul',
  chrome: [],
  ...over,
  published: {
    earliest: '2019-05-04',
    latest: '2019-05-04',
    precision: 'day',
    method: 'dateline',
    clues: [{ quote: 'x', reasoning: 'y' }],
    confidence: 'high',
    note: '',
    ...over.published,
  },
});

const CASES: [string, ArticleT][] = [
  ['author, outlet, day', article()],
  ['no author, no outlet', article({ byline: null, outlet: null })],
  [
    'outlet, no author, days interval',
    article({ byline: null, outlet: 'Sahar News', published: { earliest: '2019-12-04', latest: '2019-12-06' } }),
  ],
  ['month known only', article({ published: { earliest: '2019-05-01', latest: '2019-05-31', precision: 'month' } })],
  ['interval across months', article({ published: { earliest: '2019-04-29', latest: '2019-05-04' } })],
  [
    'year known only',
    article({ outlet: null, published: { earliest: '2019-01-01', latest: '2019-12-31', precision: 'year' } }),
  ],
  ['two authors, "By" prefix', article({ byline: 'By Jane Ann Doe and Rick Roe' })],
  ['title ending in a question mark', article({ title: 'Is peace near?', byline: null })],
];

const citeJs = (item: CslItem) => new Cite([item]);

describe('CSL items say only what the dataset knows', () => {
  test.each([
    [{ earliest: '2019-05-04', latest: '2019-05-04', precision: 'day' }, [[2019, 5, 4]]],
    [
      { earliest: '2019-12-04', latest: '2019-12-06', precision: 'day' },
      [
        [2019, 12, 4],
        [2019, 12, 6],
      ],
    ],
    [{ earliest: '2019-05-01', latest: '2019-05-31', precision: 'month' }, [[2019, 5]]],
    [
      { earliest: '2019-04-01', latest: '2019-05-31', precision: 'month' },
      [
        [2019, 4],
        [2019, 5],
      ],
    ],
    [{ earliest: '2019-01-01', latest: '2019-12-31', precision: 'year' }, [[2019]]],
  ] as const)('published %j -> %j', (p, parts) => {
    expect(publishedDate({ ...article().published, ...p })).toEqual({ 'date-parts': parts });
  });

  test.each([
    ['Farhad Naibkhel', [{ family: 'Naibkhel', given: 'Farhad' }]],
    [
      'By Jane Ann Doe and Rick Roe',
      [
        { family: 'Doe', given: 'Jane Ann' },
        { family: 'Roe', given: 'Rick' },
      ],
    ],
    ['Reuters', [{ literal: 'Reuters' }]],
  ])('byline %j', (byline, names) => expect(bylineNames(byline)).toEqual(names));

  test('no outlet and no byline: no container-title and no author at all', () => {
    const item = articleItem(article({ byline: null, outlet: null }));
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('container-title');
    for (const f of ['plain', 'bibtex', 'ris', 'csl-json'] as const)
      expect(formatCitations([item], f)).not.toMatch(/anonymous|unknown|n\.p\./i);
  });
});

describe('plain text matches citeproc’s APA style (citation-js)', () => {
  // citeproc compiles the APA style on first use: seconds on a busy machine, so outside the tests' time.
  beforeAll(
    () => void citeJs(articleItem(article())).format('bibliography', { template: 'apa', format: 'text' }),
    60_000,
  );
  test.each(CASES)('%s', (_name, a) => {
    const item = articleItem(a);
    expect(plainCitation(item)).toBe(citeJs(item).format('bibliography', { template: 'apa', format: 'text' }).trim());
  });

  test('the Envoy view: title, dataset, version, publisher, link and access date', () => {
    const item = viewItem({
      title: 'US and Taliban sign the Doha agreement',
      datasetId: 'afghan',
      datasetTitle: 'US–Taliban talks',
      version: '1.0.0',
      url: 'https://example.org/envoy/e/x/',
      accessed: '2026-12-01',
    });
    const ours = plainCitation(item);
    expect(ours).toBe(citeJs(item).format('bibliography', { template: 'apa', format: 'text' }).trim());
    expect(ours).toContain('Version 1.0.0');
    expect(ours).toContain('Retrieved December 1, 2026, from https://example.org/envoy/e/x/');
  });
});

describe('BibTeX reads back in citation-js with the same fields', () => {
  test.each(CASES)('%s', (_name, a) => {
    const item = articleItem(a);
    const [back] = new Cite(bibtexEntry(item)).data as Record<string, unknown>[];
    expect(back!.title).toBe(item.title);
    expect(back!['container-title']).toBe(item['container-title']);
    expect(back!.author).toEqual(item.author?.map((n) => ('literal' in n ? { literal: n.literal } : n)));
    expect(back!.issued).toEqual(item.issued);
  });

  test('special characters are escaped and survive', () => {
    const item = articleItem(article({ title: '100% of {troops} & 50$ #1_a' }));
    const entry = bibtexEntry(item);
    expect(entry).toContain('100\\% of \\{troops\\} \\& 50\\$ \\#1\\_a');
    expect((new Cite(entry).data as { title: string }[])[0]!.title).toBe('100% of {troops} & 50$ #1_a');
  });

  test('a view reads back as a dataset with version, link and access date', () => {
    const item = viewItem({
      title: 'A view',
      datasetId: 'd',
      datasetTitle: 'D',
      version: '2',
      url: 'https://x.org/',
      accessed: '2026-12-01',
    });
    const [back] = new Cite(bibtexEntry(item)).data as Record<string, unknown>[];
    expect(back).toMatchObject({
      type: 'dataset',
      title: 'A view',
      version: '2',
      URL: 'https://x.org/',
      accessed: { 'date-parts': [[2026, 12, 1]] },
    });
  });
});

describe('RIS keeps authors and dates for TY NEWS (citation-js’s writer drops them)', () => {
  test('citation-js itself loses AU and DA for a news article: why we write our own', () => {
    const theirs = citeJs(articleItem(article())).format('ris') as string;
    expect(theirs).toMatch(/^TY {2}- NEWS/m);
    expect(theirs).not.toMatch(/^AU {2}-/m);
    expect(theirs).not.toMatch(/^DA {2}-/m);
  });

  test.each<[string, ArticleT, string[], string[]]>([
    [
      'author, outlet, day',
      article(),
      ['TY  - NEWS', 'AU  - Naibkhel, Farhad', 'T2  - Pajhwok Afghan News', 'PY  - 2019', 'DA  - 2019/05/04/'],
      [],
    ],
    [
      'no author, no outlet',
      article({ byline: null, outlet: null }),
      ['TY  - NEWS', 'DA  - 2019/05/04/'],
      ['AU  -', 'T2  -'],
    ],
    [
      'interval in one month',
      article({ published: { earliest: '2019-12-04', latest: '2019-12-06' } }),
      ['DA  - 2019/12//', 'N1  - Published between 4 December 2019 and 6 December 2019; the exact date is not known.'],
      [],
    ],
    [
      'month known only',
      article({ published: { earliest: '2019-05-01', latest: '2019-05-31', precision: 'month' } }),
      ['DA  - 2019/05//'],
      ['N1  -'],
    ],
    [
      'interval across years',
      article({ published: { earliest: '2019-12-30', latest: '2020-01-02' } }),
      ['N1  - Published between 30 December 2019 and 2 January 2020; the exact date is not known.'],
      ['DA  -', 'PY  -'],
    ],
  ])('%s', (_name, a, has, hasNot) => {
    const ris = risRecord(articleItem(a));
    const lines = ris.split('\r\n');
    for (const l of has) expect(lines).toContain(l);
    for (const l of hasNot) expect(lines.some((x) => x.startsWith(l))).toBe(false);
    expect(lines.at(-2)).toBe('ER  - ');
    // citation-js reads our record: same title, outlet and year.
    const [back] = new Cite(ris).data as Record<string, unknown>[];
    expect(back!.title).toBe(a.title);
    expect(back!['container-title']).toBe(a.outlet ?? undefined);
  });

  test('a view is TY DATA with version, link and access date, and citation-js reads them back', () => {
    const ris = risRecord(
      viewItem({
        title: 'A view',
        datasetId: 'd',
        datasetTitle: 'D',
        version: '2',
        url: 'https://x.org/',
        accessed: '2026-12-01',
      }),
    );
    const [back] = new Cite(ris).data as Record<string, unknown>[];
    expect(back).toMatchObject({
      type: 'dataset',
      title: 'A view',
      version: '2',
      URL: 'https://x.org/',
      accessed: { 'date-parts': [[2026, 12, 1]] },
    });
  });
});

test('CSL-JSON is accepted by citation-js as it is', () => {
  const items = CASES.map(([, a]) => articleItem(a));
  const json = formatCitations(items, 'csl-json');
  const back = (new Cite(JSON.parse(json)).data as Record<string, unknown>[]).map(({ _graph: _g, ...rest }) => rest);
  expect(back).toEqual(items);
});
