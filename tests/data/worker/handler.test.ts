import { describe, expect, it } from 'vitest';
import { createWorkerHandler, pageParts } from '../../../src/data/worker/handler';
import { WorkClient, type WorkerLike } from '../../../src/data/worker/client';
import type { FromWorker } from '../../../src/data/worker/protocol';
import { syntheticColumns, type SyntheticBuilt } from '../../../src/data/synthetic';

const KB = 2 ** 10;
const bytes = (buffers: readonly Transferable[]) =>
  buffers.reduce<number>((n, b) => n + (b as ArrayBuffer).byteLength, 0);

describe('the generated columns go to the page in parts', () => {
  const built = syntheticColumns(20_000, 3);

  it('splits them into parts of at most the limit, each column whole and copied, which together are every column', () => {
    const parts = pageParts(built, 256 * KB);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) if (p.transfer.length > 2) expect(bytes(p.transfer)).toBeLessThanOrEqual(256 * KB);
    const merged = Object.assign({}, ...parts.map((p) => p.columns)) as SyntheticBuilt;
    expect(Object.keys(merged).sort()).toEqual(Object.keys(built).sort());
    expect(Array.from(merged.start)).toEqual(Array.from(built.start));
    expect(Array.from(merged.byTheme.buffer)).toEqual(Array.from(built.byTheme.buffer));
    expect(merged.actors).toEqual(built.actors);
    // Copies, so the worker keeps its own to search while the page's are transferred away.
    expect(merged.start.buffer).not.toBe(built.start.buffer);
    const transferred = parts.flatMap((p) => p.transfer);
    expect(new Set(transferred).size).toBe(transferred.length);
    expect(transferred).toContain(merged.themeIds.buffer);
    expect(bytes(transferred)).toBeGreaterThan(20_000 * 16);
  });

  it('are posted before the worker builds its index, the last part marked', () => {
    const posted: FromWorker[] = [];
    const handle = createWorkerHandler(
      (m) => posted.push(m),
      () => undefined,
    );
    handle({ type: 'load', source: { kind: 'synthetic', count: 2_000, seed: 3, share: true } });
    const columns = posted.filter((m) => m.type === 'columns');
    expect(columns.at(-1)?.last).toBe(true);
    expect(columns.slice(0, -1).every((m) => !m.last)).toBe(true);
    expect(posted.findIndex((m) => m.type === 'loaded')).toBeGreaterThan(posted.indexOf(columns.at(-1)!));
  });

  it('the page has its columns once the last part is in, all of them', async () => {
    const worker: WorkerLike = { onmessage: null, onerror: null, postMessage: () => undefined, terminate: () => {} };
    const client = new WorkClient(worker, { kind: 'synthetic', count: 20_000, seed: 3, share: true });
    let got: SyntheticBuilt | null = null;
    void client.columns.then((c) => (got = c));
    const parts = pageParts(built, 256 * KB);
    const deliver = (k: number) =>
      worker.onmessage!({
        data: { type: 'columns', columns: parts[k]!.columns, last: k === parts.length - 1, ms: 1 },
      } as MessageEvent<FromWorker>);
    for (let k = 0; k < parts.length - 1; k++) deliver(k);
    await Promise.resolve();
    expect(got).toBeNull();
    deliver(parts.length - 1);
    const c = await client.columns;
    expect(Array.from(c.end)).toEqual(Array.from(built.end));
    expect(Array.from(c.placeOf)).toEqual(Array.from(built.placeOf));
    expect(c.count).toBe(20_000);
  });
});
