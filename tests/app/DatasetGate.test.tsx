import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DatasetGate } from '../../src/app/DatasetGate';
import { Providers } from '../../src/app/Providers';
import { useIndex } from '../../src/data/DatasetContext';
import type { DataSource } from '../../src/data/source';

const GOOD = readFileSync(resolve(process.cwd(), 'public/data/afghan-peace-2018-2021/dataset.json'), 'utf8');

function Loaded() {
  const index = useIndex();
  return <p>{index.count} events loaded</p>;
}

function renderGate(source: DataSource = { kind: 'bundled', id: 'afghan-peace-2018-2021' }) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <Providers client={client}>
      <DatasetGate source={source}>
        <Loaded />
      </DatasetGate>
    </Providers>,
  );
}

function serve(...bodies: string[]) {
  const fetch = vi.fn();
  for (const body of bodies) fetch.mockResolvedValueOnce(new Response(body, { status: 200 }));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('DatasetGate', () => {
  test('a malformed dataset shows the file, the record and the field, and "Try again" loads it once fixed', async () => {
    const broken = JSON.parse(GOOD);
    broken.events[2].actors[0].actorId = 'nobody';
    const fetch = serve(JSON.stringify(broken), GOOD);
    renderGate();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The dataset could not be loaded');
    expect(alert).toHaveTextContent('afghan-peace-2018-2021/dataset.json');
    expect(alert).toHaveTextContent(`events[2] "${broken.events[2].id}"`);
    expect(alert).toHaveTextContent('actors[0].actorId');
    expect(alert).toHaveTextContent('names actor "nobody", which is not in the actors list');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText(`${broken.events.length} events loaded`)).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  test('a truncated file says it was cut off, instead of a blank page', async () => {
    serve(GOOD.slice(0, 500));
    renderGate();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('afghan-peace-2018-2021/dataset.json');
    expect(alert).toHaveTextContent('ends too early, as if cut off');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});

describe('a big dataset', () => {
  test('is shown once React has rendered it in slices, with the progress on screen until then', async () => {
    renderGate({ kind: 'synthetic', count: 50_000, seed: 1 });
    expect(screen.getByRole('status')).toHaveTextContent('Generating 50,000 synthetic events…');
    expect(await screen.findByText('50000 events loaded', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('"Try again" says what it is doing', () => {
  test('while retrying it says "Trying again…", and when the retry fails the same way, when it failed again', async () => {
    const user = userEvent.setup();
    let release: (r: Response) => void = () => {};
    const fetch = vi.fn();
    fetch.mockResolvedValueOnce(new Response(GOOD.slice(0, 500), { status: 200 }));
    fetch.mockReturnValueOnce(new Promise<Response>((r) => (release = r)));
    vi.stubGlobal('fetch', fetch);
    renderGate();
    await screen.findByRole('alert');
    const again = screen.getByRole('button', { name: 'Try again' });
    await user.click(again);
    expect(await screen.findByText('Trying again…')).toBeInTheDocument();
    expect(again).toHaveAttribute('aria-disabled', 'true');
    expect(again).toHaveFocus();
    release(new Response(GOOD.slice(0, 500), { status: 200 }));
    expect(await screen.findByText(/^Failed again at \d\d:\d\d:\d\d\.$/)).toBeInTheDocument();
    expect(screen.queryByText('Trying again…')).toBeNull();
    expect(again).toHaveAttribute('aria-disabled', 'false');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
