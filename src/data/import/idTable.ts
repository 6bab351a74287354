
/*
 * Event id -> position without a million-entry Map on the page: the ids, in position order, joined by "\n"
 * (slugs are ASCII, so bytes are characters), and an open-addressing hash table of positions + 1.
 */

export interface IdTable {
  text: Uint8Array;
  /** Id of position i is text[starts[i] .. starts[i + 1] - 1). */
  starts: Uint32Array;
  slots: Uint32Array;
}

function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Builds the table for ids given in position order. */
export function buildIdTable(idsByPosition: readonly string[]): IdTable {
  const n = idsByPosition.length;
  const text = new TextEncoder().encode(idsByPosition.join('\n'));
  const starts = new Uint32Array(n + 1);
  let at = 0;
  for (let i = 0; i < n; i++) {
    starts[i] = at;
    at += idsByPosition[i]!.length + 1;
  }
  starts[n] = at;
  let size = 16;
  while (size < n * 2) size <<= 1;
  const slots = new Uint32Array(size);
  const mask = size - 1;
  for (let i = 0; i < n; i++) {
    let s = hash(idsByPosition[i]!) & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = i + 1;
  }
  return { text, starts, slots };
}

/** A lookup over a table; the ids are decoded once, on the first call. */
export function idLookup(t: IdTable): (id: string) => number {
  let text: string | null = null;
  const mask = t.slots.length - 1;
  return (id) => {
    text ??= new TextDecoder().decode(t.text);
    let s = hash(id) & mask;
    for (;;) {
      const p = t.slots[s]!;
      if (p === 0) return -1;
      const i = p - 1;
      const a = t.starts[i]!;
      const b = t.starts[i + 1]! - 1;
      if (b - a === id.length && text.startsWith(id, a)) return i;
      s = (s + 1) & mask;
    }
  };
}

