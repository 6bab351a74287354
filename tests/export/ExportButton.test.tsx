import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { Providers } from '../../src/app/Providers';
import { DatasetContext } from '../../src/data/DatasetContext';
import { parseDataset, parseDatasetRecord } from '../../src/data/loadDataset';
import { ExportButton, type ImageExporter } from '../../src/export/ExportButton';
import { createEnvoyStore } from '../../src/state/store';
import type { ViewState } from '../../src/state/viewState';
import type { EventIndex } from '../../src/data/model';
import { generateSynthetic } from '../../src/data/synthetic';
import { articleTexts, datasetText } from '../data/fixture';
import { polyfillDialogs } from '../app/dialogHelpers';

const index = parseDataset(datasetText());
const texts = articleTexts(index.raw!);

let saved: { name: string; blob: Blob }[];

polyfillDialogs();

beforeEach(() => {
  saved = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  URL.createObjectURL = vi.fn((b: Blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, b);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
  // The zip fetches the article files the reader shows.
  vi.stubGlobal('fetch', async (url: string) => {
    const file = decodeURIComponent(String(url).split('/').pop()!);
    const a = index.raw!.articles.find((x) => x.file === file);
    return a ? new Response(texts[a.id]) : new Response('missing', { status: 404 });
  });
});
afterEach(() => vi.unstubAllGlobals());

function renderExport(view: Partial<ViewState>, image?: ImageExporter, data: EventIndex = index) {
  const store = createEnvoyStore(view);
  render(
    <Providers store={store}>
      <DatasetContext.Provider value={data}>
        <ExportButton
          image={image}
          renderCitations={(items, label) => <pre aria-label={label}>{items.map((i) => i.title).join('\n')}</pre>}
        />
      </DatasetContext.Provider>
    </Providers>,
  );
  return store;
}

const khalilzadTaliban = { actors: ['khalilzad', 'taliban'], actorMode: 'all' as const };
const both = index.raw!.events.filter((e) =>
  ['khalilzad', 'taliban'].every((a) => e.actors.some((x) => x.actorId === a)),
);
const home = index.raw!.home!;
const inHome = both.filter((e) => e.date.earliest <= home.latest && e.date.latest >= home.earliest);
const in2019 = both.filter((e) => e.date.earliest <= '2019-12-31' && e.date.latest >= '2019-01-01');

test('the dialog counts the events in the window and at all dates, and the CSV holds exactly those in the window', async () => {
  expect(in2019.length).toBeLessThan(both.length);
  renderExport({ ...khalilzadTaliban, window: [Date.UTC(2019, 0, 1), Date.UTC(2020, 0, 1)] });
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Export' });
  // The dialog's content loads on first open.
  expect(await within(dialog).findByRole('radio', { name: /In the window shown/ }, { timeout: 5_000 })).toBeChecked();
  expect(
    within(dialog).getByRole('radio', {
      name: `In the window shown, 1 January – 31 December 2019: ${in2019.length} events`,
    }),
  ).toBeInTheDocument();
  expect(within(dialog).getByRole('radio', { name: `All dates: ${both.length} events` })).toBeInTheDocument();
  await userEvent.click(within(dialog).getByRole('button', { name: 'Download CSV' }));
  await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
  expect(saved[0]!.name).toBe('envoy-afghan-peace-actors-khalilzad-taliban-2019.csv');
  const text = await saved[0]!.blob.text();
  const rows = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(rows.map((r) => r.event_id_cnty).sort()).toEqual(in2019.map((e) => e.id).sort());
  expect(
    await within(dialog).findByText(
      `Saved envoy-afghan-peace-actors-khalilzad-taliban-2019.csv (${in2019.length} events).`,
    ),
  ).toBeInTheDocument();
});

test('"All dates" JSON opens as a valid dataset with the same events; the zip carries their articles', async () => {
  renderExport(khalilzadTaliban);
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
  await userEvent.click(await screen.findByRole('radio', { name: /^All dates/ }));
  await userEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
  await waitFor(() => expect(saved).toHaveLength(1), { timeout: 10_000 });
  expect(saved[0]!.name).toBe('envoy-afghan-peace-actors-khalilzad-taliban.json');
  const ds = parseDatasetRecord(await saved[0]!.blob.text());
  for (const e of both) expect(ds.events).toContainEqual(e);
  await userEvent.click(screen.getByRole('button', { name: 'Download .zip with articles' }));
  await waitFor(() => expect(saved).toHaveLength(2), { timeout: 10_000 });
  const files = unzipSync(new Uint8Array(await saved[1]!.blob.arrayBuffer()));
  const inZip = parseDatasetRecord(strFromU8(files['dataset.json']!));
  for (const a of inZip.articles) expect(strFromU8(files[`articles/${a.file}`]!)).toBe(texts[a.id]);
});

test('an SVG is not offered past 5,000 marks, and says why', async () => {
  const image: ImageExporter = {
    png: async () => new Blob(['x']),
    svg: async () => '<svg/>',
    marks: async () => 12_000,
  };
  renderExport({}, image);
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
  expect(await screen.findByText(/holds 12,000 marks, too many for an SVG/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Download SVG' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Download PNG' })).toBeEnabled();
});

test('a failed image says so in words and saves nothing', async () => {
  const image: ImageExporter = {
    png: async () => Promise.reject(new Error('the canvas is too large')),
    svg: async () => '',
    marks: async () => 3,
  };
  renderExport({}, image);
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
  await userEvent.click(await screen.findByRole('button', { name: 'Download PNG' }));
  expect(
    await screen.findByText(/The image export failed: the canvas is too large\. Nothing was saved/),
  ).toBeInTheDocument();
  expect(saved).toEqual([]);
});

test('Cite this view lists the view, then every article behind the exported events', async () => {
  renderExport(khalilzadTaliban);
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
  await userEvent.click(await screen.findByText('Cite this view'));
  const list = screen.getByLabelText('Citations of this view').textContent!.split('\n');
  expect(list[0]).toMatch(/^Envoy: Events with Zalmay Khalilzad and (the )?Taliban/);
  const behind = new Set(inHome.flatMap((e) => e.evidence.map((q) => q.articleId)));
  expect(list.slice(1).sort()).toEqual(
    index
      .raw!.articles.filter((a) => behind.has(a.id))
      .map((a) => a.title)
      .sort(),
  );
});

test('closing the dialog while a large CSV is written stops it, and nothing is saved', async () => {
  renderExport({}, undefined, generateSynthetic(60_000, 1));
  await userEvent.click(screen.getByRole('button', { name: 'Export…' }));
  await userEvent.click(await screen.findByRole('radio', { name: /^All dates/ }));
  await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }));
  expect(await screen.findByText(/^Writing CSV/)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Close' }));
  // Longer than the whole export would take on the page.
  await new Promise((r) => setTimeout(r, 3000));
  expect(saved).toEqual([]);
}, 20_000);
