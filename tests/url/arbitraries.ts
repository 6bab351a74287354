import fc from 'fast-check';
import type { ViewState } from '../../src/state/viewState';
import { MAX_SEARCH } from '../../src/url/codec';
import { roundCamera } from '../../src/url/mapKeys';
import { MAX_EDGE, MIN_EDGE } from '../../src/url/windowEdges';

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'));

/** Text a person could type: any Unicode except the replacement character (which marks garbled input). */
const searchText = fc
  .string({ unit: 'grapheme', maxLength: 40 })
  .filter((s) => !s.includes('\uFFFD') && [...s].length <= MAX_SEARCH);

const edge = fc.oneof(
  fc.integer({ min: MIN_EDGE, max: MAX_EDGE }),
  // Calendar boundaries, which encode as years, months and days.
  fc
    .record({
      y: fc.integer({ min: 1000, max: 9999 }),
      m: fc.integer({ min: 0, max: 11 }),
      d: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ y, m, d }) => {
      const t = new Date(0);
      t.setUTCFullYear(y, m, d);
      return t.getTime();
    }),
);

const window = fc
  .tuple(edge, edge)
  .filter(([a, b]) => a !== b)
  .map(([a, b]): [number, number] => (a < b ? [a, b] : [b, a]));

/** Any state a link can carry exactly. */
export const validView: fc.Arbitrary<ViewState> = fc.record({
  event: fc.option(slug, { nil: null }),
  article: fc.option(slug, { nil: null }),
  actors: fc.uniqueArray(slug, { maxLength: 5 }),
  actorMode: fc.constantFrom('any', 'all'),
  themes: fc.uniqueArray(slug, { maxLength: 5 }),
  themeMode: fc.constantFrom('any', 'all'),
  search: searchText,
  flagged: fc.boolean(),
  status: fc.constantFrom('all', 'candidate', 'reviewed'),
  window: fc.option(window, { nil: null }),
  lanes: fc.constantFrom('single', 'actor', 'theme'),
  mode: fc.constantFrom('timeline', 'list'),
  colorBy: fc.constantFrom('theme', 'actor'),
  sortKey: fc.constantFrom('date', 'title', 'actors', 'themes', 'sources'),
  sortDir: fc.constantFrom('ascending', 'descending'),
  places: fc.uniqueArray(slug, { maxLength: 5 }),
  mapShown: fc.boolean(),
  // A camera as the link writes it (rounded), so it survives the trip exactly.
  map: fc.option(
    fc
      .record({
        lat: fc.double({ min: -85, max: 85, noNaN: true }),
        lon: fc.double({ min: -180, max: 180, noNaN: true }),
        zoom: fc.double({ min: 0, max: 16, noNaN: true }),
      })
      .map(roundCamera),
    { nil: null },
  ),
});

/** Query strings made of fragments links really contain, plus noise. */
export const randomQuery: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof(
        fc.constantFrom(
          'event',
          'article',
          'actors',
          'amode',
          'themes',
          'tmode',
          'q',
          'status',
          'from',
          'to',
          'lanes',
          'view',
          'places',
          'map',
          'colour',
          'sort',
          'synthetic',
          'EVENT',
        ),
        fc.string({ maxLength: 6 }),
      ),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          '%',
          '%E0%A4%A',
          '%zz',
          '2019-13',
          '2019-02-30',
          '2020-06',
          '1999',
          'any',
          'all',
          'list',
          'map',
          'list,map',
          '34.5,69.2,6',
          'actor',
          'title-desc',
          'a,,b',
          ',',
          '+',
        ),
        fc.stringMatching(/^[0-9T:Z.-]{0,24}$/),
      ),
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join(fc.sample(fc.constantFrom('&', '&&', ';'), 1)[0]));
