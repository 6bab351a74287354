import Papa from 'papaparse';

/*
 * CSV rows from a stream of bytes, through papaparse's streaming `chunk` API, run in whatever thread calls it
 * (our own worker; never papaparse's `worker: true`, which returns malformed rows in Vite builds, PapaParse#1122).
 * The bytes are decoded as they arrive, so no file becomes one giant string. Papaparse reads a Node-style
 * stream ({readable, read, on, removeListener, pause, resume}); `nodeStyle` adapts a web ReadableStream to it.
 */

/**
 * Text handed to papaparse at a time: big enough that per-chunk costs vanish, small enough that the rows of one chunk,
 * all alive until it is done, do not make every garbage collection copy them (1 MB chunks cost half as much time again
 * as 128 KB, measured at 1M rows).
 */
const CHUNK_CHARS = 1 << 17;

export interface CsvSink {
  /** The first row; return false to stop reading (the header alone was enough to decide). */
  header(cells: string[], delimiter: string): boolean;
  /** A batch of rows; `firstRow` is the 1-based row number of the first (the header is row 1). Return false to stop. */
  rows(rows: string[][], firstRow: number, malformed: ReadonlyMap<number, string>): boolean | void;
  /** Called after each batch with bytes read so far. */
  progress?(bytes: number, rows: number): void;
}

export interface CsvRead {
  delimiter: string;
  /** Rows read after the header. */
  rows: number;
  stopped: boolean;
  cancelled: boolean;
}

type Listener = (arg?: unknown) => void;

function nodeStyle(
  source: ReadableStream<Uint8Array>,
  decoder: TextDecoder,
  onBytes: (n: number) => void,
  signal?: AbortSignal,
) {
  const listeners = new Map<string, Listener[]>();
  let paused = false;
  let wake: (() => void) | null = null;
  let stopped = false;
  const emit = (ev: string, arg?: unknown) => [...(listeners.get(ev) ?? [])].forEach((fn) => fn(arg));
  const pump = async () => {
    const reader = source.getReader();
    let pending = '';
    try {
      for (;;) {
        while (paused && !stopped) await new Promise<void>((r) => (wake = r));
        if (stopped || signal?.aborted) break;
        const { done, value } = await reader.read();
        if (done) break;
        onBytes(value.byteLength);
        pending += decoder.decode(value, { stream: true });
        if (pending.length >= CHUNK_CHARS) {
          const text = pending;
          pending = '';
          emit('data', text);
        }
      }
      if (!stopped) {
        pending += decoder.decode();
        if (pending) emit('data', pending);
        emit('end');
      }
    } catch (e) {
      emit('error', e);
    } finally {
      if (stopped || signal?.aborted) await reader.cancel().catch(() => undefined);
      reader.releaseLock();
    }
  };
  return {
    readable: true,
    read: () => undefined,
    on(ev: string, fn: Listener) {
      listeners.set(ev, [...(listeners.get(ev) ?? []), fn]);
      // Papaparse subscribes to data, end and error, in that order: start reading once it listens to all three.
      if (ev === 'error') void pump();
    },
    removeListener(ev: string, fn: Listener) {
      listeners.set(
        ev,
        (listeners.get(ev) ?? []).filter((f) => f !== fn),
      );
    },
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      wake?.();
    },
    stop() {
      stopped = true;
      paused = false;
      wake?.();
    },
  };
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * The delimiter of a CSV from its first line: the one that occurs most often outside quotes. Papaparse's own
 * guess weighs the first rows, and a few cells such as "A; B; C" can tip it to ";".
 */
export function guessDelimiter(start: string): string {
  const text = start.replace(/^\uFEFF/, '').replace(/^\s*\n/, '');
  const counts = new Map(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** Reads a CSV (or TSV, or ;-separated) stream row by row into `sink`. Stops early when the sink or the signal says so. */
export function readCsv(
  stream: ReadableStream<Uint8Array>,
  decoder: TextDecoder,
  sink: CsvSink,
  signal?: AbortSignal,
  delimiterHint?: string,
): Promise<CsvRead> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    const input = nodeStyle(stream, decoder, (n) => (bytes += n), signal);
    let row = 0;
    let headerSeen = false;
    let delimiter = delimiterHint ?? ',';
    let settled = false;
    const finish = (r: Omit<CsvRead, 'delimiter' | 'rows'>) => {
      if (settled) return;
      settled = true;
      resolve({ delimiter, rows: Math.max(0, row - 1), ...r });
    };
    Papa.parse(input as unknown as File, {
      header: false,
      skipEmptyLines: false,
      ...(delimiterHint ? { delimiter: delimiterHint } : { delimitersToGuess: DELIMITERS }),
      chunk(results, parser) {
        if (signal?.aborted) {
          input.stop();
          parser.abort();
          finish({ stopped: true, cancelled: true });
          return;
        }
        delimiter = results.meta.delimiter || delimiter;
        let data = results.data as string[][];
        const malformed = new Map<number, string>();
        for (const err of results.errors) {
          if (err.type === 'Quotes' && typeof err.row === 'number')
            malformed.set(row + err.row + 1, 'has a quoted cell that is never closed');
        }
        if (!headerSeen) {
          // Leading blank lines before the header are not rows of the sheet anyone means.
          let k = 0;
          while (k < data.length && data[k]!.length === 1 && data[k]![0]!.trim() === '') k++;
          if (k === data.length) {
            row += k;
            return;
          }
          headerSeen = true;
          row += k + 1;
          if (!sink.header(data[k]!, delimiter)) {
            input.stop();
            parser.abort();
            finish({ stopped: true, cancelled: false });
            return;
          }
          data = data.slice(k + 1);
        }
        const more = sink.rows(data, row + 1, malformed);
        row += data.length;
        sink.progress?.(bytes, Math.max(0, row - 1));
        if (more === false) {
          input.stop();
          parser.abort();
          finish({ stopped: true, cancelled: false });
        }
      },
      complete() {
        finish({ stopped: false, cancelled: Boolean(signal?.aborted) });
      },
      error(e: Error) {
        if (!settled) {
          settled = true;
          reject(e);
        }
      },
    });
  });
}
