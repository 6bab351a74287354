/*
 * Bytes from what the user handed over (a file, a URL), with the first few kilobytes peeked so the format can
 * be told before anything is parsed, then the whole stream again from its first byte.
 */

export interface OpenedSource {
  /** File name, or the last part of the URL's path. */
  name: string;
  /** Total bytes when known. */
  size: number | null;
  /** The first bytes (up to PEEK_BYTES, fewer for a short file). */
  head: Uint8Array;
  /** Every byte from the start, head included. */
  stream: ReadableStream<Uint8Array>;
  /** For a URL: where relative article files are fetched from. */
  url?: string;
}

const PEEK_BYTES = 64 * 1024;

/** Peeks the head of a stream and returns a stream that replays it before the rest. */
export async function peek(
  stream: ReadableStream<Uint8Array>,
): Promise<{ head: Uint8Array; stream: ReadableStream<Uint8Array> }> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < PEEK_BYTES) {
    const r = await reader.read();
    if (r.done) {
      done = true;
      break;
    }
    parts.push(r.value);
    size += r.value.byteLength;
  }
  const head = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    head.set(p, at);
    at += p.byteLength;
  }
  let replayed = false;
  const replay = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!replayed) {
        replayed = true;
        if (head.byteLength > 0) controller.enqueue(head);
        if (done) controller.close();
        return;
      }
      const r = await reader.read();
      if (r.done) controller.close();
      else controller.enqueue(r.value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return { head, stream: replay };
}

export type Sniffed = 'empty' | 'zip' | 'binary' | 'json' | 'text';

/** What the first bytes say the file is. */
export function sniff(head: Uint8Array): Sniffed {
  let k = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) k = 3;
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  // UTF-16 text starts with a byte-order mark; Envoy reads UTF-8 (and Windows-1252).
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'binary';
  let control = 0;
  for (let i = 0; i < Math.min(head.length, 8192); i++) {
    const b = head[i]!;
    if (b === 0) return 'binary';
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  if (control > 8) return 'binary';
  while (k < head.length && (head[k] === 0x20 || head[k] === 0x0a || head[k] === 0x0d || head[k] === 0x09)) k++;
  if (k >= head.length) return 'empty';
  return head[k] === 0x7b || head[k] === 0x5b ? 'json' : 'text';
}

/** UTF-8 unless the head is not valid UTF-8, then Windows-1252 (what Excel writes in much of the world). */
export function decoderFor(head: Uint8Array): TextDecoder {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('windows-1252');
  }
}

/** Every byte of a stream, in one buffer (for a zip, or JSON, which JSON.parse needs whole). */
export async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const parts: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const r = await reader.read();
    if (r.done) break;
    size += r.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(r.value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.byteLength;
  }
  return all;
}

/** The last part of a URL's path, for naming the dataset. */
export function nameOfUrl(url: string): string {
  try {
    const path = new URL(url, 'http://x/').pathname;
    return decodeURIComponent(path.split('/').filter(Boolean).pop() ?? url);
  } catch {
    return url;
  }
}
