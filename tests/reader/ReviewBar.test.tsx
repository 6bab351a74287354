import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { indexOf } from '../fixtures/dataset';
import type { DatasetT } from '../../src/data/schema';
import { resetDecisionCache } from '../../src/reader/reviewDecisions';
import { DATASET, fakeFetch, renderReader } from './fixture';
// The bar loads the checker on the first download; loaded here first, as the URL global is stubbed while downloading.
import '../../src/reader/reviewedDataset';

// The fixture with e1 and e2 drafted as candidates; e3 on is reviewed.
const DRAFT: DatasetT = {
  ...DATASET,
  events: DATASET.events.map((e) => (e.id === 'e1' || e.id === 'e2' ? { ...e, status: 'candidate' as const } : e)),
};

beforeEach(() => {
  fakeFetch();
  localStorage.clear();
  resetDecisionCache();
});
afterEach(() => vi.unstubAllGlobals());

const review = () => screen.getByRole('region', { name: 'Review this candidate' });

async function downloaded(user: ReturnType<typeof userEvent.setup>): Promise<DatasetT> {
  let blob: Blob | null = null;
  vi.stubGlobal(
    'URL',
    Object.assign(Object.create(URL), URL, {
      createObjectURL: (b: Blob) => ((blob = b), 'blob:x'),
      revokeObjectURL: () => {},
    }),
  );
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  await user.click(within(review()).getByRole('button', { name: 'Download dataset' }));
  // The checker loads on the first download, so the file is saved a moment after the click.
  await vi.waitFor(() => expect(click).toHaveBeenCalled());
  click.mockRestore();
  return JSON.parse(await (blob as unknown as Blob).text()) as DatasetT;
}

describe('ReviewBar: reviewing a drafted candidate beside its article', () => {
  it('shows a Candidate badge and Accept, Reject and Edit on a candidate, nothing on a reviewed event', () => {
    const { unmount } = renderReader({ event: 'e1' }, indexOf(DRAFT));
    expect(screen.getByText('Candidate')).toBeVisible();
    for (const name of ['Accept', 'Reject', 'Edit'])
      expect(within(review()).getByRole('button', { name })).toBeEnabled();
    unmount();
    renderReader({ event: 'e3' }, indexOf(DRAFT));
    expect(screen.queryByText('Candidate')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Review this candidate' })).toBeNull();
  });

  it('keeps a decision in this browser, keyed by dataset id, and can undo it', async () => {
    const user = userEvent.setup();
    renderReader({ event: 'e1' }, indexOf(DRAFT));
    await user.click(within(review()).getByRole('button', { name: 'Accept' }));
    expect(within(review()).getByRole('button', { name: 'Accept' })).toHaveAttribute('aria-pressed', 'true');
    expect(review()).toHaveTextContent('You accepted it. Kept in this browser.');
    expect(JSON.parse(localStorage.getItem('envoy-review:test-set')!)).toEqual({ e1: { decision: 'accept' } });
    await user.click(within(review()).getByRole('button', { name: 'Undo decision' }));
    expect(JSON.parse(localStorage.getItem('envoy-review:test-set')!)).toEqual({});
  });

  it('edits title, date and actors, refuses a date range that runs backwards, and downloads the reviewed dataset', async () => {
    const user = userEvent.setup();
    const { store } = renderReader({ event: 'e1' }, indexOf(DRAFT));
    await user.click(within(review()).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Edit this candidate' });
    const title = within(form).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Khalilzad calls on all sides to disarm');
    const earliest = within(form).getByLabelText('Earliest day');
    await user.clear(earliest);
    await user.type(earliest, '2019-05-09');
    await user.click(within(form).getByRole('button', { name: 'Save edit' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('The earliest day must not be after the latest.');
    await user.clear(earliest);
    await user.type(earliest, '2019-04-30');
    await user.click(within(form).getByRole('checkbox', { name: 'Taliban' }));
    await user.click(within(form).getByRole('button', { name: 'Save edit' }));
    expect(review()).toHaveTextContent('You edited and accepted it.');

    store.getState().actions.select('e2');
    await user.click(await screen.findByRole('button', { name: 'Reject' }));
    const ds = await downloaded(user);
    const e1 = ds.events.find((e) => e.id === 'e1')!;
    expect(e1).toMatchObject({
      title: 'Khalilzad calls on all sides to disarm',
      date: { earliest: '2019-04-30', latest: '2019-05-01' },
      actors: [{ actorId: 'khalilzad' }],
    });
    expect(e1.status).toBeUndefined();
    expect(ds.events.some((e) => e.id === 'e2')).toBe(false);
    expect(ds.events).toHaveLength(DRAFT.events.length - 1);
    await waitFor(() =>
      expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
        /Downloaded dataset.json: 0 accepted, 1 edited, 1 rejected, 0 still candidates/,
      ),
    );
  });
});
