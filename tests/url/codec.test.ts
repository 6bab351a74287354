import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/viewState';
import { decode, encode, MAX_LIST, MAX_SEARCH } from '../../src/url/codec';
import { linkQuery } from '../../src/url/link';
import { randomQuery, validView } from './arbitraries';

const utc = (s: string) => Date.parse(s);
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

describe('encode writes readable links', () => {
  test.each<[string, Partial<ViewState>, string]>([
    ['the default view is the bare URL', {}, ''],
    [
      'an event',
      { event: '2019-05-04-khalilzad-all-sides-lay-down-arms' },
      'event=2019-05-04-khalilzad-all-sides-lay-down-arms',
    ],
    [
      'actors with commas, match mode',
      { actors: ['taliban', 'khalilzad'], actorMode: 'all' },
      'actors=taliban,khalilzad&amode=all',
    ],
    ['themes', { themes: ['ceasefire'], themeMode: 'all' }, 'themes=ceasefire&tmode=all'],
    [
      'search with spaces and symbols',
      { search: 'prisoner release, 5,000 & more' },
      'q=prisoner+release,+5,000+%26+more',
    ],
    ['a plus sign survives', { search: 'a+b' }, 'q=a%2Bb'],
    ['month edges as months', { window: [utc('2019-01-01'), utc('2020-07-01')] }, 'from=2019-01&to=2020-06'],
    ['mixed month and day edges', { window: [utc('2019-01-01'), utc('2020-06-16')] }, 'from=2019-01&to=2020-06-15'],
    ['year edges as months', { window: [utc('2019-01-01'), utc('2021-01-01')] }, 'from=2019-01&to=2020-12'],
    ['day edges as days', { window: [utc('2019-05-04'), utc('2019-05-05')] }, 'from=2019-05-04&to=2019-05-04'],
    [
      'instants to the minute',
      { window: [utc('2019-05-04T13:30:00Z'), utc('2019-05-04T18:00:00Z')] },
      'from=2019-05-04T13:30Z&to=2019-05-04T18:00Z',
    ],
    [
      'instants to the millisecond',
      { window: [utc('2019-05-04T13:30:05.250Z'), utc('2019-05-04T13:30:07Z')] },
      'from=2019-05-04T13:30:05.250Z&to=2019-05-04T13:30:07Z',
    ],
    ['lanes and list view', { lanes: 'actor', mode: 'list' }, 'lanes=actor&view=list'],
    ['colours by actor', { colorBy: 'actor' }, 'colour=actor'],
    ['the list sorted by title', { mode: 'list', sortKey: 'title' }, 'view=list&sort=title'],
    [
      'the list sorted by sources, most first',
      { mode: 'list', sortKey: 'sources', sortDir: 'descending' },
      'view=list&sort=sources-desc',
    ],
    ['the list by date, latest first', { sortDir: 'descending' }, 'sort=date-desc'],
    ['article', { article: 'dawn-2019-05-04-all-sides' }, 'article=dawn-2019-05-04-all-sides'],
    ['only flagged events', { flagged: true }, 'flagged=1'],
    [
      'flagged beside a search',
      { search: 'ceasefire', flagged: true, mode: 'list' },
      'q=ceasefire&flagged=1&view=list',
    ],
  ])('%s', (_name, over, query) => {
    expect(encode(view(over))).toBe(query);
    expect(decode(query)).toEqual({ view: view(over), problems: [] });
  });

  test('keeps the reserved synthetic and seed keys first, and does not report them', () => {
    const query = encode(view({ event: 'e-1' }), new URLSearchParams('seed=7&synthetic=100000&junk=1'));
    expect(query).toBe('synthetic=100000&seed=7&event=e-1');
    expect(decode(query)).toEqual({ view: view({ event: 'e-1' }), problems: [] });
  });
});

describe('the opening (home) view and every date', () => {
  test('no window (the home view) is the bare URL; every date (Fit all) is an explicit window, rounded to months', () => {
    expect(linkQuery(view({}))).toBe('');
    const fitAll: [number, number] = [utc('1995-04-12T07:13:00Z'), utc('2022-02-17T16:00:00Z')];
    const query = linkQuery(view({ window: fitAll }));
    expect(query).toBe('from=1995-04&to=2022-02');
    expect(decode(query).view.window).toEqual([utc('1995-04-01'), utc('2022-03-01')]);
  });
});

describe('decode reads what people type', () => {
  test.each<[string, string, Partial<ViewState>]>([
    [
      'upper-case ids and keys',
      '?EVENT=Doha-Agreement&actors=Taliban',
      { event: 'doha-agreement', actors: ['taliban'] },
    ],
    ['repeated list keys merge', 'actors=taliban&actors=khalilzad,taliban', { actors: ['taliban', 'khalilzad'] }],
    ['percent-encoded commas', 'actors=taliban%2Ckhalilzad', { actors: ['taliban', 'khalilzad'] }],
    [
      'a link copied out of HTML, with &amp;',
      'event=e-1&amp;actors=taliban&amp;amode=all',
      { event: 'e-1', actors: ['taliban'], actorMode: 'all' },
    ],
    ['empty values are absent', 'event=&actors=&q=', {}],
    ['a lone year window', 'from=2019&to=2019', { window: [utc('2019-01-01'), utc('2020-01-01')] }],
    ['flagged in words', 'flagged=true', { flagged: true }],
    ['flagged off is the default', 'flagged=0', {}],
  ])('%s', (_name, query, over) => {
    expect(decode(query)).toEqual({ view: view(over), problems: [] });
  });

  test('a lone start date is completed by the dataset span when one is given', () => {
    const span: [number, number] = [utc('2018-01-01'), utc('2022-01-01')];
    expect(decode('from=2020-02', { span }).view.window).toEqual([utc('2020-02-01'), span[1]]);
    expect(decode('to=2019', { span }).view.window).toEqual([span[0], utc('2020-01-01')]);
  });
});

const longIds = Array.from({ length: 600 }, (_, i) => `actor-${i}`).join(',');

describe('bad links keep what is valid and say what was ignored', () => {
  test.each<[string, string, Partial<ViewState>, RegExp]>([
    [
      'malformed month',
      'from=2019-13&to=2020-06&event=e-1',
      { event: 'e-1' },
      /start date '2019-13' is not a date; showing the opening view/,
    ],
    ['impossible day', 'from=2019-02-30&to=2020', {}, /start date '2019-02-30' is not a date/],
    ['malformed end', 'from=2019&to=soon', {}, /end date 'soon' is not a date/],
    [
      'reversed range',
      'from=2020-06&to=2019-01&themes=ceasefire',
      { themes: ['ceasefire'] },
      /ends before it starts \(from '2020-06' to '2019-01'\)/,
    ],
    ['a start with no end and no dataset', 'from=2019', {}, /start date but no end date/],
    [
      'repeated event',
      'event=a-1&event=b-2',
      { event: 'a-1' },
      /gives the event id 2 times \('a-1', 'b-2'\); the first was used/,
    ],
    ['garbled percent-encoding', 'q=%E0%A4%A&event=e-1', { event: 'e-1' }, /search text is garbled/],
    ['garbled id', 'event=%zz', {}, /event id '%zz' is not a valid id; no event is selected/],
    [
      'invalid ids in a list',
      'actors=taliban,<script>,khalilzad',
      { actors: ['taliban', 'khalilzad'] },
      /actor filter has an id that is not valid \('<script>'\)/,
    ],
    [
      'a garbled id in a list is quoted as written',
      'actors=x,,%ZZ,Taliban',
      { actors: ['x', 'taliban'] },
      /actor filter has an id that is not valid \('%ZZ'\)/,
    ],
    ['unknown mode', 'amode=most&lanes=diagonal', {}, /actor match mode 'most' is not one of any, all; using any/],
    [
      'unknown colour mode',
      'colour=purple&view=list',
      { mode: 'list' },
      /colour mode 'purple' is not one of theme, actor; using theme/,
    ],
    [
      'unknown list order',
      'sort=price&view=list',
      { mode: 'list' },
      /list order 'price' is not one of date, date-desc, title/,
    ],
    [
      'a flagged value that is not 1 or 0',
      'flagged=maybe&event=e-1',
      { event: 'e-1' },
      /flagged filter 'maybe' is not 1 or 0; showing every event/,
    ],
    [
      'unknown keys',
      'utm_source=x&foo=1&event=e-1',
      { event: 'e-1' },
      /parameters Envoy does not know \('utm_source', 'foo'\)/,
    ],
    [
      'search too long',
      `q=${'x'.repeat(5000)}`,
      { search: 'x'.repeat(MAX_SEARCH) },
      /longer than 200 characters; it was cut short/,
    ],
    [
      'several KB of actors',
      `actors=${longIds}`,
      { actors: longIds.split(',').slice(0, MAX_LIST) },
      /lists 600 ids; only the first 100 were used/,
    ],
  ])('%s', (_name, query, over, problem) => {
    const { view: got, problems } = decode(query);
    expect(got).toEqual(view(over));
    expect(problems.join(' ')).toMatch(problem);
  });

  test('a several-KB link of junk parameters decodes to a short list of short messages', () => {
    const junk = Array.from({ length: 400 }, (_, i) => `k${i}=${'v'.repeat(20)}`).join('&');
    const query = `event=e-1&${junk}&event=${'z'.repeat(3000)}`;
    expect(query.length).toBeGreaterThan(8000);
    const { view: got, problems } = decode(query);
    expect(got).toEqual(view({ event: 'e-1' }));
    expect(problems.length).toBeLessThanOrEqual(3);
    for (const p of problems) expect(p.length).toBeLessThan(200);
  });
});

describe('properties', () => {
  test('any query string decodes to a valid state without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(randomQuery, fc.string({ maxLength: 300 })), (query) => {
        const { view: got, problems } = decode(query);
        expect(Object.keys(got).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
        expect(['any', 'all']).toContain(got.actorMode);
        expect(['any', 'all']).toContain(got.themeMode);
        expect(['single', 'actor', 'theme']).toContain(got.lanes);
        expect(['timeline', 'list']).toContain(got.mode);
        for (const id of [got.event, got.article, ...got.actors, ...got.themes]) {
          if (id !== null) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
        }
        expect(new Set(got.actors).size).toBe(got.actors.length);
        if (got.window) expect(got.window[0]).toBeLessThan(got.window[1]);
        expect([...got.search].length).toBeLessThanOrEqual(MAX_SEARCH);
        // Each problem is a sentence about the link, in words.
        for (const p of problems) expect(p).toMatch(/^The link\b[\s\S]*\.$/);
        // What decode keeps is itself a clean link.
        expect(decode(encode(got))).toEqual({ view: got, problems: [] });
      }),
      { numRuns: 2000 },
    );
  });

  test('decode(encode(s)) equals s for every valid state', () => {
    fc.assert(
      fc.property(validView, (s) => {
        expect(decode(encode(s))).toEqual({ view: s, problems: [] });
      }),
      { numRuns: 2000 },
    );
  });

  test('the link of a valid state decodes the same through a real URL', () => {
    fc.assert(
      fc.property(validView, (s) => {
        const url = new URL(`https://example.org/envoy/?${encode(s)}`);
        expect(url.pathname).toBe('/envoy/');
        expect(decode(url.searchParams).view).toEqual(s);
      }),
      { numRuns: 500 },
    );
  });
});
