import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Providers } from '../../src/app/Providers';
import { OpenDatasetButton } from '../../src/open/OpenDatasetButton';
import { OpenDialog } from '../../src/open/OpenDialog';
import { useOpenDataset } from '../../src/open/useOpenDataset';
import { indexOf } from '../fixtures/dataset';
import type { ImportOptions, ImportOutcome } from '../../src/data/import/types';
import type { DatasetT } from '../../src/data/schema';
import { tinyDataset } from '../data/fixture';
import { polyfillDialogs } from '../app/dialogHelpers';

const importWithMemory = vi.fn<(input: unknown, opts: ImportOptions) => Promise<ImportOutcome>>();
vi.mock('../../src/data/loadOpened', () => ({
  importWithMemory: (input: unknown, opts: ImportOptions) => importWithMemory(input, opts),
}));

polyfillDialogs();
beforeEach(() => localStorage.clear());
afterEach(() => importWithMemory.mockReset());

function ok(ds: DatasetT): ImportOutcome {
  return {
    kind: 'ok',
    format: 'acled-csv',
    index: indexOf(ds),
    dataset: ds,
    articleText: {},
    rows: ds.events.length + 2,
    skipped: [],
    warnings: [],
  };
}

function Harness({ onOpened }: { onOpened: Parameters<typeof useOpenDataset>[0] }) {
  const opener = useOpenDataset(onOpened);
  return (
    <>
      <OpenDatasetButton onClick={opener.show} />
      <OpenDialog open={opener.open} onClose={opener.close} job={opener.job} currentLocalId={null} />
    </>
  );
}

function setup() {
  const onOpened = vi.fn();
  render(
    <Providers client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <Harness onOpened={onOpened} />
    </Providers>,
  );
  return { onOpened, user: userEvent.setup() };
}

const csv = (name = 'events.csv') => new File(['a,b\n1,2\n'], name, { type: 'text/csv' });

describe('the Open dataset dialog', () => {
  test('"Open dataset…" opens a dialog with the three ways in: a file, a Dataset URL, Recent datasets', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: /^Open dataset/ }));
    const dialog = screen.getByRole('dialog', { name: 'Open dataset' });
    const file = within(dialog).getByLabelText('Choose a file');
    expect(file).toHaveAttribute('type', 'file');
    expect(file).toHaveAttribute('accept', '.json,.csv,.tsv,.txt,.zip');
    expect(file).toHaveAttribute('multiple');
    expect(within(dialog).getByRole('textbox', { name: 'Dataset URL' })).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Recent datasets' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('a chosen file is imported with progress and Cancel; Cancel stops it and nothing is opened', async () => {
    const { user, onOpened } = setup();
    let signal: AbortSignal | undefined;
    importWithMemory.mockImplementation((_input, opts) => {
      signal = opts.signal;
      opts.onProgress?.({ rows: 12_345, bytes: 500, totalBytes: 1000 });
      return new Promise(() => {});
    });
    await user.click(screen.getByRole('button', { name: /^Open dataset/ }));
    await user.upload(screen.getByLabelText('Choose a file'), csv('big.csv'));
    const status = await screen.findByRole('status');
    expect(status).toHaveTextContent('Opening big.csv…');
    expect(status).toHaveTextContent('12,345 rows read');
    expect(within(status).getByRole('progressbar', { name: 'Reading big.csv' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(signal?.aborted).toBe(true);
    expect(screen.getByLabelText('Choose a file')).toBeInTheDocument();
    expect(onOpened).not.toHaveBeenCalled();
  });

  test('an unusable file shows its message in words and opens nothing', async () => {
    const { user, onOpened } = setup();
    importWithMemory.mockResolvedValue({
      kind: 'error',
      message: 'No column looks like a date; expected event_date, date, date_start or Year',
    });
    await user.click(screen.getByRole('button', { name: /^Open dataset/ }));
    await user.upload(screen.getByLabelText('Choose a file'), csv('nodates.csv'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'nodates.csv could not be opened. No column looks like a date; expected event_date, date, date_start or Year',
    );
    expect(alert).toHaveTextContent('The dataset that was open is still open.');
    expect(onOpened).not.toHaveBeenCalled();
  });

  test('a file that opens is handed over as a kept file and closes the dialog; when the browser will not keep it, the notice says so', async () => {
    const { user, onOpened } = setup();
    importWithMemory.mockResolvedValue(ok(tinyDataset()));
    await user.click(screen.getByRole('button', { name: /^Open dataset/ }));
    await user.upload(screen.getByLabelText('Choose a file'), csv('mine.csv'));
    await waitFor(() => expect(onOpened).toHaveBeenCalledTimes(1));
    const [source, loaded] = onOpened.mock.calls[0]!;
    expect(source.kind).toBe('local');
    expect(loaded.opened).toMatchObject({ name: 'mine.csv', format: 'acled-csv', local: true });
    // jsdom has no IndexedDB: exactly the case of a browser that keeps nothing.
    expect(loaded.opened.warnings.join(' ')).toContain('a reload will not reopen it');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('a URL is imported as typed and opens as a URL source', async () => {
    const { user, onOpened } = setup();
    importWithMemory.mockResolvedValue(ok(tinyDataset()));
    await user.click(screen.getByRole('button', { name: /^Open dataset/ }));
    await user.type(screen.getByRole('textbox', { name: 'Dataset URL' }), 'shared/dataset.json');
    await user.click(screen.getByRole('button', { name: 'Open URL' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    expect(importWithMemory.mock.calls[0]![0]).toEqual({ kind: 'url', url: 'shared/dataset.json' });
    expect(onOpened.mock.calls[0]![0]).toEqual({ kind: 'url', url: 'shared/dataset.json' });
  });

  test('an unknown CSV asks which column is which, shows its first rows, and remembers the answer for the same header', async () => {
    const { user, onOpened } = setup();
    const header = ['when', 'what', 'who'];
    importWithMemory.mockResolvedValueOnce({
      kind: 'needs-mapping',
      header,
      sample: [['2021-05-01', 'Talks <b>resume</b>', 'Taliban;US']],
      delimiter: ',',
      suggested: { date: 'when' },
    });
    importWithMemory.mockResolvedValueOnce(ok(tinyDataset()));
    await user.click(screen.getByRole('button', { name: /^Open dataset/ }));
    await user.upload(screen.getByLabelText('Choose a file'), csv('sheet.csv'));
    const form = await screen.findByRole('form', { name: 'Which column is which?' });
    const sample = within(form).getByRole('table');
    expect(
      within(sample)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(header);
    // Text from the file is text.
    expect(within(sample).getByText('Talks <b>resume</b>')).toBeInTheDocument();
    expect(within(form).getByRole('combobox', { name: /^Date/ })).toHaveValue('when');
    await user.click(within(form).getByRole('button', { name: 'Open with these columns' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Choose the column that holds the title.');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Title/ }), 'what');
    await user.selectOptions(within(form).getByRole('combobox', { name: /^Actors/ }), 'who');
    await user.click(within(form).getByRole('button', { name: 'Open with these columns' }));
    await waitFor(() => expect(onOpened).toHaveBeenCalled());
    const mapping = { date: 'when', title: 'what', actors: 'who', actorSeparator: ';' };
    expect(importWithMemory.mock.calls[1]![1].mapping).toEqual(mapping);
    expect(onOpened.mock.calls[0]![1].opened.format).toBe('acled-csv');
    const { rememberedMapping } = await import('../../src/data/columnMappings');
    expect(rememberedMapping(header)).toEqual(mapping);
    expect(rememberedMapping(['when', 'what', 'other'])).toBeNull();
  });
});
