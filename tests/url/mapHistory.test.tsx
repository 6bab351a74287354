import { act, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { indexOf } from '../fixtures/dataset';
import { DatasetContext } from '../../src/data/DatasetContext';
import { createEnvoyStore, type EnvoyStore } from '../../src/state/store';
import { StoreContext } from '../../src/state/StoreContext';
import { Notices } from '../../src/app/Notices';
import { useUrlSync, WINDOW_DEBOUNCE_MS } from '../../src/url/useUrlSync';
import { linkDataset } from './fixture';

function placedIndex() {
  const ds = linkDataset();
  ds.places = [
    { id: 'qatar', name: 'Qatar', kind: 'country', point: [51.25, 25.5], precision: 'country', within: null },
    { id: 'doha', name: 'Doha', kind: 'town', point: [51.53, 25.29], precision: 'town', within: 'qatar' },
  ];
  ds.events[0]!.place = 'doha';
  return indexOf(ds);
}
const index = placedIndex();

function Synced() {
  useUrlSync();
  return <Notices />;
}

function open(query: string): EnvoyStore {
  window.history.replaceState(null, '', `/envoy/${query}`);
  const store = createEnvoyStore();
  render(
    <StoreContext.Provider value={store}>
      <DatasetContext.Provider value={index}>
        <Synced />
      </DatasetContext.Provider>
    </StoreContext.Provider>,
  );
  return store;
}

const query = () => window.location.search;

describe('the map and the place filter in the link', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  test('showing the map and filtering by place push history entries; moving the map rewrites the current one', () => {
    const store = open('');
    const before = window.history.length;
    act(() => store.getState().actions.setMapShown(true));
    expect(query()).toBe('?view=map');
    act(() => store.getState().actions.togglePlace('qatar'));
    expect(query()).toBe('?view=map&places=qatar');
    expect(window.history.length).toBe(before + 2);
    act(() => store.getState().actions.setMapCamera({ lat: 25.3, lon: 51.5, zoom: 7 }));
    act(() => store.getState().actions.setMapCamera({ lat: 25.31, lon: 51.52, zoom: 8 }));
    act(() => vi.advanceTimersByTime(WINDOW_DEBOUNCE_MS));
    expect(query()).toBe('?view=map&places=qatar&map=25.31,51.52,8');
    expect(window.history.length).toBe(before + 2);
  });
});

describe('history', () => {
  test('Back and Forward restore the place filter, the map and its camera', async () => {
    const store = open('?view=map&map=25.3,51.5,7');
    act(() => store.getState().actions.onlyPlace('doha'));
    act(() => store.getState().actions.setMapShown(false));
    act(() => window.history.back());
    await waitFor(() => expect(store.getState().mapShown).toBe(true));
    expect(store.getState().places).toEqual(['doha']);
    expect(store.getState().map).toEqual({ lat: 25.3, lon: 51.5, zoom: 7 });
    act(() => window.history.back());
    await waitFor(() => expect(store.getState().places).toEqual([]));
    act(() => window.history.forward());
    await waitFor(() => expect(store.getState().places).toEqual(['doha']));
  });

  test('a link to a place the dataset lacks drops it and says so', () => {
    const store = open('?places=doha,atlantis');
    expect(store.getState().places).toEqual(['doha']);
    expect(document.body.textContent).toContain(
      "The link filters by a place not in this dataset ('atlantis'); it was ignored.",
    );
    expect(query()).toBe('?places=doha');
  });
});
