/*
 * Event id -> position without a million-entry Map: the ids, in position order, joined by "\n" (slugs are
 * ASCII, so bytes are characters), and an open-addressing hash table of positions + 1. The worker fills the
 * table while reading (finding repeated ids as it goes), then renumbers it to sorted positions; the page
 * looks ids up in it.
 */

export interface IdTable {
  text: Uint8Array;
  /** Id of position i is text[starts[i] .. starts[i + 1] - 1). */
  starts: Uint32Array;
  slots: Uint32Array;
}

/** FNV-1a over the id's code units. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A growing set of ids, each with the number it was added as (0, 1, 2, …). */
export class IdSet {
  readonly ids: string[] = [];
  private hashes = new Uint32Array(1024);
  private slots = new Uint32Array(2048);

  /** The number of `id` if it is already in the set, else -1 after adding it. */
  add(id: string): number {
    const h = idHash(id);
    const mask = this.slots.length - 1;
    let s = h & mask;
    for (let p = this.slots[s]!; p !== 0; p = this.slots[s]!) {
      if (this.hashes[p - 1] === h && this.ids[p - 1] === id) return p - 1;
      s = (s + 1) & mask;
    }
    const k = this.ids.length;
    this.ids.push(id);
    if (k >= this.hashes.length) {
      const grown = new Uint32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[k] = h;
    this.slots[s] = k + 1;
    if ((k + 1) * 2 > this.slots.length) this.rehash();
    return -1;
  }

  has(id: string): boolean {
    const h = idHash(id);
    const mask = this.slots.length - 1;
    for (let s = h & mask, p = this.slots[s]!; p !== 0; s = (s + 1) & mask, p = this.slots[s]!)
      if (this.hashes[p - 1] === h && this.ids[p - 1] === id) return true;
    return false;
  }

  /** Drops the most recently added id (a row that turned out bad after its id was taken). */
  pop(): void {
    const k = this.ids.length - 1;
    const mask = this.slots.length - 1;
    let s = this.hashes[k]! & mask;
    while (this.slots[s] !== k + 1) s = (s + 1) & mask;
    this.slots[s] = 0;
    this.ids.pop();
    // Re-seat the run after the hole so that lookups past it still find their ids.
    for (let t = (s + 1) & mask; this.slots[t] !== 0; t = (t + 1) & mask) {
      const p = this.slots[t]!;
      this.slots[t] = 0;
      let u = this.hashes[p - 1]! & mask;
      while (this.slots[u] !== 0) u = (u + 1) & mask;
      this.slots[u] = p;
    }
  }

  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let k = 0; k < this.ids.length; k++) {
      let s = this.hashes[k]! & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = k + 1;
    }
    this.slots = slots;
  }

  /** The lookup table by sorted position, given order[position] = number added. */
  table(order: Uint32Array): IdTable {
    const n = this.ids.length;
    const positionOf = new Uint32Array(n);
    for (let i = 0; i < n; i++) positionOf[order[i]!] = i;
    const slots = new Uint32Array(this.slots.length);
    for (let s = 0; s < slots.length; s++) {
      const p = this.slots[s]!;
      if (p !== 0) slots[s] = positionOf[p - 1]! + 1;
    }
    // Ids are slugs, ASCII only: written byte by byte, which is many times faster than joining a million strings.
    let total = 0;
    for (let k = 0; k < n; k++) total += this.ids[k]!.length + 1;
    const text = new Uint8Array(Math.max(0, total - 1));
    const starts = new Uint32Array(n + 1);
    let at = 0;
    for (let i = 0; i < n; i++) {
      const id = this.ids[order[i]!]!;
      starts[i] = at;
      for (let c = 0; c < id.length; c++) text[at + c] = id.charCodeAt(c);
      at += id.length;
      if (i + 1 < n) text[at] = 10;
      at++;
    }
    starts[n] = at;
    return { text, starts, slots };
  }
}

/** A lookup over a table; the ids are decoded once, on the first call. */
export function idLookup(t: IdTable): (id: string) => number {
  let text: string | null = null;
  const mask = t.slots.length - 1;
  return (id) => {
    text ??= new TextDecoder().decode(t.text);
    let s = idHash(id) & mask;
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
