import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, test } from 'vitest';
import { DatasetContext } from '../../src/data/DatasetContext';
import { dayToMs } from '../../src/lib/days';
import { StoreContext } from '../../src/state/StoreContext';
import { createEnvoyStore } from '../../src/state/store';
import { useFacetCounts } from '../../src/state/useFacetCounts';
import { useFilteredEvents } from '../../src/state/useFilteredEvents';
import { fixtureIndex, idsOf } from '../filters/fixture';

function setup() {
  const index = fixtureIndex();
  const store = createEnvoyStore();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <DatasetContext.Provider value={index}>
      <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
    </DatasetContext.Provider>
  );
  return { index, store, wrapper };
}

describe('useFilteredEvents and useFacetCounts', () => {
  test('follow the store, and the window limits the counts but never the filtered events', () => {
    const { index, store, wrapper } = setup();
    const { result } = renderHook(() => ({ shown: useFilteredEvents(), counts: useFacetCounts() }), { wrapper });
    expect(result.current.shown).toHaveLength(7);
    act(() => store.getState().actions.toggleActor('taliban'));
    expect(idsOf(index, result.current.shown)).toEqual([
      'doha-first-meeting',
      'prisoner-demand',
      'eid-ceasefire',
      'doha-agreement',
    ]);
    expect(result.current.counts.matching).toBe(4);
    act(() => store.getState().actions.setWindow([dayToMs('2019-01-01'), dayToMs('2019-12-31')]));
    // The timeline still needs the off-screen events to pan to them.
    expect(result.current.shown).toHaveLength(4);
    expect([result.current.counts.matching, result.current.counts.inView]).toEqual([2, 3]);
  });

  test('give the same array back while nothing relevant changes, so consumers can skip work', () => {
    const { store, wrapper } = setup();
    const { result } = renderHook(() => useFilteredEvents(), { wrapper });
    const first = result.current;
    act(() => store.getState().actions.setWindow([0, 1]));
    act(() => store.getState().actions.select('doha-agreement'));
    expect(result.current).toBe(first);
    act(() => store.getState().actions.setSearch('doha'));
    expect(result.current).not.toBe(first);
  });
});
