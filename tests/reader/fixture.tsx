import { render } from '@testing-library/react';
import { QueryClient } from '@tanstack/react-query';
import { vi } from 'vitest';
import { Providers } from '../../src/app/Providers';
import { DatasetContext } from '../../src/data/DatasetContext';
import { indexOf } from '../fixtures/dataset';
import type { EventIndex } from '../../src/data/model';
import { DATASET, FILES } from './fixtureData';
import { ReaderPanel } from '../../src/reader/ReaderPanel';
import { createEnvoyStore } from '../../src/state/store';
import type { ViewState } from '../../src/state/viewState';

export { DATASET, FILES, QUOTES } from './fixtureData';

/** Serves FILES by name from a fake fetch, counting requests. */
export function fakeFetch() {
  const fetch = vi.fn(async (url: string) => {
    const name = decodeURIComponent(String(url).split('/').pop() ?? '');
    const body = FILES[name];
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body, { status: 200 });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

/** Renders the reader over a fresh store and query client. */
export function renderReader(view: Partial<ViewState> = {}, index: EventIndex = indexOf(DATASET)) {
  const store = createEnvoyStore(view);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, retryDelay: 0 } } });
  const utils = render(
    <Providers store={store} client={client}>
      <DatasetContext.Provider value={index}>
        <ReaderPanel />
      </DatasetContext.Provider>
    </Providers>,
  );
  return { ...utils, store, index };
}
