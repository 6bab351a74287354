// A small dataset for the reader's tests: overlapping, nested and paragraph-crossing quotes, markup, a missing file.
import type { DatasetT } from '../../src/data/schema';
import { datasetOf, type ArticleParts, type EventParts } from '../fixtures/dataset';

/** Article files the fake server knows; any other file is a 404. */
export const FILES: Record<string, string> = {
  'talks.txt':
    'Home / News / Talks\n\n' +
    'DOHA: The envoy said on Saturday that “all sides” must lay down arms.\n\n' +
    '“All sides laying down arms is the outcome of any peace process,” Khalilzad tweeted. The Taliban said to forget it.\n\n' +
    'The spokesman added that talks would go on.\nA further paragraph, on a line of its own.',
  'second.txt': 'A second report.\n\nKhalilzad tweeted again about all sides on Saturday.',
  'evil.txt': 'Headline\n\nThe page contained <script>alert("x")</script> and <b>bold</b> markup.',
};

export const QUOTES = {
  /** e1, the selected event's evidence. */
  e1: '“All sides laying down arms is the outcome of any peace process,” Khalilzad tweeted.',
  /** e2, overlapping the end of e1's quote. */
  e2: 'Khalilzad tweeted. The Taliban said to forget it.',
  /** e3, crossing a paragraph break. */
  e3: 'said to forget it.\n\nThe spokesman added',
  /** e6, nested inside e1's quote. */
  e6: 'laying down arms',
};

const published = (day: string, method: 'dateline' | 'inferred' = 'dateline') => ({
  earliest: day,
  latest: day,
  method,
  clues: [{ quote: method === 'inferred' ? 'on Saturday' : `date ${day}`, reasoning: 'The text says so.' }],
});

const article = (id: string, file: string, title: string, extra: Partial<ArticleParts> = {}): ArticleParts => ({
  id,
  file,
  title,
  outlet: 'Dawn',
  dateline: 'DOHA',
  published: published('2019-05-10'),
  ...extra,
});

const event = (
  id: string,
  day: string,
  title: string,
  evidence: { articleId: string; text: string }[],
  extra: Partial<EventParts> = {},
): EventParts => ({
  id,
  title,
  summary: `Summary of ${title}.`,
  date: {
    earliest: day,
    derivation: {
      method: 'relative-to-publication',
      clue: 'on Saturday',
      articleId: 'talks',
      confidence: 'high',
      note: 'Counted back from the publication date.',
    },
  },
  kind: 'statement',
  actors: [
    { actorId: 'khalilzad', role: 'speaker' },
    { actorId: 'taliban', role: 'target' },
  ],
  themes: ['ceasefire'],
  location: 'Doha',
  evidence,
  ...extra,
});

export const DATASET: DatasetT = datasetOf({
  id: 'test-set',
  title: 'Test talks dataset',
  description: 'Three events reported in a handful of articles.',
  articles: [
    article('talks', 'talks.txt', 'US ready for all sides to lay down arms', {
      chrome: [{ kind: 'breadcrumb', text: 'Home / News / Talks' }],
    }),
    article('second', 'second.txt', 'A second report on the talks', {
      outlet: null,
      published: published('2019-05-11', 'inferred'),
    }),
    article('evil', 'evil.txt', 'An article with markup in it'),
    article('gone', 'gone.txt', 'An article whose file is missing'),
  ],
  actors: [
    { id: 'khalilzad', name: 'Zalmay Khalilzad', title: 'US envoy' },
    { id: 'taliban', name: 'Taliban', type: 'armed-group' },
  ],
  themes: [
    { id: 'ceasefire', label: 'Ceasefire', description: 'Ceasefires.', color: '#d1495b' },
    { id: 'talks', label: 'US–Taliban talks', description: 'Talks.', color: '#00798c' },
  ],
  events: [
    event(
      'e1',
      '2019-05-01',
      'Khalilzad: all sides must lay down arms',
      [
        { articleId: 'talks', text: QUOTES.e1 },
        { articleId: 'second', text: 'Khalilzad tweeted again' },
      ],
      {
        themes: ['ceasefire', 'talks'],
        flags: [
          {
            kind: 'contradiction',
            quote: { articleId: 'talks', text: 'on Saturday' },
            description: 'Another report puts the tweet on Friday.',
          },
        ],
      },
    ),
    event('e2', '2019-05-02', 'The Taliban reject disarming', [{ articleId: 'talks', text: QUOTES.e2 }], {
      location: null,
    }),
    event('e3', '2019-05-03', 'Talks will go on', [{ articleId: 'talks', text: QUOTES.e3 }]),
    event('e4', '2019-05-04', 'A page with markup', [
      { articleId: 'evil', text: '<script>alert("x")</script>' },
      { articleId: 'gone', text: 'whatever' },
    ]),
    event('e5', '2019-05-05', 'Only in a missing file', [{ articleId: 'gone', text: 'whatever' }]),
    event('e6', '2019-05-06', 'Disarmament named as the goal', [{ articleId: 'talks', text: QUOTES.e6 }], {
      date: {
        earliest: '2019-05-06',
        derivation: {
          method: 'relative-to-event',
          clue: 'five days later',
          relativeTo: 'e1',
          confidence: 'medium',
          note: 'Five days after e1.',
        },
      },
    }),
  ],
});
