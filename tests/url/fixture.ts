import type { EventIndex } from '../../src/data/model';
import type { DatasetT } from '../../src/data/schema';
import { datasetOf, indexOf, type EventParts } from '../fixtures/dataset';

const event = (id: string, day: string, actors: string[], themes: string[], title: string): EventParts => ({
  id,
  title,
  date: { earliest: day },
  actors,
  themes,
});

/** Three events, two actors, two themes, and one renamed event id, for link tests. */
export function linkDataset(): DatasetT {
  return datasetOf({
    id: 'links',
    title: 'Link fixture',
    description: 'Events for link tests',
    articles: [{ id: 'a1', title: 'An article' }],
    actors: [
      { id: 'taliban', name: 'Taliban', type: 'armed-group' },
      { id: 'khalilzad', name: 'Zalmay Khalilzad', type: 'person' },
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
  });
}

export function linkIndex(): EventIndex {
  return indexOf(linkDataset());
}
