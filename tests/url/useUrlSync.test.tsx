import { StrictMode } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DatasetContext } from '../../src/data/DatasetContext';
import { createEnvoyStore, type EnvoyStore } from '../../src/state/store';
import { StoreContext } from '../../src/state/StoreContext';
import { Notices } from '../../src/app/Notices';
import { usePageTitle } from '../../src/url/usePageTitle';
import { TYPING_MS, useUrlSync, WINDOW_DEBOUNCE_MS } from '../../src/url/useUrlSync';
import { linkIndex } from './fixture';

const index = linkIndex();
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

function Synced() {
  useUrlSync();
  usePageTitle();
  return <Notices />;
}

function open(query: string, strict = false): EnvoyStore {
  window.history.replaceState(null, '', `/envoy/${query}`);
  const store = createEnvoyStore();
  const tree = (
    <StoreContext.Provider value={store}>
      <DatasetContext.Provider value={index}>
        <Synced />
      </DatasetContext.Provider>
    </StoreContext.Provider>
  );
  render(strict ? <StrictMode>{tree}</StrictMode> : tree);
  return store;
}

const query = () => window.location.search;

describe('opening a link', () => {
  test('applies the link, names the event in the title, and keeps the sub-path', () => {
    const store = open('?event=doha-agreement&actors=taliban&from=2019-01&to=2020-06&lanes=actor');
    const s = store.getState();
    expect(s.event).toBe('doha-agreement');
    expect(s.actors).toEqual(['taliban']);
    expect(s.window).toEqual([day('2019-01-01'), day('2020-07-01')]);
    expect(s.lanes).toBe('actor');
    expect(document.title).toBe('Envoy — Doha agreement signed');
    expect(window.location.pathname).toBe('/envoy/');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('an old event id opens the renamed event, and the address shows the current id', () => {
    const store = open('?event=us-taliban-deal');
    expect(store.getState().event).toBe('doha-agreement');
    expect(query()).toBe('?event=doha-agreement');
  });

  test('a bad link applies what is valid, says in words what was ignored, and cleans the address', async () => {
    const store = open('?event=nope&actors=taliban,ghani&from=2019-13&to=2020&utm_source=x&synthetic=50');
    expect(store.getState().event).toBeNull();
    expect(store.getState().actors).toEqual(['taliban']);
    expect(store.getState().window).toBeNull();
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent("The linked event 'nope' is not in this dataset");
    expect(notice).toHaveTextContent("'ghani'");
    expect(notice).toHaveTextContent("start date '2019-13' is not a date");
    expect(notice).toHaveTextContent("'utm_source'");
    expect(query()).toBe('?synthetic=50&actors=taliban');
    expect(document.title).toBe('Envoy — Link fixture');
    await act(async () => screen.getByRole('button', { name: /^Dismiss/ }).click());
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('under StrictMode (effects run twice) the notice stays and no history entry is added', () => {
    const before = window.history.length;
    const store = open('?event=nope&actors=taliban', true);
    expect(screen.getByRole('alert')).toHaveTextContent("The linked event 'nope' is not in this dataset");
    expect(store.getState().actors).toEqual(['taliban']);
    expect(window.history.length).toBe(before);
    act(() => store.getState().actions.select('doha-meeting'));
    expect(window.history.length).toBe(before + 1);
  });

  test("an event hidden by the link's filters stays selected, and the notice says so", () => {
    const store = open('?event=eid-ceasefire&themes=talks');
    expect(store.getState().event).toBe('eid-ceasefire');
    expect(store.getState().themes).toEqual(['talks']);
    expect(screen.getByRole('status')).toHaveTextContent(
      "The linked event is hidden by the link's filters; it is shown selected anyway.",
    );
  });
});

describe('writing the address', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  test('selecting an event or changing a filter pushes a history entry', () => {
    const store = open('');
    const before = window.history.length;
    act(() => store.getState().actions.select('eid-ceasefire'));
    expect(query()).toBe('?event=eid-ceasefire');
    expect(document.title).toBe('Envoy — Eid ceasefire announced');
    act(() => store.getState().actions.toggleTheme('ceasefire'));
    expect(query()).toBe('?event=eid-ceasefire&themes=ceasefire');
    act(() => store.getState().actions.setLanes('theme'));
    expect(window.history.length).toBe(before + 3);
  });

  test('zoom and pan rewrite the current entry once they settle, without pushing', () => {
    const store = open('?event=doha-meeting');
    const before = window.history.length;
    act(() => store.getState().actions.setWindow([day('2019-01-01'), day('2019-07-01')]));
    act(() => store.getState().actions.setWindow([day('2019-02-01'), day('2019-08-01')]));
    expect(query()).toBe('?event=doha-meeting');
    act(() => vi.advanceTimersByTime(WINDOW_DEBOUNCE_MS));
    expect(query()).toBe('?event=doha-meeting&from=2019-02&to=2019-07');
    expect(window.history.length).toBe(before);
  });

  test('a selection right after a zoom first settles the zoom into the old entry', () => {
    const store = open('');
    act(() => store.getState().actions.setWindow([day('2019-01-01'), day('2019-07-01')]));
    act(() => store.getState().actions.select('doha-meeting'));
    expect(query()).toBe('?event=doha-meeting&from=2019-01&to=2019-06');
    act(() => vi.advanceTimersByTime(WINDOW_DEBOUNCE_MS * 2));
    expect(query()).toBe('?event=doha-meeting&from=2019-01&to=2019-06');
  });

  test('typing a search makes one history entry, not one per key, and rewrites it once typing pauses', () => {
    const store = open('');
    const before = window.history.length;
    for (const text of ['p', 'pr', 'pri', 'priso']) {
      act(() => store.getState().actions.setSearch(text));
      act(() => vi.advanceTimersByTime(200));
    }
    // The first key made the entry; the others wait for a pause, so a key does not pay for rewriting the address.
    expect(query()).toBe('?q=p');
    act(() => vi.advanceTimersByTime(WINDOW_DEBOUNCE_MS));
    expect(query()).toBe('?q=priso');
    expect(window.history.length).toBe(before + 1);
    act(() => vi.advanceTimersByTime(TYPING_MS));
    act(() => store.getState().actions.setSearch('prisoners'));
    expect(window.history.length).toBe(before + 2);
  });

  test('with no event selected, the title names the open article', () => {
    const store = open('?article=a1');
    expect(document.title).toBe('Envoy — An article');
    act(() => store.getState().actions.showArticle(null));
    expect(document.title).toBe('Envoy — Link fixture');
    expect(query()).toBe('');
  });

  test('the reserved synthetic and seed keys stay in the address', () => {
    const store = open('?synthetic=1000&seed=3');
    act(() => store.getState().actions.select('doha-meeting'));
    expect(query()).toBe('?synthetic=1000&seed=3&event=doha-meeting');
  });
});

describe('Back and Forward', () => {
  test('restore the earlier view, window included, without adding entries', async () => {
    const store = open('?from=2019-01&to=2019-12');
    act(() => store.getState().actions.select('doha-meeting'));
    act(() => store.getState().actions.select('doha-agreement'));
    const length = window.history.length;

    act(() => window.history.back());
    await waitFor(() => expect(store.getState().event).toBe('doha-meeting'));
    expect(store.getState().window).toEqual([day('2019-01-01'), day('2020-01-01')]);
    expect(document.title).toBe('Envoy — Talks resume in Doha');

    act(() => window.history.back());
    await waitFor(() => expect(store.getState().event).toBeNull());

    act(() => window.history.forward());
    await waitFor(() => expect(store.getState().event).toBe('doha-meeting'));
    expect(window.history.length).toBe(length);
    expect(query()).toBe('?event=doha-meeting&from=2019-01&to=2019-12');
  });

  test('returning to a view the reader made does not call it a linked event hidden by filters', async () => {
    const store = open('');
    act(() => store.getState().actions.select('eid-ceasefire'));
    act(() => store.getState().actions.toggleTheme('talks'));
    act(() => window.history.back());
    await waitFor(() => expect(store.getState().themes).toEqual([]));
    act(() => window.history.forward());
    await waitFor(() => expect(store.getState().themes).toEqual(['talks']));
    expect(store.getState().event).toBe('eid-ceasefire');
    expect(screen.queryByText(/hidden by the link's filters/)).toBeNull();
  });
});
