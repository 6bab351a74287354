import { buildIndex } from '../../src/data/buildIndex';
import type { EventIndex } from '../../src/data/model';
import type { DatasetT, EventT } from '../../src/data/schema';

function event(id: string, day: string, actors: string[], themes: string[], title: string): EventT {
  return {
    id,
    title,
    summary: `${title}.`,
    date: { earliest: day, latest: day, precision: 'day', approximate: false, derivation: { method: 'explicit', clue: day, confidence: 'high', note: 'fixture' } },
    kind: 'occurred',
    actors: actors.map((actorId) => ({ actorId, role: 'actor' as const })),
    themes,
    location: null,
    evidence: [{ articleId: 'a1', text: title }],
    flags: [],
  };
}

/** Three events, two actors, two themes, and one renamed event id, for link tests. */
export function linkDataset(): DatasetT {
  return {
    id: 'links',
    title: 'Link fixture',
    description: 'Events for link tests',
    version: '1',
    articles: [
      {
        id: 'a1', file: 'a1.txt', title: 'An article', outlet: null, byline: null, dateline: null, chrome: [],
        published: { earliest: '2020-03-01', latest: '2020-03-01', precision: 'day', method: 'dateline', clues: [{ quote: 'x', reasoning: 'y' }], confidence: 'high', note: '' },
      },
    ],
    actors: [
      { id: 'taliban', name: 'Taliban', type: 'armed-group', affiliation: null, title: null, aliases: [] },
      { id: 'khalilzad', name: 'Zalmay Khalilzad', type: 'person', affiliation: null, title: null, aliases: [] },
    ],
    themes: [
      { id: 'ceasefire', label: 'Ceasefire', description: 'Truces.', color: '#d1495b' },
      { id: 'talks', label: 'Talks', description: 'Negotiations.', color: '#00798c' },
    ],
    events: [
      event('doha-meeting', '2019-02-25', ['khalilzad', 'taliban'], ['talks'], 'Talks resume in Doha'),
      event('eid-ceasefire', '2019-06-01', ['taliban'], ['ceasefire'], 'Eid ceasefire announced'),
      event('doha-agreement', '2020-02-29', ['khalilzad', 'taliban'], ['talks', 'ceasefire'], 'Doha agreement signed'),
    ],
    eventAliases: { 'us-taliban-deal': 'doha-agreement' },
  };
}

export function linkIndex(): EventIndex {
  return buildIndex(linkDataset());
}
