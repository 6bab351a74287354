import { render } from '@testing-library/react';
import { DatasetContext } from '../../src/data/DatasetContext';
import type { EventIndex } from '../../src/data/model';
import { StoreContext } from '../../src/state/StoreContext';
import { createEnvoyStore } from '../../src/state/store';
import type { ViewState } from '../../src/state/viewState';
import { FilterPanel } from '../../src/filters/FilterPanel';
import { fixtureIndex } from './fixture';

/** Renders the filter panel over a fresh store and the fixture dataset (or a given index). */
export function renderPanel(initial: Partial<ViewState> = {}, index: EventIndex = fixtureIndex()) {
  const store = createEnvoyStore(initial);
  const view = render(
    <DatasetContext.Provider value={index}>
      <StoreContext.Provider value={store}>
        <FilterPanel />
      </StoreContext.Provider>
    </DatasetContext.Provider>,
  );
  return { store, index, ...view };
}
