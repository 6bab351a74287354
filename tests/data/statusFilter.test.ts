import { indexOf } from '../fixtures/dataset';
import { filterEvents } from '../../src/data/filter';
import { decode, encode } from '../../src/url/codec';
import { DEFAULT_VIEW } from '../../src/state/viewState';
import { DATASET } from '../reader/fixtureData';

const draft = {
  ...DATASET,
  events: DATASET.events.map((e, i) => (i < 2 ? { ...e, status: 'candidate' as const } : e)),
};
const base = { actors: [], actorMode: 'any' as const, themes: [], themeMode: 'any' as const, search: '' };

describe('filtering by review status', () => {
  const index = indexOf(draft);
  const ids = (status: 'all' | 'candidate' | 'reviewed') =>
    [...filterEvents(index, { ...base, status })].map((i) => index.event(i).id);

  it.each([
    ['all', ['e1', 'e2', 'e3', 'e4', 'e5', 'e6']],
    ['candidate', ['e1', 'e2']],
    ['reviewed', ['e3', 'e4', 'e5', 'e6']],
  ] as const)('status %s', (status, want) => {
    expect(ids(status)).toEqual(want);
  });

  it('combines with the other filters', () => {
    expect(
      [...filterEvents(index, { ...base, search: 'taliban', status: 'candidate' })].map((i) => index.event(i).id),
    ).toEqual(['e2']);
  });

  it('travels in a link as status=candidate, and a bad value is reported, not applied', () => {
    expect(encode({ ...DEFAULT_VIEW, status: 'candidate' })).toBe('status=candidate');
    expect(encode(DEFAULT_VIEW)).toBe('');
    const bad = decode('status=maybe');
    expect(bad.view.status).toBe('all');
    expect(bad.problems.join(' ')).toMatch(/review status filter/);
  });
});
