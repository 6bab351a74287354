import Papa from 'papaparse';
import { generateSynthetic } from '../../../src/data/synthetic';
import { jobIndex, writeCsv, type CsvJob } from '../../../src/export/core/csvJob';
import { CSV_CHUNK_ROWS } from '../../../src/export/core/csvExport';

const rowsOf = async (blob: Blob) =>
  Papa.parse<Record<string, string>>((await blob.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true })
    .data;

test('generated data is regenerated where the job runs: the same events the page shows, in chunks with progress', async () => {
  const page = generateSynthetic(12_000, 7);
  const positions = Uint32Array.from([
    0,
    5,
    4_999,
    5_000,
    11_999,
    ...Array.from({ length: 6_000 }, (_, k) => 6_000 + k),
  ]);
  const job: CsvJob = {
    source: { kind: 'synthetic', count: 12_000, seed: 7 },
    positions,
    linkPrefix: 'https://x.org/?synthetic=12000&seed=7&event=',
    linkSuffix: '',
  };
  const progress: number[] = [];
  const blob = await writeCsv(await jobIndex(job.source), job, (done) => progress.push(done));
  const rows = await rowsOf(blob);
  expect(rows.map((r) => r.event_id_cnty)).toEqual(Array.from(positions, (i) => page.event(i).id));
  expect(rows.map((r) => r.envoy_title)).toEqual(Array.from(positions, (i) => page.event(i).title));
  expect(rows[2]!.envoy_link).toBe(`https://x.org/?synthetic=12000&seed=7&event=${page.event(4_999).id}`);
  expect(progress).toEqual([CSV_CHUNK_ROWS, positions.length, positions.length]);
  expect(blob.type).toBe('text/csv;charset=utf-8');
});

test('a cancelled job stops between chunks and gives no file', async () => {
  const job: CsvJob = {
    source: { kind: 'synthetic', count: 20_000, seed: 1 },
    positions: Uint32Array.from({ length: 20_000 }, (_, i) => i),
    linkPrefix: '',
    linkSuffix: '',
  };
  let stop = false;
  const progress: number[] = [];
  const run = writeCsv(
    await jobIndex(job.source),
    job,
    (done) => {
      progress.push(done);
      stop = true;
    },
    async () => {},
    () => stop,
  );
  await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  expect(progress).toEqual([CSV_CHUNK_ROWS]);
});
