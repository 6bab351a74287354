// @vitest-environment node
import { MessageChannel } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { importWith, type WorkerLike } from '../../../src/data/import/client';
import type { FromWorker, ToWorker } from '../../../src/data/import/protocol';
import { serveImports } from '../../../src/data/import/serve';
import { acledCsv } from './helpers';

/** A worker made of a message channel: the client's side, and serveImports on the other, as in the real worker. */
function channelWorker(log: string[] = []): () => WorkerLike {
  return () => {
    const { port1, port2 } = new MessageChannel();
    const inside = {
      postMessage: (m: FromWorker, transfer?: Transferable[]) => port2.postMessage(m, transfer as never),
      onmessage: null as ((ev: MessageEvent<ToWorker>) => void) | null,
    };
    serveImports(inside);
    const outside: WorkerLike = {
      // Node cannot structured-clone a File (browsers can), so the request is handed over as is; the answer,
      // with its transferred buffers, goes through the real channel.
      postMessage: (m) => queueMicrotask(() => inside.onmessage?.({ data: m } as MessageEvent<ToWorker>)),
      onmessage: null,
      onerror: null,
      terminate: () => {
        log.push('terminated');
        port1.close();
        port2.close();
      },
    };
    port1.on('message', (data: FromWorker) => outside.onmessage?.({ data } as MessageEvent<FromWorker>));
    return outside;
  };
}

const bigCsv = acledCsv(Array.from({ length: 20_000 }, (_, k) => ({ event_id_cnty: `AFG${k}` })));

describe('the import worker protocol', () => {
  test('an import reports progress, then resolves with a ready index, and the worker is stopped', async () => {
    const log: string[] = [];
    const rows: number[] = [];
    const o = await importWith(
      channelWorker(log),
      { kind: 'file', file: new File([acledCsv([{}, { event_id_cnty: 'AFG2' }])], 'a.csv') },
      { onProgress: (p) => rows.push(p.rows) },
    );
    expect(o).toMatchObject({ kind: 'ok', format: 'acled-csv' });
    if (o.kind !== 'ok') return;
    expect(o.index.count).toBe(2);
    // Same day: ordered by id.
    expect([o.index.event(0).id, o.index.event(1).id]).toEqual(['afg2', 'afg90001']);
    expect(rows.at(-1)).toBe(2);
    // Stopped on a task of its own, just after the outcome is handed over.
    await expect.poll(() => log).toEqual(['terminated']);
  });

  test('Cancel resolves "cancelled" at once and stops the worker', async () => {
    const log: string[] = [];
    const controller = new AbortController();
    const pending = importWith(
      channelWorker(log),
      { kind: 'file', file: new File([bigCsv], 'big.csv') },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    expect(await pending).toEqual({ kind: 'cancelled' });
    expect(log).toEqual(['terminated']);
  });

  test('a "cancel" message stops the import inside the worker, which answers "cancelled"', async () => {
    const answers: FromWorker[] = [];
    const port = {
      postMessage: (m: FromWorker) => answers.push(m),
      onmessage: null as ((ev: MessageEvent<ToWorker>) => void) | null,
    };
    serveImports(port);
    port.onmessage!({
      data: { type: 'start', input: { kind: 'file', file: new File([bigCsv], 'big.csv') } },
    } as MessageEvent<ToWorker>);
    port.onmessage!({ data: { type: 'cancel' } } as MessageEvent<ToWorker>);
    await expect
      .poll(() => answers.find((a) => a.type === 'done'))
      .toEqual({ type: 'done', outcome: { kind: 'cancelled' } });
  });

  test('errors come back in words, and a crashed worker is an error, not a hang', async () => {
    const o = await importWith(channelWorker(), { kind: 'file', file: new File(['Name,Role\nA,b\n'], 'people.csv') });
    expect(o).toMatchObject({
      kind: 'error',
      message: 'No column looks like a date; expected event_date, date, date_start or Year',
    });
    const crashing = (): WorkerLike => {
      const w: WorkerLike = {
        postMessage: () =>
          queueMicrotask(() => w.onerror?.({ message: 'out of memory', preventDefault() {} } as ErrorEvent)),
        onmessage: null,
        onerror: null,
        terminate() {},
      };
      return w;
    };
    expect(await importWith(crashing, { kind: 'url', url: 'x.csv' })).toEqual({
      kind: 'error',
      message: 'The import stopped unexpectedly: out of memory',
    });
  });
});
