import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, test, vi } from 'vitest';
import { DatasetGate } from '../../src/app/DatasetGate';
import { Providers } from '../../src/app/Providers';
import { useIndex } from '../../src/data/DatasetContext';
import { useOpened } from '../../src/data/OpenedContext';
import { ImportError } from '../../src/data/ImportError';
import { indexOf } from '../fixtures/dataset';
import { tinyDataset } from '../data/fixture';

const loadOpened = vi.fn();
vi.mock('../../src/data/loadOpened', () => ({ loadOpened: (...a: unknown[]) => loadOpened(...a) }));

function Shown() {
  const index = useIndex();
  const opened = useOpened();
  return (
    <p>
      {index.count} events from {opened?.name}
    </p>
  );
}

function renderGate() {
  render(
    <Providers client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <DatasetGate
        source={{ kind: 'url', url: 'shared/dataset.json' }}
        actions={<button type="button">Open Envoy’s own dataset</button>}
      >
        <Shown />
      </DatasetGate>
    </Providers>,
  );
}

describe('DatasetGate for a dataset from a link', () => {
  test('a dataset that cannot be opened says why in words, with its details, a retry and the way back', async () => {
    loadOpened.mockRejectedValueOnce(
      new ImportError('No column looks like a date; expected event_date, date, date_start or Year', [
        'header: id, name',
      ]),
    );
    loadOpened.mockResolvedValueOnce({
      index: indexOf(tinyDataset()),
      articles: { kind: 'bundled' },
      opened: {
        name: 'dataset.json',
        format: 'envoy-json',
        rows: 1,
        skipped: [],
        skippedCount: 0,
        warnings: [],
        local: false,
      },
    });
    renderGate();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be opened');
    expect(alert).toHaveTextContent('No column looks like a date; expected event_date, date, date_start or Year');
    expect(alert).toHaveTextContent('header: id, name');
    expect(screen.getByRole('button', { name: 'Open Envoy’s own dataset' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(`${tinyDataset().events.length} events from dataset.json`)).toBeInTheDocument();
    expect(loadOpened.mock.calls[0]![0]).toEqual({ kind: 'url', url: 'shared/dataset.json' });
  });
});
