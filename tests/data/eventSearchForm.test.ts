import { describe, expect, test } from 'vitest';
import { filterEvents } from '../../src/data/filter';
import { indexOf, idsOf } from '../fixtures/dataset';

describe('what search reads of an event', () => {
  const index = indexOf({
    events: [
      { id: 'quoted', title: 'Talks resume in Doha', summary: 'Delegations meet again.' },
      {
        id: 'summarised',
        title: 'Clash in Qadis',
        summary: 'Fighting reported.',
        evidence: [],
        sourceNotes: [{ kind: 'summary', text: 'Haqqani militants attacked a checkpoint.', source: 'ACLED' }],
      },
    ],
  });
  const found = (search: string) =>
    idsOf(index, filterEvents(index, { actors: [], actorMode: 'any', themes: [], themeMode: 'any', search }));

  test('a coder’s summary is searchable, as it is in an imported file', () => {
    expect(found('haqqani')).toEqual(['summarised']);
    expect(found('checkpoint')).toEqual(['summarised']);
  });

  test('title and summary words are found at word starts', () => {
    expect(found('doha')).toEqual(['quoted']);
    expect(found('delegation')).toEqual(['quoted']);
  });
});
