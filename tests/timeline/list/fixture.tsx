import { render } from '@testing-library/react';
import { afterAll, beforeAll } from 'vitest';
import { Providers } from '../../../src/app/Providers';
import { DatasetContext } from '../../../src/data/DatasetContext';
import type { EventIndex } from '../../../src/data/model';
import type { EventT } from '../../../src/data/schema';
import { createEnvoyStore } from '../../../src/state/store';
import type { ViewState } from '../../../src/state/viewState';
import { EventTable } from '../../../src/timeline/list/EventTable';
import { indexOf } from '../../fixtures/dataset';

type Spec = [
  id: string,
  earliest: string,
  latest: string,
  precision: EventT['date']['precision'],
  approximate: boolean,
  title: string,
  actors: string[],
  sources: number,
];

/** Five events whose dates are known to different precisions, so the date column can be read by hand. */
const SPECS: Spec[] = [
  ['talks-open', '2019-05-04', '2019-05-04', 'day', false, 'Talks open in Doha', ['khalilzad', 'taliban'], 2],
  ['may-round', '2019-05-01', '2019-05-31', 'month', false, 'A May round of talks', ['taliban'], 1],
  ['truce-offer', '2019-06-10', '2019-06-10', 'day', true, 'Zabīhullāh offers a truce', ['mujahid'], 3],
  ['year-of-talks', '2020-01-01', '2020-12-31', 'year', false, 'Behind-the-scenes talks', ['khalilzad'], 1],
  ['visit-planned', '2019-05-20', '2019-05-26', 'week', false, 'Envoy visit planned', ['khalilzad', 'pakistan'], 1],
];

export function smallIndex(): EventIndex {
  const articles = ['a1', 'a2', 'a3'].map((id) => ({ id }));
  return indexOf({
    id: 'list-fixture',
    title: 'List fixture',
    description: 'Events at several precisions.',
    articles,
    actors: [
      { id: 'khalilzad', name: 'Zalmay Khalilzad' },
      { id: 'taliban', name: 'Taliban', type: 'armed-group' },
      { id: 'mujahid', name: 'Zabihullah Mujahid', affiliation: 'taliban' },
      { id: 'pakistan', name: 'Pakistan', type: 'state' },
    ],
    themes: [{ id: 'talks', label: 'Talks', description: 'Talks.', color: '#00798c' }],
    events: SPECS.map(([id, earliest, latest, precision, approximate, title, actors, sources]) => ({
      id,
      title,
      summary: title,
      date: { earliest, latest, precision, approximate },
      kind: id === 'visit-planned' ? 'planned' : 'occurred',
      actors,
      evidence: articles.slice(0, sources).map((a) => ({ articleId: a.id, text: title })),
    })),
  });
}

/** Renders the list view alone, with a fresh store, on a given index. */
export function renderTable(index: EventIndex, initial: Partial<ViewState> = {}) {
  const store = createEnvoyStore(initial);
  const view = render(
    <Providers store={store}>
      <DatasetContext.Provider value={index}>
        <EventTable />
      </DatasetContext.Provider>
    </Providers>,
  );
  return { store, ...view };
}

/** jsdom lays nothing out: give every element a 440 px viewport so the virtualiser has room for about ten rows. */
export function withViewport() {
  let original: PropertyDescriptor | undefined;
  beforeAll(() => {
    original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 440 });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
  });
}
