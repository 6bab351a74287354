import type { EventIndex } from '../../src/data/model';
import type { ActorT, DatasetT } from '../../src/data/schema';
import { datasetOf, idsOf, indexOf, type EventParts } from '../fixtures/dataset';

const ACTORS: ActorT[] = [
  {
    id: 'khalilzad',
    name: 'Zalmay Khalilzad',
    type: 'person',
    affiliation: 'united-states',
    title: 'US special envoy',
    aliases: ['Khalilzad', 'Zal'],
  },
  {
    id: 'mujahid',
    name: 'Zabihullah Mujahid',
    type: 'person',
    affiliation: 'taliban',
    title: 'Taliban spokesman',
    aliases: ['Zabiullah Mujahid', 'Mujahid'],
  },
  {
    id: 'united-states',
    name: 'United States',
    type: 'state',
    affiliation: null,
    title: null,
    aliases: ['US', 'America', 'Washington'],
  },
  { id: 'pakistan', name: 'Pakistan', type: 'state', affiliation: null, title: null, aliases: ['Islamabad'] },
  {
    id: 'afghan-government',
    name: 'Afghan government',
    type: 'government-body',
    affiliation: null,
    title: null,
    aliases: ['Kabul'],
  },
  {
    id: 'taliban',
    name: 'Taliban',
    type: 'armed-group',
    affiliation: null,
    title: null,
    aliases: ['Islamic Emirate of Afghanistan'],
  },
  { id: 'un', name: 'United Nations', type: 'international-body', affiliation: null, title: null, aliases: ['UN'] },
];

type Spec = [
  id: string,
  earliest: string,
  latest: string,
  actors: string[],
  themes: string[],
  title: string,
  summary: string,
  evidence: string,
];

/** Seven events with known actors, themes, dates and text, so every count in the tests can be worked out by hand. */
const EVENTS: Spec[] = [
  [
    'doha-first-meeting',
    '2018-07-23',
    '2018-07-23',
    ['khalilzad', 'taliban'],
    ['talks'],
    'Khalilzad meets the Taliban in Doha',
    'First direct talks.',
    'US officials met Taliban representatives.',
  ],
  [
    'envoy-appointed',
    '2018-09-04',
    '2018-09-04',
    ['khalilzad', 'united-states'],
    ['talks'],
    'Khalilzad appointed envoy',
    'Washington names an envoy.',
    'The State Department announced the appointment.',
  ],
  [
    'prisoner-demand',
    '2019-02-25',
    '2019-02-25',
    ['khalilzad', 'taliban', 'pakistan'],
    ['talks', 'prisoners'],
    'Talks resume with a prisoner demand',
    'Zabīhullāh Mujahid said prisoners come first.',
    'He said the “Taliban’s prisoners” must be freed.',
  ],
  [
    'eid-ceasefire',
    '2019-06-01',
    '2019-06-03',
    ['taliban', 'mujahid'],
    ['ceasefire'],
    'ÉID CEASEFIRE announced',
    'A three-day truce.',
    'Mujahid announced a pause in fighting.',
  ],
  [
    'doha-agreement',
    '2020-02-29',
    '2020-02-29',
    ['united-states', 'taliban'],
    ['talks', 'ceasefire', 'prisoners'],
    'Doha agreement signed',
    'The US and the Taliban sign.',
    'Up to 5,000 prisoners to be released.',
  ],
  [
    'kabul-releases',
    '2020-03-10',
    '2020-03-10',
    ['afghan-government'],
    ['prisoners'],
    'Kabul starts releasing prisoners',
    'A decree orders releases.',
    'Ghani signed the decree.',
  ],
  [
    'war-years',
    '2001-10-07',
    '2021-08-30',
    ['united-states'],
    ['ceasefire'],
    'The war in Afghanistan',
    'Twenty years of war.',
    'The longest war.',
  ],
];

function event([id, earliest, latest, actors, themes, title, summary, evidence]: Spec): EventParts {
  return {
    id,
    title,
    summary,
    date: { earliest, latest },
    actors,
    themes,
    evidence: [{ articleId: 'a1', text: evidence }],
  };
}

const THEMES = [
  { id: 'talks', label: 'US–Taliban talks', description: 'Negotiations.', color: '#00798c' },
  { id: 'ceasefire', label: 'Ceasefire and violence reduction', description: 'Truces.', color: '#d1495b' },
  { id: 'prisoners', label: 'Prisoner releases', description: 'Prisoners.', color: '#edae49' },
];

/** A small hand-checkable dataset for filter tests. */
export function fixtureDataset(): DatasetT {
  return datasetOf({ description: 'Filter test data', actors: ACTORS, themes: THEMES, events: EVENTS.map(event) });
}

export function fixtureIndex(): EventIndex {
  return indexOf(fixtureDataset());
}

export { idsOf };

/** Many generated actors, for the virtualised list. */
export function manyActorsIndex(actorCount: number, eventCount: number): EventIndex {
  const ds = fixtureDataset();
  const extra: ActorT[] = Array.from({ length: actorCount }, (_, k) => ({
    id: `actor-${k}`,
    name: `Actor ${String(k).padStart(3, '0')}`,
    type: k % 2 ? 'person' : 'group',
    affiliation: null,
    title: null,
    aliases: [`Alias ${k}`],
  }));
  ds.actors = [...ds.actors, ...extra];
  const events = Array.from({ length: eventCount }, (_, i) => {
    const day = new Date(Date.UTC(2018, 0, 1) + i * 3_600_000).toISOString().slice(0, 10);
    return event([
      `e-${i}`,
      day,
      day,
      [`actor-${i % actorCount}`, `actor-${(i * 7) % actorCount}`],
      [['talks', 'ceasefire', 'prisoners'][i % 3]!],
      `Event ${i}`,
      'Generated.',
      'Generated evidence.',
    ]);
  });
  return indexOf({ ...ds, events });
}
