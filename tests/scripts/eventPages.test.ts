// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cardLimitFrom, siteFrom, writeEventPages } from '../../scripts/eventPages/writeEventPages';
import { eventDescription, eventPageHtml } from '../../src/export/core/eventPage';
import { tinyDataset } from '../data/fixture';

const metaOf = (html: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? null;

describe('event page tags', () => {
  const ds = tinyDataset();
  const e = ds.events[0]!;

  test('with a site address: absolute og:url, og:image and canonical (the ?event= view)', () => {
    const html = eventPageHtml(ds, e, { site: 'https://example.org/envoy/', card: 'card.png' });
    expect(metaOf(html, 'og:url')).toBe(`https://example.org/envoy/e/${e.id}/`);
    expect(metaOf(html, 'og:image')).toBe(`https://example.org/envoy/e/${e.id}/card.png`);
    expect(html).toContain(`<link rel="canonical" href="https://example.org/envoy/?event=${e.id}" />`);
    expect(metaOf(html, 'og:type')).toBe('article');
    expect(metaOf(html, 'twitter:card')).toBe('summary_large_image');
  });

  test('without one: no og:url, a relative image, relative links only', () => {
    const html = eventPageHtml(ds, e, { site: null, card: 'card.png' });
    expect(metaOf(html, 'og:url')).toBeNull();
    expect(metaOf(html, 'og:image')).toBe('card.png');
    expect(html).not.toMatch(/(href|src|content)="\//);
  });

  test.each([
    ['a day', {}, /^4 May 2019\. The Envoy\. Source: “Envoy speaks”\.$/],
    [
      'a month, approximate',
      {
        date: {
          ...e.date,
          earliest: '2019-05-01',
          latest: '2019-05-31',
          precision: 'month' as const,
          approximate: true,
        },
      },
      /^About May 2019\./,
    ],
    [
      'a span',
      {
        date: {
          ...e.date,
          earliest: '2018-09-01',
          latest: '2019-06-30',
          precision: 'span' as const,
          startPrecision: 'month' as const,
          endPrecision: 'month' as const,
        },
      },
      /^Lasted from September 2018 to June 2019\./,
    ],
    [
      'an uncertain day',
      { date: { ...e.date, earliest: '2019-05-03', latest: '2019-05-04' } },
      /^Some day between 3 and 4 May 2019\./,
    ],
  ])('og:description says the date as precisely as known: %s', (_n, over, want) => {
    expect(eventDescription(ds, { ...e, ...over })).toMatch(want);
  });

  test('text from the dataset is escaped, never HTML', () => {
    const html = eventPageHtml(ds, { ...e, title: '<script>alert("x")</script> & co' }, { site: null, card: null });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
  });

  test.each([
    ['https://example.org/envoy', 'https://example.org/envoy/'],
    ['https://example.org/', 'https://example.org/'],
    ['http://localhost:4173/a/b/?x=1#y', 'http://localhost:4173/a/b/'],
    ['ftp://example.org/', null],
    ['not a url', null],
    [undefined, null],
  ])('ENVOY_SITE_URL %j -> %j', (v, want) => expect(siteFrom(v)).toBe(want));

  test.each([
    ['all', Infinity],
    ['none', 0],
    ['50', 50],
    ['-3', 1000],
    [undefined, 1000],
  ])('ENVOY_OG_CARDS %j -> %j', (v, want) => expect(cardLimitFrom(v)).toBe(want));
});

describe('writeEventPages', () => {
  let out: string;
  beforeEach(() => (out = mkdtempSync(join(tmpdir(), 'envoy-pages-test-'))));
  afterEach(() => rmSync(out, { recursive: true, force: true }));

  test('a page and a 1200×630 PNG card per event, and the script that opens the app', async () => {
    const ds = tinyDataset();
    const r = await writeEventPages(ds, out, { site: 'https://example.org/envoy/', cardLimit: 10 });
    expect(r).toMatchObject({ pages: 2, cards: 2, sharedCard: false });
    for (const e of ds.events) {
      const png = readFileSync(join(out, 'e', e.id, 'card.png'));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      expect(metaOf(readFileSync(join(out, 'e', e.id, 'index.html'), 'utf8'), 'og:title')).toBe(e.title);
    }
    expect(readFileSync(join(out, 'e', 'open.js'), 'utf8')).toContain('location.replace');
  });

  test('past the card limit, every page shares the dataset card and still names its own event', async () => {
    const ds = tinyDataset();
    const r = await writeEventPages(ds, out, { site: 'https://example.org/envoy/', cardLimit: 1 });
    expect(r).toMatchObject({ pages: 2, cards: 0, sharedCard: true });
    expect(existsSync(join(out, 'e', ds.events[0]!.id, 'card.png'))).toBe(false);
    const html = readFileSync(join(out, 'e', ds.events[1]!.id, 'index.html'), 'utf8');
    expect(metaOf(html, 'og:image')).toBe('https://example.org/envoy/e/card.png');
    expect(metaOf(html, 'og:title')).toBe(ds.events[1]!.title);
  });
});
