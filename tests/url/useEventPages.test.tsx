import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DatasetContext } from '../../src/data/DatasetContext';
import { parseDataset } from '../../src/data/loadDataset';
import { generateSynthetic } from '../../src/data/synthetic';
import type { EventIndex } from '../../src/data/model';
import { useEventPages } from '../../src/url/useEventPages';
import { datasetText } from '../data/fixture';

const bundled = parseDataset(datasetText());
const opened: EventIndex = { ...bundled, id: 'my-own-data' };
const wrap =
  (index: EventIndex | null) =>
  ({ children }: { children: ReactNode }) => (
    <DatasetContext.Provider value={index}>{children}</DatasetContext.Provider>
  );

afterEach(() => vi.unstubAllEnvs());

test.each([
  ['the bundled dataset in a build', bundled, true, true],
  ['the bundled dataset on the dev server', bundled, false, false],
  ['a dataset someone opened (no pages were built for it)', opened, true, false],
  ['generated data', generateSynthetic(10, 1), true, false],
  ['no dataset yet', null, true, false],
])('%s', (_name, index, prod, want) => {
  vi.stubEnv('PROD', prod);
  expect(renderHook(() => useEventPages(), { wrapper: wrap(index) }).result.current).toBe(want);
});
