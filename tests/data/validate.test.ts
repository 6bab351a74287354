import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../src/data/validate';
import type { DatasetT } from '../../src/data/schema';
import { tinyDataset } from './fixture';
import { buildIndex } from '../../src/data/buildIndex';
import { checkQuotes } from '../../src/data/checkQuotes';

type Case = [string, (ds: DatasetT) => void, { record: string; field: string; message: RegExp }];

const cases: Case[] = [
  [
    'a duplicate event id',
    (ds) => (ds.events[1]!.id = ds.events[0]!.id),
    { record: 'events[1] "2019-05-04-envoy-speaks"', field: 'id', message: /repeats the id of events\[0\]/ },
  ],
  [
    'a duplicate actor id',
    (ds) => ds.actors.push({ ...ds.actors[1]!, aliases: [] }),
    { record: 'actors[2] "us"', field: 'id', message: /ids must be unique/ },
  ],
  [
    'an unknown actor',
    (ds) => (ds.events[0]!.actors[0]!.actorId = 'nobody'),
    {
      record: 'events[0] "2019-05-04-envoy-speaks"',
      field: 'actors[0].actorId',
      message: /actor "nobody", which is not in the actors list/,
    },
  ],
  [
    'an unknown theme',
    (ds) => (ds.events[1]!.themes[0] = 'weather'),
    { record: 'events[1] "2019-05-03-talks-held"', field: 'themes[0]', message: /theme "weather"/ },
  ],
  [
    'an unknown article in evidence',
    (ds) => (ds.events[0]!.evidence[0]!.articleId = 'a9'),
    { record: 'events[0] "2019-05-04-envoy-speaks"', field: 'evidence[0].articleId', message: /article "a9"/ },
  ],
  ...(['constructor', '__proto__', 'toString', 'hasOwnProperty'] as const).map((name): Case => [
    `a relativeTo named like a prototype property ("${name}")`,
    (ds) => (ds.events[1]!.date.derivation.relativeTo = name),
    {
      record: 'events[1] "2019-05-03-talks-held"',
      field: 'date.derivation.relativeTo',
      message: new RegExp(`event "${name}", which is not in the events list`),
    },
  ]),
  [
    'an unknown relativeTo',
    (ds) => (ds.events[1]!.date.derivation.relativeTo = 'gone'),
    { record: 'events[1] "2019-05-03-talks-held"', field: 'date.derivation.relativeTo', message: /event "gone"/ },
  ],
  [
    'an unknown affiliation',
    (ds) => (ds.actors[0]!.affiliation = 'mars'),
    { record: 'actors[0] "envoy"', field: 'affiliation', message: /actor "mars"/ },
  ],
  [
    'an alias on two actors',
    (ds) => ds.actors[1]!.aliases.push('ENVOY'),
    { record: 'actors[1] "us"', field: 'aliases[1]', message: /already an alias of actor "envoy"/ },
  ],
  [
    'an event alias to nowhere',
    (ds) => (ds.eventAliases['old-id'] = 'missing'),
    { record: 'eventAliases', field: 'old-id', message: /event "missing"/ },
  ],
  [
    'an event alias shadowing a current id',
    (ds) => (ds.eventAliases['2019-05-03-talks-held'] = '2019-05-04-envoy-speaks'),
    { record: 'eventAliases', field: '2019-05-03-talks-held', message: /still a current event id/ },
  ],
  [
    'an event dated after its article',
    (ds) => Object.assign(ds.events[1]!.date, { earliest: '2019-06-01', latest: '2019-06-01' }),
    {
      record: 'events[1] "2019-05-03-talks-held"',
      field: 'date.earliest',
      message: /after article "a1" was published/,
    },
  ],
  [
    'an event ending after its last report',
    (ds) => (ds.events[1]!.date.latest = '2019-05-20'),
    { record: 'events[1] "2019-05-03-talks-held"', field: 'date.latest', message: /mark it planned/ },
  ],
  [
    'a relative-to-event date without its event',
    (ds) => delete ds.events[1]!.date.derivation.relativeTo,
    {
      record: 'events[1] "2019-05-03-talks-held"',
      field: 'date.derivation.relativeTo',
      message: /must name that event/,
    },
  ],
  [
    'two themes with one colour',
    (ds) => ds.themes.push({ id: 'war', label: 'War', description: 'War.', color: '#1F5FA8' }),
    { record: 'themes[1] "war"', field: 'color', message: /already the colour of theme "talks"/ },
  ],
];

describe('validateDataset', () => {
  test('a consistent dataset has no problems', () => {
    expect(validateDataset(tinyDataset())).toEqual([]);
  });

  test.each(cases)('reports %s by record and field', (_name, breakIt, expected) => {
    const ds = tinyDataset();
    breakIt(ds);
    const problems = validateDataset(ds);
    expect(problems).toContainEqual({
      record: expected.record,
      field: expected.field,
      message: expect.stringMatching(expected.message),
    });
  });

  test('a planned event may lie after its article, and so may a date the article gets wrong if flagged', () => {
    const planned = tinyDataset();
    Object.assign(planned.events[1]!, { kind: 'planned' });
    Object.assign(planned.events[1]!.date, { earliest: '2019-06-01', latest: '2019-06-30' });
    expect(validateDataset(planned)).toEqual([]);
    const flagged = tinyDataset();
    Object.assign(flagged.events[1]!.date, { earliest: '2019-10-01', latest: '2019-10-31' });
    flagged.events[1]!.flags.push({
      kind: 'impossible-date',
      quote: { articleId: 'a1', text: 'Talks were held' },
      description: 'The year cannot be right.',
    });
    expect(validateDataset(flagged)).toEqual([]);
  });

  test('ids named like prototype properties are ordinary ids: found when they exist, unknown when not', () => {
    const ds = tinyDataset();
    ds.events[0]!.id = 'constructor';
    ds.events[1]!.date.derivation.relativeTo = 'constructor';
    ds.eventAliases = { tostring: 'constructor' };
    expect(validateDataset(ds)).toEqual([]);
    const index = buildIndex(ds);
    expect(index.indexOf('constructor')).toBeGreaterThanOrEqual(0);
    expect(index.indexOf('tostring')).toBe(index.indexOf('constructor'));
    for (const id of ['toString', '__proto__', 'hasOwnProperty', 'valueOf']) expect(index.indexOf(id)).toBe(-1);
    // Quotes are checked against the texts given; an article id like "constructor" with no text is skipped, not a crash.
    ds.articles[0]!.id = 'constructor';
    for (const e of ds.events) for (const q of e.evidence) q.articleId = 'constructor';
    expect(() => checkQuotes(ds, {})).not.toThrow();
    expect(checkQuotes(ds, {})).toEqual([]);
  });
});
