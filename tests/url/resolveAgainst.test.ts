import { describe, expect, test } from 'vitest';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/viewState';
import { resolveAgainst } from '../../src/url/resolveAgainst';
import { linkIndex } from './fixture';
import { decode } from '../../src/url/codec';

const index = linkIndex();
const view = (over: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...over });

describe('resolveAgainst checks a link against the dataset', () => {
  test.each<[string, Partial<ViewState>, Partial<ViewState>, RegExp | null, boolean]>([
    ['a known event stays selected', { event: 'doha-agreement' }, { event: 'doha-agreement' }, null, false],
    [
      'an old id opens the event it was renamed to',
      { event: 'us-taliban-deal' },
      { event: 'doha-agreement' },
      null,
      false,
    ],
    [
      'an unknown event is dropped',
      { event: 'no-such-event', actors: ['taliban'] },
      { actors: ['taliban'] },
      /linked event 'no-such-event' is not in this dataset; no event is selected/,
      false,
    ],
    [
      'unknown actors are dropped, known kept',
      { actors: ['taliban', 'ghani', 'zz'] },
      { actors: ['taliban'] },
      /actors not in this dataset \('ghani', 'zz'\); they were ignored/,
      false,
    ],
    [
      'an unknown theme is dropped',
      { themes: ['ceasefire', 'elections'] },
      { themes: ['ceasefire'] },
      /a theme not in this dataset \('elections'\); it was ignored/,
      false,
    ],
    ['an unknown article is dropped', { article: 'nope' }, {}, /linked article 'nope' is not in this dataset/, false],
    [
      'a window of every date (Fit all) is kept, not folded into the opening view',
      { window: [Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1)] },
      { window: [Date.UTC(1990, 0, 1), Date.UTC(2030, 0, 1)] },
      null,
      false,
    ],
    [
      'a window with no events is dropped',
      { window: [Date.UTC(1200, 0, 1), Date.UTC(1201, 0, 1)] },
      {},
      /contains none of this dataset's events; showing the opening view/,
      false,
    ],
    [
      'an event its filters hide stays selected and is flagged',
      { event: 'eid-ceasefire', themes: ['talks'] },
      { event: 'eid-ceasefire', themes: ['talks'] },
      null,
      true,
    ],
    [
      'search text hiding the event flags it too',
      { event: 'doha-meeting', search: 'ceasefire' },
      { event: 'doha-meeting', search: 'ceasefire' },
      null,
      true,
    ],
    [
      'all-of-actors mode is honoured',
      { event: 'eid-ceasefire', actors: ['taliban', 'khalilzad'], actorMode: 'all' },
      { event: 'eid-ceasefire', actors: ['taliban', 'khalilzad'], actorMode: 'all' },
      null,
      true,
    ],
    [
      'any-of-actors keeps it visible',
      { event: 'eid-ceasefire', actors: ['taliban', 'khalilzad'] },
      { event: 'eid-ceasefire', actors: ['taliban', 'khalilzad'] },
      null,
      false,
    ],
  ])('%s', (_name, input, expected, problem, hidden) => {
    const got = resolveAgainst(view(input), index);
    expect(got.view).toEqual(view(expected));
    if (problem) expect(got.problems.join(' ')).toMatch(problem);
    else expect(got.problems).toEqual([]);
    expect(got.hiddenByFilters).toBe(hidden);
  });
});

describe('ids named like prototype properties are unknown ids, not the prototype', () => {
  test.each(['constructor', '__proto__', 'toString', 'tostring', 'hasOwnProperty'])('%j', (id) => {
    const decoded = decode(`event=${id}&article=${id}&actors=taliban,${id}&themes=${id}`).view;
    const got = resolveAgainst({ ...decoded, event: id, article: id }, index);
    expect(got.view.event).toBeNull();
    expect(got.view.article).toBeNull();
    expect(got.view.actors).toEqual(['taliban']);
    expect(got.view.themes).toEqual([]);
    expect(got.problems.join(' ')).toContain(`linked event '${id}' is not in this dataset`);
  });
});
